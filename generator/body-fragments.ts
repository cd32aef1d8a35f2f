/**
 * Fragments the layout (or the hostile draw) adds to a composed body: a decoy sentence with 类 or
 * 甲等 words, a sentence broken so that a line starts `- 3 米` or `1. 5 万`, a pasted table, and
 * Markdown/HTML-significant text. None is placed where it would become an item's first sentence.
 */
import type { Rng } from './prng.ts';
import type { Plan } from './plan.ts';
import type { Section, Writer } from './compose-body.ts';
import { HOSTILE_BODIES, HOSTILE_LEADS, hostileOpening } from './hostile.ts';
import { VOCAB } from './vocab.ts';

const F = VOCAB.forms;

/** A slot a body sentence can go to without becoming an item's first sentence. */
function bodySlot(rng: Rng, sections: Section[]): string[] {
  const s = rng.pick(sections);
  return s.measures.length ? rng.pick(s.measures).body : s.prose;
}

/** Adds the decoy, non-item line and table the layout asks for. */
export function addFragments(rng: Rng, p: Plan, w: Writer, sections: Section[]): void {
  const l = p.layout;
  if (l.decoy === 'sentence') bodySlot(rng, sections).push(w.text(rng.pick(F.decoys)));
  if (l.nonItem !== 'none') {
    const fit = F.nonItemLines.filter((x) => (l.nonItem === 'minus' ? /\{cut\}-/ : /\{cut\}\d/).test(x));
    const t = rng.pick(fit.length ? fit : F.nonItemLines);
    bodySlot(rng, sections).push(w.text(t).replace(/\s*\{cut\}\s*/, '\n\n'));
  }
  if (l.table !== 'none') {
    const sep = l.table === 'tabs' ? '\t' : rng.pick(['    ', '      ', '　　']);
    const rows = rng.pick(F.tables).map((row) => row.map((cell) => w.text(cell).replace(/\s+/g, '')).join(sep));
    rng.pick(sections).extra.push(rows.join('\n'));
  }
}

/** Adds one to three Markdown/HTML-significant fragments. */
export function addHostile(rng: Rng, p: Plan, sections: Section[], opening: string[]): void {
  const withMeasures = sections.filter((s) => s.measures.length);
  if (!withMeasures.length) return;
  const kinds = rng.sample(['body', 'body', 'lead', 'opening'], rng.int(1, 3));
  for (const kind of kinds) {
    const m = rng.pick(rng.pick(withMeasures).measures);
    if (kind === 'body') m.body.push(rng.pick(HOSTILE_BODIES));
    if (kind === 'lead') m.lead = rng.pick(HOSTILE_LEADS);
    if (kind === 'opening') opening[1] = `${hostileOpening(rng, p.year, `全${p.scope}`)}${opening[1]}`;
  }
}
