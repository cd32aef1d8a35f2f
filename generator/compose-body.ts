/**
 * The letter's body as a model: opening paragraphs, 3–5 sections (or one without a heading)
 * with measures in the item styles of layout.ts, an optional caveat, the next steps in the
 * layout's form, thanks, and the fragments the layout asks for: category sentence, decoys,
 * a pasted table, lines that look like items and are not. Sentences are filled and their number
 * spacing normalised here; compose-items.ts and render.ts turn the model into text.
 */
import type { Rng } from './prng.ts';
import { fill, normalizeSpacing, type FillContext } from './fill-template.ts';
import type { Plan } from './plan.ts';
import { ITEM_STYLES, type ItemStyle } from './layout.ts';
import { genericSentence } from './sentences.ts';
import { addFragments, addHostile } from './body-fragments.ts';
import { categoryCn } from './category.ts';
import { VOCAB } from './vocab.ts';

const C = VOCAB.common;
const F = VOCAB.forms;

export type Measure = { lead: string; body: string[] };
export type Section = {
  heading: string | null;
  style: ItemStyle | 'prose';
  intro: string | null;
  /** The lowest-level items, as the record lists them. */
  measures: Measure[];
  /** For two-level styles: the sub-headings and their items (the same objects as `measures`). */
  groups: { heading: string; measures: Measure[] }[] | null;
  prose: string[];
  /** Connectives opening the first prose sentences of a section without items. */
  openers: string[];
  /** Paragraphs after the content: a pasted table. */
  extra: string[];
};
export type NextSteps = { form: Plan['layout']['nextSteps']; heading: string | null; intro: string; items: string[] };
export type Body = { opening: string[]; sections: Section[]; caveat: string | null; next: NextSteps; thanks: string };

/** A sentence source: the domain's body templates first (each once), then generic ones (listed ones once). */
export type Writer = { sentence: () => string; text: (template: string) => string };

export function makeWriter(rng: Rng, p: Plan, ctx: FillContext): Writer {
  const own = rng.sample(p.domain.bodies, p.domain.bodies.length);
  const generic = rng.sample(C.genericBodies, C.genericBodies.length);
  const text = (t: string) => normalizeSpacing(fill(t, ctx, rng), p.layout.digitSpacing === 'spaced');
  const next = () => own.pop() ?? ((rng.chance(0.3) && generic.pop()) || genericSentence(rng));
  return { text, sentence: () => text(next()) };
}

function measure(rng: Rng, w: Writer, lead: string): Measure {
  const full = rng.chance(0.2) ? `${lead}，${rng.pick(C.leadTails)}` : lead;
  return { lead: w.text(full), body: [w.sentence()] };
}

const empty = (heading: string | null, style: Section['style']): Section => ({
  heading,
  style,
  intro: null,
  measures: [],
  groups: null,
  prose: [],
  openers: [],
  extra: [],
});

function section(rng: Rng, w: Writer, heading: string | null, style: ItemStyle, leads: string[]): Section {
  const s = empty(heading, style);
  const take = () => measure(rng, w, leads.shift() ?? rng.pick(C.genericLeads));
  if (style === '首先/其次' || style === '一方面/另一方面') {
    s.openers = F.nonItemOpeners[style === '首先/其次' ? 0 : 1];
    s.prose = Array.from({ length: s.openers.length }, () => w.sentence());
  } else if (style === '（一）→1.' || style === '1、→（1）') {
    s.groups = rng.sample(F.subheadings, 2).map((h) => ({ heading: h, measures: [take(), take()] }));
    s.measures = s.groups.flatMap((g) => g.measures);
  } else {
    const n = style === '一是' || style === '第一，inline' || style === '①inline' ? rng.int(2, 4) : rng.int(2, 3);
    s.measures = Array.from({ length: n }, take);
    if ((style === '一是' || style === '①inline') && rng.chance(0.25)) s.intro = w.text(rng.pick(C.sectionIntros));
  }
  return s;
}

function nextSteps(rng: Rng, p: Plan, w: Writer): NextSteps {
  const form = p.layout.nextSteps;
  const opener = p.layout.nextOpener;
  const reopen = (t: string) => t.replace(/^下一步/, opener);
  if (form === 'prose') return { form, heading: null, intro: `${opener}，${w.text(rng.pick(F.nextProse))}`, items: [] };
  const count = rng.weighted([
    [3, 60],
    [4, 30],
    [5, 10],
  ] as const);
  const items = rng.sample(p.domain.next, count).map((t) => w.text(t));
  while (items.length < count) items.push(w.text(rng.pick(C.genericLeads)));
  if (form === 'heading') return { form, heading: rng.pick(F.nextHeadings), intro: w.text(rng.pick(F.nextHeadingIntros)), items };
  return { form, heading: null, intro: reopen(w.text(rng.pick(C.nextIntros))), items };
}

/** Composes the body; `hostile` asks for a few Markdown/HTML-significant fragments. */
export function composeBody(rng: Rng, p: Plan, w: Writer, hostile: boolean): { body: Body; styles: ItemStyle[] } {
  const leads = [...rng.sample(p.domain.leads, p.domain.leads.length), ...rng.sample(C.genericLeads, C.genericLeads.length)];
  const headings = [...rng.sample(p.domain.headings, p.domain.headings.length), ...rng.sample(C.genericHeadings, 4)];
  const primary = rng.weighted(ITEM_STYLES);
  const styles: ItemStyle[] = [];
  const sections: Section[] = [];
  if (p.layout.headings === 'none') {
    styles.push(primary);
    sections.push(section(rng, w, null, primary, leads));
  } else {
    const count = rng.weighted([
      [3, 35],
      [4, 45],
      [5, 20],
    ] as const);
    let proseLeft = rng.chance(0.15) ? 1 : 0;
    for (let i = 0; i < count; i++) {
      const heading = w.text(headings[i]);
      if (proseLeft && i > 0) {
        proseLeft = 0;
        sections.push({ ...empty(heading, 'prose'), prose: [w.text(rng.pick(C.proseSections))] });
        continue;
      }
      const style = rng.chance(0.7) ? primary : rng.weighted(ITEM_STYLES);
      styles.push(style);
      sections.push(section(rng, w, heading, style, leads));
    }
  }
  const background = rng.sample(C.backgrounds, rng.int(1, 2)).map((t) => w.text(t));
  const opening = [w.text(openingTemplate(rng, p)), ...background];
  if (hostile) addHostile(rng, p, sections, opening);
  addFragments(rng, p, w, sections);
  const next = nextSteps(rng, p, w);
  const catSentence =
    p.category && p.layout.category === 'sentence'
      ? fill(
          rng.pick(F.categorySentences),
          {
            year: p.year,
            words: { cn: categoryCn(p.category), cat: p.category, kind: p.kind === 'proposal' ? '提案' : '建议' },
            term: () => '',
            inst: () => '',
          },
          rng,
        )
      : '';
  return {
    styles,
    body: {
      opening,
      sections,
      caveat: (p.category === 'C' || p.category === 'D') && rng.chance(0.6) ? w.text(rng.pick(C.caveats)) : null,
      next,
      thanks: catSentence + w.text(rng.pick(p.who.role === null && p.layout.salutation === 'leadUnit' ? F.opinionClosings : C.thanks)),
    },
  };
}

/** The opening's template, with the proposal title quoted as the layout says (or 《》 where bare cannot be read). */
function openingTemplate(rng: Rng, p: Plan): string {
  const role = p.layout.role;
  const t =
    role === '协办意见' || role === '会办意见'
      ? rng.pick(F.opinionOpenings)
      : role === '协办答复'
        ? rng.pick(F.coHandlingOpenings)
        : rng.pick(C.openings);
  if (p.layout.proposalQuote === 'bare' && !(p.who.you === '您' && t.startsWith('{you}提出的《{title}》收悉')))
    p.layout.proposalQuote = '《》';
  if (p.layout.proposalQuote === '“”') return t.replace('《{title}》', '“{title}”');
  if (p.layout.proposalQuote === 'bare') return t.replace('《{title}》', '{title}');
  return t;
}
