/**
 * The review page over the ingested fixture letters: every field of every letter shown under its
 * label, the kept original's text beside it, letters with warnings first then by date, all letter
 * text escaped; `npm run review` with --since keeps only the newly modified letters.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { frontmatterOf } from '../../src/ingest/content-index.ts';
import { fieldLabels } from '../../src/review/labels.ts';
import { loadReviewLetters, parseSince, type ReviewLetter } from '../../src/review/load-review.ts';
import { escapeHtml, orderForReview, renderReview } from '../../src/review/render-review.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const NODE = fs.existsSync(path.join(ROOT, 'node_modules/.bin/node')) ? path.join(ROOT, 'node_modules/.bin/node') : process.execPath;
const generated = new Date(2026, 0, 15, 9, 30);

let content: string;
let letters: ReviewLetter[];
let html: string;

/** The part of the page for one letter, by id. */
function articleOf(id: string): string {
  const m = new RegExp(`<article [^>]*data-id="${id}">[\\s\\S]*?</article>`).exec(html);
  if (!m) throw new Error(`no article for ${id}`);
  return m[0];
}

/** The HTML inside the `<dd>` of one field of one letter. */
function fieldHtml(id: string, key: string): string {
  const m = new RegExp(`<div class="field" data-field="${key}"><dt>[\\s\\S]*?</dt><dd>([\\s\\S]*?)</dd></div>(?=<div class="field"|</dl></section>)`).exec(articleOf(id));
  if (!m) throw new Error(`no field ${key} for ${id}`);
  return m[1];
}

const review = (...args: string[]) => spawnSync(NODE, [path.join(ROOT, 'scripts/review.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

beforeAll(() => {
  content = fs.mkdtempSync(path.join(os.tmpdir(), 'review-'));
  const r = spawnSync(NODE, [path.join(ROOT, 'src/ingest/cli.ts'), '--content', content, path.join(ROOT, 'tests/fixtures')], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(1); // the fixtures hold malformed files on purpose
  return async () => { fs.rmSync(content, { recursive: true, force: true }); };
});

beforeAll(async () => {
  letters = await loadReviewLetters(content);
  html = renderReview(letters, { generated, contentDir: content });
});

describe('review page', () => {
  it('reads every ingested letter with its frontmatter and its original’s text (.txt decoded, .docx extracted)', () => {
    const mdx = fs.readdirSync(path.join(content, 'replies'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(letters).toHaveLength(mdx.length);
    expect(letters.length).toBeGreaterThanOrEqual(10);
    for (const l of letters) {
      expect(l.sourceError, l.front.id).toBeNull();
      // The text of the original holds the 文号 as printed (spaces aside).
      if (l.front.docNumber) expect(l.sourceText!.replace(/\s/g, ''), l.front.id).toContain(l.front.docNumber);
    }
    expect(letters.map((l) => l.sourceExt)).toEqual(expect.arrayContaining(['txt', 'docx']));
    // The GB18030 original decoded.
    const gb = letters.find((l) => l.front.sourceName === 'xingtan-wjw-089.gb18030.txt' || l.front.sourceName === 'xingtan-wjw-089.txt')!;
    expect(gb.sourceText).toContain('星潭市卫生健康委员会');
  });

  it('is one static zh-CN page: inline CSS, no script, nothing from elsewhere', () => {
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const l of letters) expect(html).toContain(`data-id="${l.front.id}"`);
  });

  it('shows every frontmatter field of every letter under its Chinese label', () => {
    for (const l of letters) {
      const article = articleOf(l.front.id);
      for (const key of Object.keys(l.front)) expect(article, `${l.front.id} ${key}`).toContain(`data-field="${key}"`);
      for (const [key, label] of fieldLabels) {
        expect(article, `${l.front.id} ${key}`).toContain(`<div class="field" data-field="${key}"><dt>${escapeHtml(label)} `);
      }
    }
  });

  it('shows the fields’ values: seed letter', () => {
    const id = '2025-ta5-4-0361';
    const seed = letters.find((l) => l.front.id === id)!.front;
    expect(fieldHtml(id, 'docNumber')).toBe('鄂建提复字〔2025〕333号');
    expect(fieldHtml(id, 'title')).toBe(escapeHtml(seed.title));
    expect(fieldHtml(id, 'signer')).toBe(escapeHtml(seed.signer));
    expect(fieldHtml(id, 'replyingUnit')).toBe(escapeHtml(seed.replyingUnit));
    expect(fieldHtml(id, 'date')).toBe(seed.date);
    expect(fieldHtml(id, 'number')).toBe('0361');
    expect(fieldHtml(id, 'kind')).toContain('提案');
    expect(fieldHtml(id, 'session')).toContain(seed.session.label);
    expect(fieldHtml(id, 'sourceSha256')).toContain(seed.sourceSha256);
    expect(fieldHtml(id, 'textSha256')).toContain(seed.textSha256);
    expect(fieldHtml(id, 'sourceName')).toBe(escapeHtml(seed.sourceName));
    for (const a of seed.addressees) expect(fieldHtml(id, 'addressees')).toContain(escapeHtml(a));
    for (const c of seed.cc) expect(fieldHtml(id, 'cc')).toContain(escapeHtml(c));
    const sections = fieldHtml(id, 'sections');
    for (const s of seed.sections) {
      if (s.heading) expect(sections).toContain(escapeHtml(s.heading));
      for (const m of s.measures) {
        expect(sections).toContain(`<code>${m.anchor}</code> ${escapeHtml(m.lead)}`);
        for (const term of m.terms ?? []) expect(sections).toContain(escapeHtml(term));
      }
    }
    for (const n of seed.nextSteps) expect(fieldHtml(id, 'nextSteps')).toContain(escapeHtml(n.lead));
    // The original's text beside the record.
    expect(articleOf(id)).toContain('<pre class="source-text">');
    expect(articleOf(id)).toContain('科技特派员');
  });

  it('marks what a letter lacks as 未载明 and lists its warnings', () => {
    const warned = letters.filter((l) => l.front.warnings.length);
    expect(warned.length).toBeGreaterThan(0);
    for (const l of warned) {
      const w = fieldHtml(l.front.id, 'warnings');
      for (const text of l.front.warnings) expect(w).toContain(`<li>${escapeHtml(text)}</li>`);
      expect(articleOf(l.front.id)).toContain('class="letter warned"');
      if (l.front.warnings.includes('no contact')) expect(fieldHtml(l.front.id, 'contact')).toContain('未载明');
      if (l.front.warnings.includes('no 签发人')) expect(fieldHtml(l.front.id, 'signer')).toContain('未载明');
    }
  });

  it('puts letters with warnings first, then the rest, each by date', () => {
    const ids = [...html.matchAll(/<article [^>]*data-id="([^"]+)"/g)].map((m) => m[1]);
    const byId = new Map(letters.map((l) => [l.front.id as string, l]));
    const flags = ids.map((id) => byId.get(id)!.front.warnings.length > 0);
    const firstClean = flags.indexOf(false);
    expect(firstClean).toBeGreaterThan(0);
    expect(flags.slice(0, firstClean).every(Boolean)).toBe(true);
    expect(flags.slice(firstClean).some(Boolean)).toBe(false);
    for (const group of [ids.slice(0, firstClean), ids.slice(firstClean)]) {
      const dates = group.map((id) => byId.get(id)!.front.date as string);
      expect(dates).toEqual([...dates].sort());
    }
    // The table of contents is in the same order.
    expect([...html.matchAll(/<li><a href="#letter-(\d+)">/g)].map((m) => Number(m[1]))).toEqual(ids.map((_, i) => i + 1));
    expect(orderForReview(letters).map((l) => l.front.id)).toEqual(ids);
  });

  it('escapes the letters’ text: heting’s <3%且营业收入>, {…} and R&D', () => {
    const id = '2023-ta3-2-0064';
    const article = articleOf(id);
    expect(article).not.toContain('<3%');
    expect(article).not.toContain('收入>');
    expect(article).not.toMatch(/R&D/);
    const sections = fieldHtml(id, 'sections');
    expect(sections).toContain('研发投入强度&lt;3%且营业收入&gt;5000万元');
    expect(sections).toContain('研发（R&amp;D）费用');
    expect(sections).toContain('奖补金额={当年研发投入-上年研发投入}×10%');
    const source = /<pre class="source-text">([\s\S]*?)<\/pre>/.exec(article)![1];
    expect(source).toContain('&lt;3%且营业收入&gt;');
    expect(source).toContain('R&amp;D');
    expect(source).toContain('{当年研发投入-上年研发投入}');
  });

  it('escapes hostile text anywhere: fields, unknown fields, the original, the content path', () => {
    const evil = '</pre></dd><script>alert("x")</script><img src=x onerror=alert(1)>&amp;';
    const base = letters.find((l) => l.front.id === '2023-ta3-2-0064')!;
    const hostile: ReviewLetter = {
      ...base,
      path: `/tmp/${evil}.mdx`,
      front: { ...base.front, id: 'evil', title: evil, signer: evil, warnings: [evil], addressees: [evil], sections: [{ heading: evil, anchor: 's1', measures: [{ lead: evil, anchor: evil, terms: [evil] }] }], contact: { name: evil, phone: null }, [`x-${evil}`]: { evil } },
      sourceText: evil,
    };
    const out = renderReview([hostile, { ...hostile, sourceText: null, sourceError: evil }], { generated, contentDir: evil, since: evil });
    expect(out).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(out).not.toContain(evil.slice(0, 20));
    // Only the page's own elements: nothing the letter text brought in.
    const tags = new Set([...out.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1].toLowerCase()));
    expect([...tags].filter((tag) => !['html', 'head', 'meta', 'title', 'style', 'body', 'header', 'main', 'nav', 'article', 'section', 'div',
      'h1', 'h2', 'h3', 'p', 'a', 'span', 'code', 'strong', 'pre', 'ol', 'ul', 'li', 'dl', 'dt', 'dd'].includes(tag))).toEqual([]);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out).toContain('&amp;amp;');
  });

  it('renders an empty selection as a page saying so', () => {
    const out = renderReview([], { generated, contentDir: content, since: '2099-01-01' });
    expect(out).toContain('没有符合条件的答复函');
    expect(out).toContain('2099-01-01');
  });
});

describe('npm run review', () => {
  it('writes the page; --since keeps only letters whose MDX file was modified on or after that day', () => {
    const mdx = letters.map((l) => l.path);
    const old = new Date(2024, 5, 1, 12, 0);
    for (const f of mdx) fs.utimesSync(f, old, old);
    const fresh = letters.filter((l) => ['2025-ta5-4-0361', '2023-ta3-2-0064'].includes(l.front.id));
    const sinceDay = new Date(2025, 0, 10, 0, 0, 30); // the first minute of 2025-01-10, local time
    for (const l of fresh) fs.utimesSync(l.path, sinceDay, sinceDay);
    const out = path.join(content, 'review.html');

    const r = review('--content', content, '--out', out, '--since', '2025-01-10');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2 letters');
    const page = fs.readFileSync(out, 'utf8');
    expect([...page.matchAll(/<article [^>]*data-id="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual(['2023-ta3-2-0064', '2025-ta5-4-0361']);
    expect(page).toContain('2025-01-10');

    expect(review('--content', content, '--out', out, '--since', '2025-01-11').stdout).toContain('0 letters');
    const all = review('--content', content, '--out', out);
    expect(all.status).toBe(0);
    expect((fs.readFileSync(out, 'utf8').match(/<article /g) ?? []).length).toBe(letters.length);
    // The MDX files are only read.
    expect(frontmatterOf(fs.readFileSync(fresh[0].path, 'utf8'))!.id).toBe(fresh[0].front.id);
  });

  it('refuses a malformed --since with a usage line, exit status 2', () => {
    for (const bad of ['2025-1-10', 'yesterday']) {
      const r = review('--content', content, '--out', path.join(content, 'x.html'), '--since', bad);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain('usage: npm run review');
    }
    expect(() => parseSince('2025-13-01')).toThrow(/YYYY-MM-DD/);
    expect(() => parseSince('2025-02-30')).toThrow(/YYYY-MM-DD/);
    expect(parseSince('2025-03-01').getTime()).toBe(new Date(2025, 2, 1).getTime());
    expect(fs.existsSync(path.join(content, 'x.html'))).toBe(false);
  });
});
