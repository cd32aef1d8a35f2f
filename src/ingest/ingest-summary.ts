/** The table printed at the end of an ingest run. Pure. */
import type { ErrorOutcome, LetterOutcome, Outcome } from './ingest-outcome.ts';

/**
 * Counts of files ingested, replaced, corrected, kept as other formats, duplicate and refused, of
 * letters held back and letters with warnings; then the reasons and the warnings. In a dry run
 * the first three read `would ingest` and so on.
 */
export function summaryTable(outcomes: Outcome[]): string {
  const letters = outcomes.filter((o): o is LetterOutcome => 'record' in o);
  const bad = outcomes.filter((o): o is ErrorOutcome => 'error' in o);
  const dry = outcomes.some((o) => 'dryRun' in o && o.dryRun);
  const did = (verb: string, past: string) => (dry ? `would ${verb}` : past);
  const warned = letters.filter((o) => o.record.warnings.length > 0);
  const rows: [string, number][] = [
    ['files', outcomes.length],
    [did('ingest', 'ingested'), letters.filter((o) => o.action === 'ingested').length],
    [did('replace', 'replaced'), letters.filter((o) => o.action === 'replaced').length],
    [did('correct', 'corrected'), letters.filter((o) => o.action === 'corrected').length],
    ['other formats', outcomes.filter((o) => 'otherFormatOf' in o).length],
    ['duplicates', outcomes.filter((o) => 'duplicateOf' in o).length],
    ['refused', bad.length],
    ['held back', letters.filter((o) => o.heldBack).length],
    ['warnings', warned.length],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 1;
  const lines = ['', ...rows.map(([label, n]) => `${label.padEnd(width)}${n}`)];
  const reasons = new Map<string, number>();
  for (const o of bad) reasons.set(o.error, (reasons.get(o.error) ?? 0) + 1);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(5)} × ${reason}`);
  const warnings = new Map<string, number>();
  for (const o of warned) for (const w of o.record.warnings) warnings.set(w, (warnings.get(w) ?? 0) + 1);
  for (const [w, n] of [...warnings].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(5)} × warning: ${w}`);
  return lines.join('\n');
}
