/**
 * One whole letter from the run's world: plan, frame, body, then grow the body sentence by
 * sentence until the letter reaches its drawn size (5.3–7.7 KB of UTF-8), render, and state
 * the truth record. Deterministic: letter i depends only on the seed and letters 0..i-1 (which
 * reserve their numbers in the registry).
 */
import { makeRng } from './prng.ts';
import { buildWorld, type World } from './world.ts';
import { planLetter, type NumberRegistry } from './plan.ts';
import { headParagraphs, footParagraphs, titleLine } from './compose-frame.ts';
import { rankTerms, letterContext, proposalTitle, type TermRanking } from './context.ts';
import { composeBody, makeWriter } from './compose-body.ts';
import { renderLetter, truthRecord } from './render.ts';

/** Size band every letter lands in, in UTF-8 bytes. */
export const MIN_BYTES = 5120;
export const MAX_BYTES = 8000;

/** Run-wide state: the seed, the invented world, term ranking and used numbers. */
export type Generator = { seed: string; world: World; terms: TermRanking; registry: NumberRegistry };

/** A generator for a run of `letters` letters. */
export function makeGenerator(seed: string, letters: number): Generator {
  return { seed, world: buildWorld(seed, letters), terms: rankTerms(seed), registry: new Set() };
}

/** A generated letter: its text, UTF-8 size, and the record ingest should extract. */
export type Letter = { text: string; bytes: number; truth: ReturnType<typeof truthRecord> };

/** The index-th letter (call in order 0, 1, 2 … for a run). */
export function generateLetter(g: Generator, index: number): Letter {
  const rng = makeRng(`${g.seed}:letter:${index}`);
  const plan = planLetter(rng, g.world, g.registry);
  const pTitle = proposalTitle(rng, plan);
  const ctx = letterContext(rng, plan, pTitle, g.terms);
  const w = makeWriter(rng, plan, ctx);
  const head = headParagraphs(plan);
  const body = composeBody(rng, plan, ctx, w, rng.chance(0.18));
  const foot = footParagraphs(rng, plan);
  const target = rng.int(5300, 7700);
  const slots = body.sections.flatMap((s) => (s.style === 'prose' ? [s.prose] : s.measures.map((m) => m.body)));
  let bytes = Buffer.byteLength(renderLetter(head, body, foot));
  while (bytes < target) {
    const s = w.sentence();
    rng.pick(slots).push(s);
    bytes += Buffer.byteLength(s);
  }
  let text = renderLetter(head, body, foot);
  while (Buffer.byteLength(text) > MAX_BYTES) {
    const longest = slots.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length <= 1) break;
    longest.pop();
    text = renderLetter(head, body, foot);
  }
  return { text, bytes: Buffer.byteLength(text), truth: truthRecord(plan, titleLine(plan), pTitle, body, foot, text) };
}
