/**
 * The letter's body as a model: opening paragraphs, 3–5 sections with measures in the printed
 * styles, an optional caveat, the 下一步 commitments and thanks. Sentences are filled and their
 * number spacing normalised here; render.ts turns the model into text.
 */
import type { Rng } from './prng.ts';
import { fill, normalizeSpacing, type FillContext } from './fill-template.ts';
import type { Plan } from './plan.ts';
import {
  OPENINGS, BACKGROUNDS, GENERIC_BODIES, LEAD_TAILS, SECTION_INTROS, PROSE_SECTIONS,
  CAVEATS, NEXT_INTROS, THANKS, GENERIC_LEADS, GENERIC_HEADINGS,
} from './vocab-common.ts';
import { genericSentence } from './vocab-sentences.ts';
import { HOSTILE_BODIES, HOSTILE_LEADS, hostileOpening } from './hostile.ts';

/** How a section's measures are printed. */
export type SectionStyle = 'yishi' | 'subhead' | 'parenInline' | 'numbered' | 'diyi' | 'diyiParas' | 'prose';
export type Measure = { lead: string; body: string[] };
export type Section = { heading: string; style: SectionStyle; intro: string | null; measures: Measure[]; prose: string[] };
export type Body = {
  opening: string[];
  sections: Section[];
  caveat: string | null;
  nextIntro: string;
  next: string[];
  thanks: string;
};

const STYLES: (readonly [SectionStyle, number])[] = [
  ['yishi', 35], ['subhead', 20], ['parenInline', 15], ['numbered', 15], ['diyi', 10], ['diyiParas', 5],
];

/** A sentence source: the domain's body templates first (each once), then generic ones (listed ones once). */
export type Writer = { sentence: () => string; text: (template: string) => string };

export function makeWriter(rng: Rng, p: Plan, ctx: FillContext): Writer {
  const own = rng.sample(p.domain.bodies, p.domain.bodies.length);
  const generic = rng.sample(GENERIC_BODIES, GENERIC_BODIES.length);
  const text = (t: string) => normalizeSpacing(fill(t, ctx, rng), p.spaced);
  const next = () => own.pop() ?? ((rng.chance(0.3) && generic.pop()) || genericSentence(rng));
  return { text, sentence: () => text(next()) };
}

function measure(rng: Rng, w: Writer, lead: string): Measure {
  const full = rng.chance(0.2) ? `${lead}，${rng.pick(LEAD_TAILS)}` : lead;
  return { lead: w.text(full), body: [w.sentence()] };
}

/** Composes the body; `hostile` asks for a few Markdown/HTML-significant fragments. */
export function composeBody(rng: Rng, p: Plan, ctx: FillContext, w: Writer, hostile: boolean): Body {
  const leads = [...rng.sample(p.domain.leads, p.domain.leads.length), ...rng.sample(GENERIC_LEADS, GENERIC_LEADS.length)];
  const headings = [...rng.sample(p.domain.headings, p.domain.headings.length), ...rng.sample(GENERIC_HEADINGS, 4)];
  const primary = rng.weighted(STYLES);
  const count = rng.weighted([[3, 35], [4, 45], [5, 20]] as const);
  let proseLeft = rng.chance(0.15) ? 1 : 0;
  const sections: Section[] = [];
  for (let i = 0; i < count; i++) {
    const heading = w.text(headings[i]);
    if (proseLeft && i > 0) {
      proseLeft = 0;
      sections.push({ heading, style: 'prose', intro: null, measures: [], prose: [w.text(rng.pick(PROSE_SECTIONS))] });
      continue;
    }
    const style = rng.chance(0.7) ? primary : rng.weighted(STYLES);
    const n = style === 'yishi' || style === 'diyi' ? rng.int(2, 4) : rng.int(2, 3);
    const measures = Array.from({ length: n }, () => measure(rng, w, leads.shift() ?? rng.pick(GENERIC_LEADS)));
    const intro = style === 'yishi' && rng.chance(0.25) ? w.text(rng.pick(SECTION_INTROS)) : null;
    sections.push({ heading, style, intro, measures, prose: [] });
  }
  const background = Array.from({ length: rng.int(1, 2) }, () => w.text(rng.pick(BACKGROUNDS)));
  const opening = [w.text(rng.pick(OPENINGS)), ...new Set(background)];
  if (hostile) addHostile(rng, p, sections, opening);
  const nextCount = rng.weighted([[3, 60], [4, 30], [5, 10]] as const);
  const next = rng.sample(p.domain.next, nextCount).map((t) => w.text(t));
  while (next.length < nextCount) next.push(w.text(rng.pick(GENERIC_LEADS)));
  return {
    opening, sections,
    caveat: (p.category === 'C' || p.category === 'D') && rng.chance(0.6) ? w.text(rng.pick(CAVEATS)) : null,
    nextIntro: w.text(rng.pick(NEXT_INTROS)),
    next,
    thanks: w.text(rng.pick(THANKS)),
  };
}

function addHostile(rng: Rng, p: Plan, sections: Section[], opening: string[]): void {
  const withMeasures = sections.filter((s) => s.measures.length);
  const kinds = rng.sample(['body', 'body', 'lead', 'opening'], rng.int(1, 3));
  for (const kind of kinds) {
    const m = rng.pick(rng.pick(withMeasures).measures);
    if (kind === 'body') m.body.push(rng.pick(HOSTILE_BODIES));
    if (kind === 'lead') m.lead = rng.pick(HOSTILE_LEADS);
    if (kind === 'opening') opening[1] = `${hostileOpening(rng, p.year, `全${p.scope}`)}${opening[1]}`;
  }
}
