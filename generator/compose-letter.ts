/**
 * One whole letter from the run's world: plan (with its layout), title, frame, body, then grow
 * the body sentence by sentence until the letter reaches its drawn size (5.3–7.7 KB of UTF-8),
 * render and damage, and state the truth record and the forms the letter prints.
 * Deterministic: letter i depends only on the seed and letters 0..i-1 (which reserve their
 * numbers in the registry).
 */
import { makeRng } from './prng.ts';
import { buildWorld, type World } from './world.ts';
import { planLetter, type NumberRegistry } from './plan.ts';
import { titleText, titleLines } from './title.ts';
import { headParagraphs } from './compose-frame.ts';
import { footParagraphs } from './compose-foot.ts';
import { rankTerms, letterContext, proposalTitle, type TermRanking } from './context.ts';
import { composeBody, makeWriter } from './compose-body.ts';
import { renderBlocks, truthRecord } from './render.ts';
import { damage, type DamagePlan } from './damage.ts';
import type { Layout } from './layout.ts';

/** Size band every letter lands in, in UTF-8 bytes. */
export const MIN_BYTES = 5120;
export const MAX_BYTES = 8000;

/** Run-wide state: the seed, the invented world, term ranking and used numbers. */
export type Generator = { seed: string; world: World; terms: TermRanking; registry: NumberRegistry };

/** A generator for a run of `letters` letters. */
export function makeGenerator(seed: string, letters: number): Generator {
  return { seed, world: buildWorld(seed, letters), terms: rankTerms(seed), registry: new Set() };
}

/** A generated letter: its text, UTF-8 size, the record ingest should extract, and its forms. */
export type Letter = {
  text: string;
  bytes: number;
  truth: ReturnType<typeof truthRecord>;
  /** Every form the letter prints, as `dimension:form` (see layout.ts), sorted. */
  forms: string[];
};

function formsOf(layout: Layout, assembly: string, styles: string[]): string[] {
  const dims = Object.entries(layout).map(([d, f]) => `${d}:${f}`);
  return [...new Set([`assembly:${assembly}`, ...dims, ...styles.map((s) => `items:${s}`)])].sort();
}

/** The index-th letter (call in order 0, 1, 2 … for a run). */
export function generateLetter(g: Generator, index: number): Letter {
  const rng = makeRng(`${g.seed}:letter:${index}`);
  const plan = planLetter(rng, g.world, g.registry);
  const l = plan.layout;
  const pTitle = proposalTitle(rng, plan);
  const ctx = letterContext(rng, plan, pTitle, g.terms);
  const w = makeWriter(rng, plan, ctx);
  const title = titleText(rng, plan);
  const lines = titleLines(rng, plan, title);
  l.titleLines = String(lines.length) as Layout['titleLines'];
  const head = headParagraphs(plan, lines);
  const { body, styles } = composeBody(rng, plan, w, rng.chance(0.18));
  const foot = footParagraphs(rng, plan, ctx);
  const d: DamagePlan = {
    pageBytes: rng.int(1800, 2600),
    width: rng.int(26, 40),
    header: l.runningHeader === 'title' ? title : l.runningHeader === 'number' ? (plan.docNumber ?? `第${plan.number}号`) : plan.unitFull,
  };
  const target = rng.int(5300, 7700);
  const grow = l.damage === 'spacedChars' ? 1.35 : 1;
  const slots = body.sections.flatMap((s) => (s.measures.length ? s.measures.map((m) => m.body) : [s.prose]));
  const render = () => damage(renderBlocks(head, body, foot), l, d);
  let bytes = Buffer.byteLength(render());
  while (bytes < target) {
    const s = w.sentence();
    rng.pick(slots).push(s);
    bytes += Buffer.byteLength(s) * grow;
  }
  let text = render();
  while (Buffer.byteLength(text) > MAX_BYTES) {
    const longest = slots.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length <= 1) break;
    longest.pop();
    text = render();
  }
  while (Buffer.byteLength(text) < MIN_BYTES) {
    rng.pick(slots).push(w.sentence());
    text = render();
  }
  return {
    text,
    bytes: Buffer.byteLength(text),
    truth: truthRecord(plan, title, pTitle, body, foot, text),
    forms: formsOf(l, plan.assembly, styles),
  };
}
