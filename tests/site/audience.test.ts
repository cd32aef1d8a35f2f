/**
 * One content folder, two sites: the public one (the fixture build) holds back the letters marked
 * 依申请公开 or 不予公开 and says so in its log; the intranet archive (`ARCHIVE_AUDIENCE=internal`)
 * has them, each marked on its page and in lists, under a banner on every page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'ultrahtml';
import { beforeAll, describe, expect, it } from 'vitest';
import { $, $$, htmlFiles, page, text, type Node } from './html.ts';
import { fixtureLetters, heldBackLetters } from './fixture.ts';
import { WITHDRAWN } from './fixture-changes.ts';
import { buildLog } from './paths.ts';
import { buildInternalSite, internalDist } from './internal-build.ts';
import { site } from '../../src/i18n/zh-CN.ts';

let log = '';
beforeAll(() => {
  log = buildInternalSite();
}, 600_000);

const internalPage = (p: string): Node => parse(fs.readFileSync(path.join(internalDist, p, 'index.html'), 'utf8'));

describe('the public site', () => {
  it('says in its log how many letters it held back, and why', () => {
    expect(fs.readFileSync(buildLog, 'utf8')).toContain(
      '2 letters held back (依申请公开 1, 不予公开 1): not on the public site; ARCHIVE_AUDIENCE=internal builds the intranet archive',
    );
  });
});

describe('the intranet archive', () => {
  it('says so in its log', () => {
    expect(log).toContain('2 letters not for the public (依申请公开 1, 不予公开 1) included and marked');
  });

  it('has every letter, those held back from the public among them, in records.json', () => {
    const ids = JSON.parse(fs.readFileSync(path.join(internalDist, 'records.json'), 'utf8')).map((r: { id: string }) => r.id);
    expect(ids.sort()).toEqual([...fixtureLetters(), ...heldBackLetters()].map((l) => l.record.id).sort());
  });

  for (const held of heldBackLetters()) {
    it(`marks ${held.record.id} on its page and in the lists of its year`, () => {
      const mark = `${held.record.disclosure} · 仅限内部`;
      const doc = internalPage(held.url);
      expect(text($(doc, '.letter-notes .internal-mark'))).toBe(mark);
      expect(text($(doc, 'dd[data-field="disclosure"]'))).toContain(held.record.disclosure!);
      expect($$(doc, '[data-pagefind-body]')).toHaveLength(1);
      const row = $$(internalPage(`browse/year/${held.year}`), 'tr[data-letter]').find(
        (tr) => tr.attributes['data-letter'] === held.record.id,
      )!;
      expect(text($(row, '.internal-mark'))).toBe(mark);
      expect(fs.existsSync(path.join(internalDist, held.url, 'record.json'))).toBe(true);
    });
  }

  it('marks no letter the public may see', () => {
    for (const l of fixtureLetters().slice(0, 5)) expect($(internalPage(l.url), '.internal-mark'), l.record.id).toBeUndefined();
  });

  it('shows its banner on every page, and the public site on none', () => {
    for (const p of [
      '',
      'browse',
      heldBackLetters()[0].url,
      fixtureLetters()[0].url,
      `replies/${WITHDRAWN.on.slice(0, 4)}/${WITHDRAWN.id}`,
    ]) {
      expect(text($(internalPage(p), '.audience-banner')), p).toBe(site.internalBanner);
    }
    const bannered = htmlFiles().filter((f) => $(page(f), '.audience-banner'));
    expect(bannered).toEqual([]);
  });
});
