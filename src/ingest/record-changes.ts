/**
 * What changed between two versions of a letter: the record fields, by name, and the measures
 * and commitments, by anchor (the text of each `<Measure id>` / `<Commitment id>` of the MDX
 * bodies compared). Pure.
 */
import { RECORD_FIELDS, type LetterRecord } from '../record/record-schema.ts';

export interface AnchorChange {
  anchor: string;
  change: 'changed' | 'added' | 'removed';
}

export interface RecordChanges {
  /** Record fields whose values differ, in record order; `sections` when the section headings differ. */
  fields: string[];
  /** Measures and commitments whose text differs, was added or removed, in anchor order. */
  measures: AnchorChange[];
}

/** The outline is compared by anchor below; the other fields as values. */
const VALUE_FIELDS = RECORD_FIELDS.filter((f) => f !== 'sections' && f !== 'nextSteps');

/** The changes from `before` (a record and its MDX body) to `after`. */
export function recordChanges(
  before: { record: Partial<LetterRecord>; body: string },
  after: { record: LetterRecord; body: string },
): RecordChanges {
  const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  const fields: string[] = VALUE_FIELDS.filter((f) => !same(before.record[f], after.record[f]));
  const headings = (r: Partial<LetterRecord>) => (r.sections ?? []).map((s) => s.heading);
  if (!same(headings(before.record), headings(after.record))) fields.push('sections');

  const was = anchoredTexts(before.body);
  const now = anchoredTexts(after.body);
  const measures: AnchorChange[] = [];
  for (const anchor of [...new Set([...was.keys(), ...now.keys()])].sort(byAnchor)) {
    const a = was.get(anchor);
    const b = now.get(anchor);
    if (a === undefined) measures.push({ anchor, change: 'added' });
    else if (b === undefined) measures.push({ anchor, change: 'removed' });
    else if (a !== b) measures.push({ anchor, change: 'changed' });
  }
  return { fields, measures };
}

/** `fields: category, date; measures: m2-3 changed, m2-5 added, n2 removed`; '' when nothing changed. */
export function describeChanges(changes: RecordChanges): string {
  const parts: string[] = [];
  if (changes.fields.length) parts.push(`fields: ${changes.fields.join(', ')}`);
  if (changes.measures.length) parts.push(`measures: ${changes.measures.map((m) => `${m.anchor} ${m.change}`).join(', ')}`);
  return parts.join('; ');
}

const ANCHORED = /<(Measure|Commitment) id="([^"]+)">\n([\s\S]*?)\n<\/\1>/g;

/** Each measure's and commitment's text in an MDX body, by anchor. */
export function anchoredTexts(body: string): Map<string, string> {
  return new Map([...body.matchAll(ANCHORED)].map((m) => [m[2], m[3].trim()]));
}

/** Measures (`m<section>-<item>`) before commitments (`n<item>`), each in number order. */
function byAnchor(a: string, b: string): number {
  const key = (s: string) => [s[0] === 'm' ? 0 : 1, ...s.slice(1).split('-').map(Number)];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
    const d = (ka[i] ?? -1) - (kb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}
