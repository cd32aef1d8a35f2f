/**
 * Invented personal names (2–3 characters) for members, deputies, signers and contacts.
 * Surnames are common ones (vocab/names.json); given-name characters are combined at random,
 * so any match with a real person is accidental.
 */
import type { Rng } from './prng.ts';
import { VOCAB } from './vocab.ts';

const SURNAMES = [...VOCAB.names.surnames];
const COMPOUND = VOCAB.names.compoundSurnames;
const GIVEN = [...VOCAB.names.given];

/** One invented name: surname + one or two given characters (2–3 characters in all). */
export function personName(rng: Rng): string {
  if (rng.chance(0.02)) return rng.pick(COMPOUND) + rng.pick(GIVEN);
  const surname = rng.pick(SURNAMES);
  if (rng.chance(0.4)) return surname + rng.pick(GIVEN);
  let given = rng.pick(GIVEN) + rng.pick(GIVEN);
  while (given[0] === given[1] && rng.chance(0.8)) given = rng.pick(GIVEN) + rng.pick(GIVEN);
  return surname + given;
}

/** n distinct invented names. */
export function distinctNames(rng: Rng, n: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let guard = 0; out.length < n && guard < n * 50; guard++) {
    const name = personName(rng);
    if (!seen.has(name)) {
      seen.add(name);
      out.push(name);
    }
  }
  return out;
}
