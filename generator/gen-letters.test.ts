/** The letter generator: determinism, size band, pure helpers. */
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeGenerator, generateLetter, MIN_BYTES, MAX_BYTES } from './compose-letter.ts';
import { cnCount, printDate } from './cn-numbers.ts';
import { sessionFor } from './world.ts';
import { makeRng } from './prng.ts';

const ROOT = resolve(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules/.bin/node');

/** Runs the CLI into a fresh temp dir; returns the dir and the parsed summary line. */
function runCli(seed: string, letters: number): { dir: string; summary: Record<string, unknown> } {
  const dir = mkdtempSync(join(tmpdir(), 'gen-letters-'));
  const out = execFileSync(NODE, ['generator/cli.ts', '--letters', String(letters), '--out', dir, '--seed', seed], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { dir, summary: JSON.parse(out.trim()) };
}

const filesOf = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => [f, readFileSync(join(dir, f))] as const);

describe('gen-letters CLI', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = runCli('alpha', 25),
      b = runCli('alpha', 25),
      c = runCli('beta', 25);
    try {
      const fa = filesOf(a.dir),
        fb = filesOf(b.dir),
        fc = filesOf(c.dir);
      expect(fa.map(([f]) => f)).toEqual(Array.from({ length: 25 }, (_, i) => `${String(i + 1).padStart(6, '0')}.txt`));
      fa.forEach(([f, bytes], i) => {
        expect(fb[i][0]).toBe(f);
        expect(Buffer.compare(bytes, fb[i][1])).toBe(0);
      });
      expect(fa.filter(([, bytes], i) => Buffer.compare(bytes, fc[i][1]) === 0)).toHaveLength(0);
      expect(a.summary).toMatchObject({ letters: 25 });
      expect(a.summary.bytes).toBe(fa.reduce((s, [, bytes]) => s + bytes.length, 0));
      expect(typeof a.summary.seconds).toBe('number');
    } finally {
      for (const r of [a, b, c]) rmSync(r.dir, { recursive: true, force: true });
    }
  });
});

describe('generated letters', () => {
  const gen = makeGenerator('size-test', 400);
  const letters = Array.from({ length: 400 }, (_, i) => generateLetter(gen, i));

  it('are 5–8 KB of valid UTF-8 each', () => {
    for (const l of letters) {
      expect(l.bytes).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(l.bytes).toBeLessThanOrEqual(MAX_BYTES);
      expect(Buffer.byteLength(l.text)).toBe(l.bytes);
      expect(l.text).not.toMatch(/\uFFFD|\r/);
    }
  });

  it('have one paragraph per line with blank lines between (unless hard-wrapped), and 3–5 sections', () => {
    for (const l of letters) {
      expect(l.text).not.toMatch(/\n\n\n/);
      expect(l.text.endsWith('\n')).toBe(true);
      if (l.forms.includes('damage:hardWrap') || l.forms.includes('damage:splitEnumerator')) expect(l.text).not.toMatch(/\n\n/);
      else expect(l.text).toMatch(/\n\n/);
      if (l.forms.includes('headings:none')) {
        expect(l.truth.sections).toHaveLength(1);
        expect(l.truth.sections[0].heading).toBeNull();
      } else {
        expect(l.truth.sections.length).toBeGreaterThanOrEqual(3);
        expect(l.truth.sections.length).toBeLessThanOrEqual(5);
      }
      if (l.forms.includes('nextSteps:prose')) expect(l.truth.nextSteps).toEqual([]);
      else expect(l.truth.nextSteps.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('never leave a template placeholder unfilled', () => {
    const known = /\{(?:当年研发投入-上年研发投入|年度计划|季度安排)\}/g;
    for (const l of letters) expect(l.text.replace(/\s+/g, '').replace(known, '')).not.toMatch(/[{}]/);
  });
});

describe('helpers', () => {
  it('write Chinese numerals and dates', () => {
    expect([1, 5, 10, 14, 20, 31].map(cnCount)).toEqual(['一', '五', '十', '十四', '二十', '三十一']);
    const d = { y: 2025, m: 9, d: 3 };
    expect(printDate(d, 'arabic')).toBe('2025年9月3日');
    expect(printDate(d, 'spaced')).toBe('2025 年 9 月 3 日');
    expect(printDate(d, 'chinese')).toBe('二〇二五年九月三日');
    const forms: [Parameters<typeof printDate>[1], string][] = [
      ['zeroPadded', '2025年09月03日'],
      ['fullWidth', '２０２５年９月３日'],
      ['chinese○', '二○二五年九月三日'],
      ['chinese零', '二零二五年九月三日'],
      ['everyChar', '2 0 2 5 年 9 月 3 日'],
    ];
    for (const [style, printed] of forms) expect(printDate(d, style)).toBe(printed);
    expect(printDate({ y: 2020, m: 12, d: 31 }, 'chinese')).toBe('二〇二〇年十二月三十一日');
  });

  it('number sessions consistently: 5-year terms, first meeting in 2022', () => {
    expect(sessionFor(5, 2025)).toEqual({ term: 5, meeting: 4 });
    expect(sessionFor(14, 2024)).toEqual({ term: 14, meeting: 3 });
    expect(sessionFor(5, 2021)).toEqual({ term: 4, meeting: 5 });
    expect(sessionFor(5, 2016)).toEqual({ term: 3, meeting: 5 });
    expect(sessionFor(5, 2026)).toEqual({ term: 5, meeting: 5 });
    expect(sessionFor(14, 2024, 2023)).toEqual({ term: 14, meeting: 2 });
    expect(sessionFor(14, 2018, 2023)).toEqual({ term: 13, meeting: 1 });
  });

  it('has a seeded PRNG that repeats for a seed', () => {
    const a = makeRng('x'),
      b = makeRng('x'),
      c = makeRng('y');
    const sa = Array.from({ length: 5 }, a.next),
      sb = Array.from({ length: 5 }, b.next);
    expect(sa).toEqual(sb);
    expect(Array.from({ length: 5 }, c.next)).not.toEqual(sa);
    expect(sa.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
