/**
 * Combinatorial generic sentences (lead-in + subject + one or two actions + result, from
 * vocab/sentences.json), so that a long letter does not repeat itself.
 */
import type { Rng } from './prng.ts';
import { VOCAB } from './vocab.ts';

const S = VOCAB.sentences;

/** One generic sentence template (to be filled), ending with 。. */
export function genericSentence(rng: Rng): string {
  const first = rng.pick(S.actions);
  let second = rng.chance(0.45) ? rng.pick(S.actions) : '';
  if (second === first) second = '';
  return `${rng.pick(S.leadIns)}${rng.pick(S.subjects)}${first}${second ? `，${second}` : ''}${rng.pick(S.results)}。`;
}
