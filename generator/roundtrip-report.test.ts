/** The round-trip report names the forms whose letters fail a field, not the forms every letter has. */
import { describe, it, expect } from 'vitest';
import { culprits, fieldTable, renderReport, type Outcome } from './roundtrip-report.ts';

const o = (name: string, forms: string[], failed: string[]): Outcome => ({ name, forms, failed });

const OUTCOMES = [
  o('a', ['date:fullWidth', 'title:答复'], ['date']),
  o('b', ['date:fullWidth', 'title:答复函'], ['date', 'title']),
  o('c', ['date:arabic', 'title:答复'], []),
  o('d', ['date:arabic', 'title:答复函'], []),
  o('e', ['date:arabic', 'title:答复'], ['refused']),
];

describe('round-trip report', () => {
  it('counts letters per failing field', () => {
    expect(fieldTable(OUTCOMES)).toEqual([
      ['date', 2],
      ['refused', 1],
      ['title', 1],
    ]);
  });

  it.each([
    ['date', 'date:fullWidth', 2, 2],
    ['title', 'date:fullWidth', 1, 2],
    ['title', 'title:答复函', 1, 2],
    ['refused', 'date:arabic', 1, 3],
  ])('blames %s on %s (%i of %i)', (field, form, failedWith, withForm) => {
    expect(culprits(OUTCOMES)).toContainEqual(expect.objectContaining({ field, form, failedWith, withForm }));
  });

  it('does not blame a form that failing and passing letters share evenly', () => {
    expect(culprits(OUTCOMES).filter((c) => c.field === 'date' && c.form.startsWith('title:'))).toEqual([]);
  });

  it('renders the counts and an example letter', () => {
    const text = renderReport(OUTCOMES);
    expect(text).toContain('3 of 5 letters differ from their truth');
    expect(text).toContain('date:fullWidth → date: 2/2 (100%; 0%), e.g. a');
  });
});
