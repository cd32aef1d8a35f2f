/**
 * What the office did after ingest (fixture-changes.ts), as a reader of the built public site
 * finds it: the corrected record everywhere, held-back letters nowhere, a withdrawn letter's URL
 * answering with a notice only, every earlier version and other format published beside the page
 * byte for byte, a `.txt` original's view copy readable as Chinese.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { $, $$, fileFor, htmlFiles, page, text } from './html.ts';
import { contentLetters, fixtureLetters, heldBackLetters } from './fixture.ts';
import { CORRECTED, HELD_BACK_LETTERS, OTHER_FORMATS, VERSIONED, WITHDRAWN } from './fixture-changes.ts';
import { distDir, root } from './paths.ts';
import { field } from '../../src/i18n/zh-CN.ts';

const letter = (id: string) => contentLetters().find((l) => l.record.id === id)!;
const json = (urlPath: string) => JSON.parse(fs.readFileSync(fileFor(urlPath)!, 'utf8'));
/** A kept file beside the letter's MDX file. */
const kept = (id: string, name: string) => fs.readFileSync(path.join(path.dirname(letter(id).file), name));

/** Every text file of the build (pages, JSON, text), as site paths; Pagefind's compressed index aside. */
const textFiles = () =>
  fs
    .readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(html|json|txt)$/.test(f) && !f.startsWith('pagefind/'))
    .map((f) => `/${f}`);

describe('an editor’s corrections', () => {
  const { id } = CORRECTED;
  const url = letter(id).url;

  it('show on the letter’s page, each marked as corrected, listed above the record', () => {
    const doc = page(url);
    expect(text($(doc, 'dd[data-field="category"]'))).toBe(`B正在解决或者列入计划解决${field.corrected}`);
    expect(text($(doc, 'dd[data-field="signer"]'))).toBe(`周立新${field.corrected}`);
    expect(text($(doc, 'dd[data-field="docNumber"]'))).not.toContain(field.corrected);
    expect(text($(doc, '.letter-notes'))).toContain('经编辑更正的字段：签发人、答复类别');
    expect($(doc, '[data-pagefind-filter="category:B"]')).toBeDefined();
  });

  it('are the record.json, which names the corrected fields', () => {
    const r = json(`${url}record.json`);
    expect([r.category, r.signer, r.corrected]).toEqual(['B', '周立新', ['signer', 'category']]);
  });

  it('move the letter between browse lists', () => {
    const listed = (p: string) => $$(page(p), 'tr[data-letter]').map((tr) => tr.attributes['data-letter']);
    expect(listed('/browse/category/b/')).toContain(id);
    expect(fileFor('/browse/category/a/') ? listed('/browse/category/a/') : []).not.toContain(id);
  });
});

describe('letters the public may not see', () => {
  it('are held back: two, one printed 依申请公开, one corrected to 不予公开', () => {
    expect(heldBackLetters().map((l) => [l.record.id, l.record.disclosure])).toEqual(HELD_BACK_LETTERS.map((h) => [h.id, h.disclosure]));
  });

  for (const held of heldBackLetters()) {
    it(`${held.record.id} has no page, no record, no original, and no mention anywhere`, () => {
      expect(fs.existsSync(path.join(distDir, 'replies', held.year, held.record.id))).toBe(false);
      expect(json('/records.json').map((r: { id: string }) => r.id)).not.toContain(held.record.id);
      const mentions = textFiles().filter((f) => {
        const t = fs.readFileSync(path.join(distDir, f), 'utf8');
        return t.includes(held.record.id) || t.includes(held.record.docNumber!);
      });
      expect(mentions).toEqual([]);
    });
  }
});

describe('a withdrawn letter', () => {
  const w = contentLetters('withdrawn').find((l) => l.record.id === WITHDRAWN.id)!;

  it('answers at its URL with the notice and the day, nothing of the letter, not for indexing or search', () => {
    const doc = page(w.url);
    expect(text($(doc, '.withdrawn-notice'))).toBe('本函已于 2025年10月8日 撤回。');
    expect($(doc, '.withdrawn-notice time')!.attributes.datetime).toBe(WITHDRAWN.on);
    expect($(doc, 'meta[name="robots"]')!.attributes.content).toBe('noindex');
    expect($$(doc, '[data-pagefind-body]')).toEqual([]);
    const html = fs.readFileSync(fileFor(w.url)!, 'utf8');
    const r = w.record;
    for (const s of [r.title!, r.proposalTitle!, r.docNumber!, WITHDRAWN.reason, r.sections[0].measures[0].lead, r.replyingUnit]) {
      expect(html).not.toContain(s);
    }
  });

  it('has no record or original in the build, and no entry in any list', () => {
    expect(fs.readdirSync(path.join(distDir, 'replies', w.year, w.record.id))).toEqual(['index.html']);
    expect(json('/records.json').map((r: { id: string }) => r.id)).not.toContain(w.record.id);
    const linking = htmlFiles().filter(
      (f) => f !== `${w.url}index.html` && fs.readFileSync(path.join(distDir, f), 'utf8').includes(w.record.id),
    );
    expect(linking).toEqual([]);
  });
});

describe('a letter replaced by corrected files', () => {
  const l = letter(VERSIONED.id);
  const doc = page(l.url);

  it('says when it was last corrected, and how often', () => {
    const note = $(doc, '.letter-notes .note-revised')!;
    expect(text(note)).toContain('本函于 2026年7月20日 更正（共更正 2 次）');
    expect($(note, 'time')!.attributes.datetime).toBe('2026-07-20');
    expect($(note, 'a')!.attributes.href).toBe('#versions');
    expect(text($(doc, '.letter-body'))).toContain('渔船 1432 艘');
  });

  it('publishes every earlier original and record beside the page, byte for byte, and lists them', () => {
    const items = $$(doc, 'ul.versions > li');
    expect(items.map((li) => li.attributes['data-version'])).toEqual(['1', '2']);
    const r = json(`${l.url}record.json`);
    expect(r.versions).toEqual(
      l.record.versions!.map((v) => ({
        version: v.version,
        replacedOn: v.replacedOn,
        source: `${l.url}v${v.version}/source.txt`,
        record: `${l.url}v${v.version}/record.json`,
      })),
    );
    for (const [i, v] of l.record.versions!.entries()) {
      const hrefs = $$(items[i], 'a').map((a) => a.attributes.href);
      expect(hrefs).toEqual([
        `${l.url}v${v.version}/source.txt`,
        `${l.url}v${v.version}/source.utf8.txt`,
        `${l.url}v${v.version}/record.json`,
      ]);
      expect(fs.readFileSync(fileFor(hrefs[0])!).equals(kept(l.record.id, v.sourceFile))).toBe(true);
      expect(fs.readFileSync(fileFor(hrefs[2])!).equals(kept(l.record.id, v.recordFile))).toBe(true);
      expect($(items[i], 'a[download]')!.attributes.download).toBe(`${l.record.id}.v${v.version}.txt`);
    }
    expect(json(`${l.url}v1/record.json`).versions).toEqual([]);
  });

  it('offers each GB18030 original, byte for byte, with a view copy in UTF-8 after a BOM', () => {
    const v1 = fs.readFileSync(fileFor(`${l.url}v1/source.txt`)!);
    expect(v1.equals(fs.readFileSync(path.join(root, VERSIONED.original)))).toBe(true);
    const view = fs.readFileSync(fileFor(`${l.url}v1/source.utf8.txt`)!);
    expect([...view.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(view.toString('utf8').slice(1)).toBe(iconv.decode(v1, 'gb18030').replace(/\r\n?/g, '\n'));
    expect(view.toString('utf8')).toContain('渔船 1420 艘');
  });
});

describe('a letter in several formats', () => {
  const l = letter(OTHER_FORMATS.id);

  it('offers each format beside the original, byte for byte, named after the letter', () => {
    const links = $$(page(l.url), '.downloads a[download]');
    const byHref = new Map(links.map((a) => [a.attributes.href, a]));
    for (const [ext, f] of [
      [path.extname(l.record.sourceFile).slice(1), l.record.sourceFile],
      ...l.record.otherSources!.map((o) => [path.extname(o.sourceFile).slice(1), o.sourceFile]),
    ]) {
      const a = byHref.get(`${l.url}source.${ext}`)!;
      expect(a.attributes.download, ext).toBe(`${l.record.id}.${ext}`);
      expect(text(a)).toMatch(new RegExp(`^下载原始文件（${ext.toUpperCase()}，\\d+ KB）$`));
      expect(fs.readFileSync(fileFor(a.attributes.href)!).equals(kept(l.record.id, f))).toBe(true);
    }
    expect(l.record.otherSources!.map((o) => o.sourceName)).toEqual(OTHER_FORMATS.files.map((f) => path.basename(f)));
  });
});

describe('every .txt original', () => {
  it('has a view copy that reads as its text, whatever its encoding', () => {
    const txt = fixtureLetters().filter((l) => l.record.sourceFile.endsWith('.txt'));
    expect(txt.length).toBeGreaterThan(5);
    for (const l of txt) {
      const view = fs.readFileSync(fileFor(`${l.url}source.utf8.txt`)!, 'utf8');
      expect(view.startsWith('\uFEFF'), l.record.id).toBe(true);
      expect(view, l.record.id).toContain(l.record.replyingUnit);
      expect($(page(l.url), `a[href="${l.url}source.utf8.txt"]`), l.record.id).toBeDefined();
    }
  });
});
