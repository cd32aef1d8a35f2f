/** The table printed at the end of an ingest run. Pure. */
import type { Outcome } from './ingest-run.ts';

/** Counts of ingested, duplicate and refused files, the reasons, and the warnings. */
export function summaryTable(outcomes: Outcome[]): string {
  const ok = outcomes.filter((o) => 'record' in o);
  const dup = outcomes.filter((o) => 'duplicateOf' in o);
  const bad = outcomes.filter((o): o is Extract<Outcome, { error: string }> => 'error' in o);
  const warned = ok.filter((o) => 'record' in o && o.record.warnings.length > 0);
  const lines = [
    '',
    `files      ${outcomes.length}`,
    `ingested   ${ok.length}`,
    `duplicates ${dup.length}`,
    `refused    ${bad.length}`,
    `warnings   ${warned.length}`,
  ];
  const reasons = new Map<string, number>();
  for (const o of bad) reasons.set(o.error, (reasons.get(o.error) ?? 0) + 1);
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(5)} × ${reason}`);
  const warnings = new Map<string, number>();
  for (const o of warned) if ('record' in o) for (const w of o.record.warnings) warnings.set(w, (warnings.get(w) ?? 0) + 1);
  for (const [w, n] of [...warnings].sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(5)} × warning: ${w}`);
  return lines.join('\n');
}
