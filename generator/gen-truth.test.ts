/**
 * Each generated letter's truth matches its text, read back independently: every measure and
 * next step is printed once behind an enumerator, the `一、` headings are the sections (plus a
 * 下一步 heading), the fields are printed where the layout puts them, and damage is visible.
 */
import { describe, it, expect } from 'vitest';
import { makeGenerator, generateLetter, type Letter } from './compose-letter.ts';

const N = 2000;
const gen = makeGenerator('truth-test', N);
const letters = Array.from({ length: N }, (_, i) => generateLetter(gen, i));

const squash = (s: string) => s.replace(/\s+/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ENUM = '(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|\\d+[.．、]|（\\d+）|[①-⑩]|第[一二三四五六七八九十]+，|●|■|◆|——)';
const has = (l: Letter, form: string) => l.forms.includes(form);

/** For each letter, every check that fails, as `file: what`. */
function failures(check: (l: Letter, s: string) => string | null): string[] {
  return letters.flatMap((l, i) => {
    const why = check(l, squash(l.text));
    return why ? [`letter ${i}: ${why}`] : [];
  });
}

describe('generated truth against the generated text', () => {
  it('prints every measure and next step once, behind an enumerator', () => {
    expect(
      failures((l, s) => {
        const leads = [...l.truth.sections.flatMap((x) => x.measures), ...l.truth.nextSteps].map((m) => m.lead);
        if (new Set(leads).size !== leads.length) return null; // a repeated lead cannot be counted
        const found = leads.length ? (s.match(new RegExp(`${ENUM}(?:${leads.map(escape).join('|')})`, 'g')) ?? []) : [];
        return found.length === leads.length ? null : `${found.length} enumerated leads printed, truth has ${leads.length}`;
      }),
    ).toEqual([]);
  });

  it('has one section per 一、 heading (a 下一步 heading is not one), or one null-heading section', () => {
    expect(
      failures((l) => {
        const heads = l.text
          .split('\n')
          .map(squash)
          .filter((line) => /^[一二三四五六七八九十]+、/.test(line));
        const nextHeading = has(l, 'nextSteps:heading') ? 1 : 0;
        const want = has(l, 'headings:none') ? 0 : l.truth.sections.length;
        if (heads.length !== want + nextHeading) return `${heads.length} headings, want ${want + nextHeading}`;
        const named = heads.slice(0, want).map((h) => h.replace(/^[一二三四五六七八九十]+、/, ''));
        return JSON.stringify(named) === JSON.stringify(l.truth.sections.slice(0, want).map((x) => x.heading)) ? null : 'headings differ';
      }),
    ).toEqual([]);
  });

  it('gives the sections without enumerated items no measures', () => {
    const withConnectives = letters.filter((l) => has(l, 'items:首先/其次') || has(l, 'items:一方面/另一方面'));
    expect(withConnectives.length).toBeGreaterThan(50);
    for (const l of withConnectives) expect(l.truth.sections.some((x) => x.measures.length === 0)).toBe(true);
  });

  it('prints the fields of the truth', () => {
    expect(
      failures((l, s) => {
        const t = l.truth;
        const missing = [
          t.docNumber,
          t.proposalTitle,
          t.replyingUnit,
          t.signer,
          t.contact?.name,
          t.contact?.phone,
          ...t.addressees,
          ...t.cc,
        ].filter((v): v is string => !!v && !s.includes(squash(v)));
        if (missing.length) return `not printed: ${missing.join(', ')}`;
        if ((t.docNumber === null) !== has(l, 'docBracket:none')) return 'docNumber against docBracket';
        if ((t.category === null) !== has(l, 'category:none')) return 'category against its form';
        if ((t.disclosure === null) !== has(l, 'disclosure:none')) return 'disclosure against its form';
        if (Number.isNaN(Date.parse(t.date))) return `date ${t.date}`;
        return null;
      }),
    ).toEqual([]);
  });

  it('shows its extraction damage', () => {
    expect(
      failures((l) => {
        if (has(l, 'damage:splitEnumerator') && !/[二三四五六七八九]\n(?:　　)?是/.test(l.text)) return 'no split enumerator';
        if (has(l, 'damage:spacedChars') && !/^\S \S \S/m.test(l.text)) return 'not spaced';
        if (has(l, 'table:tabs') && !/\S ?\t ?\S/.test(l.text)) return 'no tab table';
        return null;
      }),
    ).toEqual([]);
  });
});
