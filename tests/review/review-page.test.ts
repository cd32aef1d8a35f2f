/**
 * The review page over the ingested fixture letters: every field of every letter shown under its
 * label, the kept original's text beside it, held-back letters first, then those with warnings,
 * then the rest, each group by date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldLabels } from '../../src/review/labels.ts';
import { escapeHtml } from '../../src/review/html.ts';
import { orderForReview, renderReview } from '../../src/review/render-review.ts';
import { warningLabel } from '../../src/review/warning-labels.ts';
import { isPublic } from '../../src/record/publication.ts';
import { correctedRecord } from '../../src/record/corrections.ts';
import { articleOf, fieldHtml, generated, reviewedFixtures } from './reviewed-fixtures.ts';

const fixtures = reviewedFixtures();

describe('review page', () => {
  it('reads every ingested letter with its frontmatter and its original’s text (.txt decoded, .docx extracted)', () => {
    const mdx = fs
      .readdirSync(path.join(fixtures.content, 'replies'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mdx'));
    expect(fixtures.letters).toHaveLength(mdx.length);
    expect(fixtures.letters.length).toBeGreaterThanOrEqual(10);
    for (const l of fixtures.letters) {
      expect(l.sourceError, l.front.id).toBeNull();
      // The text of the original holds the 文号 as printed (spaces aside).
      if (l.front.docNumber) expect(l.sourceText!.replace(/\s/g, ''), l.front.id).toContain(l.front.docNumber);
    }
    expect(fixtures.letters.map((l) => l.sourceExt)).toEqual(expect.arrayContaining(['txt', 'docx']));
    // The .docx original extracted as ingest reads it.
    const docx = fixtures.letters.find((l) => l.sourceExt === 'docx')!;
    expect(docx.front.sourceName).toBe('lanjiang-rd-052.docx');
    expect(docx.sourceText).toContain('澜江');
    // The GB18030 original decoded.
    const gb = fixtures.letters.find(
      (l) => l.front.sourceName === 'xingtan-wjw-089.gb18030.txt' || l.front.sourceName === 'xingtan-wjw-089.txt',
    )!;
    expect(gb.sourceText).toContain('星潭市卫生健康委员会');
  });

  it('is one static zh-CN page: inline CSS, no script, nothing from elsewhere', () => {
    expect(fixtures.html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(fixtures.html).toContain('<meta charset="utf-8">');
    expect(fixtures.html).toContain('<style>');
    expect(fixtures.html).not.toMatch(/<script|<link|<img|<iframe|\son[a-z]+=/i);
    expect(fixtures.html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const l of fixtures.letters) expect(fixtures.html).toContain(`data-id="${l.front.id}"`);
  });

  it('shows every frontmatter field of every letter under its Chinese label', () => {
    for (const l of fixtures.letters) {
      const article = articleOf(fixtures.html, l.front.id);
      // The decisions and warnings above the record, the rest in it.
      for (const key of Object.keys(l.front).filter((k) => !(k === 'warnings' && !l.front.warnings.length))) {
        expect(article, `${l.front.id} ${key}`).toContain(`data-field="${key}"`);
      }
      for (const [key, label] of fieldLabels) {
        expect(article, `${l.front.id} ${key}`).toMatch(
          new RegExp(`<div class="field[^"]*" id="[^"]+" data-field="${key}"><dt>${escapeHtml(label)} `),
        );
      }
    }
  });

  it('shows the fields’ values: seed letter', () => {
    const id = '2025-ta5-4-0361';
    const seed = fixtures.letters.find((l) => l.front.id === id)!.front;
    expect(fieldHtml(fixtures.html, id, 'docNumber')).toBe('鄂建提复字〔2025〕333号');
    expect(fieldHtml(fixtures.html, id, 'title')).toBe(escapeHtml(seed.title));
    expect(fieldHtml(fixtures.html, id, 'signer')).toBe(escapeHtml(seed.signer));
    expect(fieldHtml(fixtures.html, id, 'replyingUnit')).toBe(escapeHtml(seed.replyingUnit));
    expect(fieldHtml(fixtures.html, id, 'date')).toBe(seed.date);
    expect(fieldHtml(fixtures.html, id, 'number')).toBe('0361');
    expect(fieldHtml(fixtures.html, id, 'kind')).toContain('提案');
    expect(fieldHtml(fixtures.html, id, 'session')).toContain(seed.session.label);
    expect(fieldHtml(fixtures.html, id, 'sourceSha256')).toContain(seed.sourceSha256);
    expect(fieldHtml(fixtures.html, id, 'textSha256')).toContain(seed.textSha256);
    expect(fieldHtml(fixtures.html, id, 'sourceName')).toBe(escapeHtml(seed.sourceName));
    for (const a of seed.addressees) expect(fieldHtml(fixtures.html, id, 'addressees')).toContain(escapeHtml(a));
    for (const c of seed.cc) expect(fieldHtml(fixtures.html, id, 'cc')).toContain(escapeHtml(c));
    const sections = fieldHtml(fixtures.html, id, 'sections');
    for (const s of seed.sections) {
      if (s.heading) expect(sections).toContain(escapeHtml(s.heading));
      for (const m of s.measures) {
        expect(sections).toContain(`<code>${m.anchor}</code> ${escapeHtml(m.lead)}`);
        for (const term of m.terms ?? []) expect(sections).toContain(escapeHtml(term));
      }
    }
    for (const n of seed.nextSteps) expect(fieldHtml(fixtures.html, id, 'nextSteps')).toContain(escapeHtml(n.lead));
    // The original's text beside the record.
    expect(articleOf(fixtures.html, id)).toContain('<pre class="source-text">');
    expect(articleOf(fixtures.html, id)).toContain('科技特派员');
  });

  it('marks what a letter lacks as 未载明 and lists its warnings in Chinese, each linked to its field', () => {
    const warned = fixtures.letters.filter((l) => l.front.warnings.length);
    expect(warned.length).toBeGreaterThan(0);
    for (const l of warned) {
      const article = articleOf(fixtures.html, l.front.id);
      const w = /<section class="warnings" data-field="warnings">([\s\S]*?)<\/section>/.exec(article)![1];
      expect(w).toContain(`整理说明（${l.front.warnings.length} 条）`);
      for (const text of l.front.warnings) {
        const label = warningLabel(text);
        expect(label.known, text).toBe(true);
        const rowId = new RegExp(`<div class="field[^"]*" id="([^"]+)" data-field="${label.field}">`).exec(article)![1];
        expect(w).toContain(`<li><a href="#${rowId}">${escapeHtml(label.text)}</a></li>`);
        expect(article).not.toContain(escapeHtml(text));
      }
      expect(article).toMatch(/class="letter[^"]* warned/);
      if (l.front.warnings.includes('no contact')) expect(fieldHtml(fixtures.html, l.front.id, 'contact')).toContain('未载明');
      if (l.front.warnings.includes('no 签发人')) expect(fieldHtml(fixtures.html, l.front.id, 'signer')).toContain('未载明');
    }
  });

  it('puts held-back letters first, then those with warnings, then the rest, each group by date and under its heading', () => {
    const ids = [...fixtures.html.matchAll(/<article [^>]*data-id="([^"]+)"/g)].map((m) => m[1]);
    const byId = new Map(fixtures.letters.map((l) => [l.front.id as string, l]));
    const groupOf = (id: string) => {
      const front = byId.get(id)!.front;
      return !isPublic(correctedRecord(front as any)) ? 0 : front.warnings.length ? 1 : 2;
    };
    const groups = ids.map(groupOf);
    expect(groups).toEqual([...groups].sort());
    expect(new Set(groups)).toEqual(new Set([0, 1, 2]));
    for (const g of [0, 1, 2]) {
      const dates = ids.filter((id) => groupOf(id) === g).map((id) => byId.get(id)!.front.date as string);
      expect(dates).toEqual([...dates].sort());
    }
    // Each group under its heading, in that order.
    const headings = [...fixtures.html.matchAll(/<section id="group-(\w+)"[^>]*>\n<h2[^>]*>([^<（]+)（(\d+) 封）<\/h2>/g)];
    expect(headings.map((m) => [m[1], m[2], Number(m[3])])).toEqual([
      ['held', '不公开发布的答复函', groups.filter((g) => g === 0).length],
      ['warned', '有整理说明的答复函', groups.filter((g) => g === 1).length],
      ['rest', '其余答复函', groups.filter((g) => g === 2).length],
    ]);
    // The table of contents is in the same order.
    expect([...fixtures.html.matchAll(/<li><a href="#letter-(\d+)">/g)].map((m) => Number(m[1]))).toEqual(ids.map((_, i) => i + 1));
    expect(orderForReview(fixtures.letters).map((r) => r.letter.front.id)).toEqual(ids);
  });

  it('renders an empty selection as a page saying so', () => {
    const out = renderReview([], { generated, contentDir: fixtures.content, since: '2099-01-01' });
    expect(out).toContain('没有符合条件的答复函');
    expect(out).toContain('列出 2099年1月1日 及以后写入的答复函');
  });
});
