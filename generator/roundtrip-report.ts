/**
 * Tabulates a round trip (generated letters through ingest, compared with their truth) by form:
 * for each record field that failed, the forms whose letters fail it far more often than the
 * letters without that form — the forms the parser does not read yet — with an example letter.
 */

/** One letter's outcome: its forms, and the fields that differ from the truth (`refused` if refused). */
export type Outcome = { name: string; forms: string[]; failed: string[] };

export type Culprit = {
  field: string;
  form: string;
  failedWith: number;
  withForm: number;
  rateWithout: number;
  example: string;
};

/** Fields by number of letters failing them, most first. */
export function fieldTable(outcomes: Outcome[]): [string, number][] {
  const count = new Map<string, number>();
  for (const o of outcomes) for (const f of o.failed) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Per failing field, the forms with a failure rate of at least `minRate` among their letters and
 * at least twice the rate among letters without them; most telling first.
 */
export function culprits(outcomes: Outcome[], minRate = 0.15): Culprit[] {
  const out: Culprit[] = [];
  const forms = [...new Set(outcomes.flatMap((o) => o.forms))].sort();
  for (const [field] of fieldTable(outcomes)) {
    for (const form of forms) {
      const withForm = outcomes.filter((o) => o.forms.includes(form));
      const without = outcomes.length - withForm.length;
      const failedWith = withForm.filter((o) => o.failed.includes(field));
      const failedWithout = outcomes.filter((o) => !o.forms.includes(form) && o.failed.includes(field)).length;
      const rate = failedWith.length / withForm.length;
      const rateWithout = without ? failedWithout / without : 0;
      if (failedWith.length && rate >= minRate && rate >= 2 * rateWithout) {
        out.push({
          field,
          form,
          failedWith: failedWith.length,
          withForm: withForm.length,
          rateWithout,
          example: failedWith[0].name,
        });
      }
    }
  }
  return out.sort((a, b) => b.failedWith / b.withForm - a.failedWith / a.withForm || a.field.localeCompare(b.field));
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The report as text: the field table, then the culprit forms. */
export function renderReport(outcomes: Outcome[]): string {
  const failing = outcomes.filter((o) => o.failed.length).length;
  const lines = [`${failing} of ${outcomes.length} letters differ from their truth`, '', 'field: letters failing'];
  for (const [f, n] of fieldTable(outcomes)) lines.push(`  ${f}: ${n} (${pct(n / outcomes.length)})`);
  lines.push('', 'form → field: failing/with the form (rate; rate without the form), e.g. letter');
  for (const c of culprits(outcomes)) {
    lines.push(
      `  ${c.form} → ${c.field}: ${c.failedWith}/${c.withForm} (${pct(c.failedWith / c.withForm)}; ${pct(c.rateWithout)}), e.g. ${c.example}`,
    );
  }
  return lines.join('\n');
}
