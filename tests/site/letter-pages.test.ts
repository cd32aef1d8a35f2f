/**
 * Every letter page of the fixture build shows every field of its record with its Chinese label,
 * an anchored heading and copyable permalink for every measure and commitment, the downloads
 * (record.json = the open record; source = the kept original byte for byte) and Pagefind markup.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureLetters } from './fixture.ts';
import { $, $$, fileFor, page, text } from './html.ts';
import { category as catText, field } from '../../src/i18n/zh-CN.ts';

const letters = fixtureLetters();

describe('letter pages', () => {
  it('the fixtures hold letters, the seed among them', () => {
    expect(letters.length).toBeGreaterThan(5);
    expect(letters.map((l) => l.record.id)).toContain('2025-ta5-4-0361');
  });

  for (const { record: r, url, file } of letters) {
    describe(r.id, () => {
      const doc = page(url);
      const header = $(doc, 'dl.record')!;
      // A value's text without the mark an editor's correction adds (asserted in office-changes.test.ts).
      const dd = (name: string) => text($(header, `dd[data-field="${name}"]`)).replace(field.corrected, '');

      it('is zh-CN and labels every record field', () => {
        expect($(doc, 'html')!.attributes.lang).toBe('zh-CN');
        const labels = $$(header, 'dt').map(text);
        for (const l of [
          field.docNumber,
          field.signer,
          field.replyingUnit,
          field.session,
          field.category,
          field.date,
          field.contact,
          field.cc,
          field.issued,
        ]) {
          expect(labels).toContain(l);
        }
        expect(labels).toContain(r.kind === 'proposal' ? field.numberProposal : field.numberSuggestion);
      });

      it('shows every field value', () => {
        const none = field.none;
        expect(text($(doc, 'h1'))).toBe(r.title ?? r.proposalTitle ?? r.id);
        expect(dd('docNumber')).toBe(r.docNumber ?? none);
        expect(dd('signer')).toBe(r.signer ?? none);
        expect(dd('replyingUnit')).toBe(r.replyingUnit);
        expect(dd('session')).toContain(r.assembly);
        if (r.session) expect(dd('session')).toContain(r.session.label);
        expect(dd('number')).toBe(r.number ?? none);
        for (const a of r.addressees) expect(dd('addressees')).toContain(a);
        expect(dd('proposalTitle')).toBe(r.proposalTitle ?? none);
        if (r.category) {
          expect(dd('category')).toContain(r.category);
          expect(dd('category')).toContain(catText[r.category]);
        } else expect(dd('category')).toBe(none);
        expect($(header, `dd[data-field="date"] time`)!.attributes.datetime).toBe(r.date);
        if (r.contact?.name) expect(dd('contact')).toContain(r.contact.name);
        if (r.contact?.phone) expect(dd('contact')).toContain(r.contact.phone);
        for (const c of r.cc) expect(dd('cc')).toContain(c);
        if (r.issuedBy) expect(dd('issued')).toContain(r.issuedBy);
        if (r.issuedDate) expect($(header, `dd[data-field="issued"] time`)!.attributes.datetime).toBe(r.issuedDate);
      });

      it('anchors every measure and commitment, with a permalink', () => {
        const anchors = [
          ...r.sections.flatMap((s, i) => s.measures.map((m, j) => m.anchor ?? `m${i + 1}-${j + 1}`)),
          ...r.nextSteps.map((c, i) => c.anchor ?? `n${i + 1}`),
        ];
        for (const a of anchors) {
          const h = $(doc, `h3#${a}`);
          expect(h, a).toBeDefined();
          expect($(h!, `a[href="#${a}"]`), `${a} permalink`).toBeDefined();
        }
        const ids = $$(doc, '.measure-head').map((h) => h.attributes.id);
        expect(ids).toEqual(anchors);
      });

      it('is indexed with its filters and nothing else', () => {
        expect($$(doc, '[data-pagefind-body]')).toHaveLength(1);
        const filters = $$(doc, '[data-pagefind-filter]').map((n) => n.attributes['data-pagefind-filter']);
        expect(filters).toContain(`year:${r.date.slice(0, 4)}`);
        expect(filters).toContain(`unit:${r.replyingUnit}`);
        expect(filters.some((f) => f.startsWith('kind:'))).toBe(true);
        expect($(doc, 'header.site-header')!.attributes).toHaveProperty('data-pagefind-ignore');
      });

      it('serves record.json and the kept original', () => {
        const json = JSON.parse(fs.readFileSync(fileFor(`${url}record.json`)!, 'utf8'));
        expect(json.id).toBe(r.id);
        for (const k of [
          'docNumber',
          'signer',
          'title',
          'kind',
          'assembly',
          'session',
          'number',
          'addressees',
          'addresseeRole',
          'proposalTitle',
          'replyingUnit',
          'date',
          'category',
          'contact',
          'cc',
          'issuedBy',
          'issuedDate',
          'sections',
          'nextSteps',
          'terms',
        ] as const) {
          expect(json[k], k).toEqual(r[k]);
        }
        expect(json.corrected).toEqual(Object.keys(r.corrections ?? {}));
        expect(json.versions).toHaveLength(r.versions?.length ?? 0);
        const ext = path.extname(r.sourceFile);
        const served = fs.readFileSync(fileFor(`${url}source${ext}`)!);
        expect(served.equals(fs.readFileSync(path.join(path.dirname(file), r.sourceFile)))).toBe(true);
      });

      it('offers each original named after the letter, with its format and size, its digest folded away', () => {
        // Two parts: ultrahtml's selector misses `.downloads .sha code` once the page was queried by attribute.
        const digests = $$(doc, '.sha code').map(text);
        const links = $$(doc, '.downloads a[download]');
        const ext = path.extname(r.sourceFile).slice(1);
        const original = links.find((a) => a.attributes.href === `${url}source.${ext}`)!;
        expect(original.attributes.download).toBe(`${r.id}.${ext}`);
        const kb = Math.max(1, Math.round(fs.statSync(path.join(path.dirname(file), r.sourceFile)).size / 1024));
        expect(text(original)).toBe(`下载原始文件（${ext.toUpperCase()}，${kb} KB）`);
        expect(text(original)).not.toContain(r.sourceName);
        expect(digests).toContain(r.sourceSha256);
        expect(links.map((a) => a.attributes.download)).toContain(`${r.id}.json`);
      });
    });
  }
});
