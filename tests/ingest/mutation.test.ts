/**
 * Damaged letters — random cuts, garbage bytes, shuffled and duplicated lines of every fixture
 * and of generated letters in every layout — end in a record or a clear LetterError, never a
 * crash or a hang.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text.ts';
import { archivableLetter } from '../../src/ingest/archive-letter.ts';
import { LetterError } from '../../src/ingest/letter-error.ts';
import { makeRng } from '../../generator/prng.ts';
import { makeGenerator, generateLetter } from '../../generator/compose-letter.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const RUNS_PER_FIXTURE = 40;
/** Generated letters mutated, each once by every mutation; enough to draw every form of layout.ts. */
const GENERATED = 160;

type Mutation = (bytes: Uint8Array, rand: () => number) => Uint8Array;
const int = (rand: () => number, n: number) => Math.floor(rand() * n);
const lines = (b: Uint8Array) => Buffer.from(b).toString('utf8').split('\n');
const join_ = (ls: string[]) => new Uint8Array(Buffer.from(ls.join('\n'), 'utf8'));

const MUTATIONS: Record<string, Mutation> = {
  cut: (b, r) => b.slice(0, int(r, b.length)),
  cutHead: (b, r) => b.slice(int(r, b.length)),
  garbage: (b, r) => {
    const out = Uint8Array.from(b);
    for (let k = 0; k < 1 + int(r, 20); k++) out[int(r, out.length)] = int(r, 256);
    return out;
  },
  shuffleLines: (b, r) => {
    const ls = lines(b);
    for (let i = ls.length - 1; i > 0; i--) {
      const j = int(r, i + 1);
      [ls[i], ls[j]] = [ls[j], ls[i]];
    }
    return join_(ls);
  },
  duplicateLines: (b, r) => {
    const ls = lines(b);
    for (let k = 0; k < 1 + int(r, 8); k++) ls.splice(int(r, ls.length), 0, ls[int(r, ls.length)]);
    return join_(ls);
  },
  dropLines: (b, r) => join_(lines(b).filter(() => r() > 0.2)),
};

describe('mutation', () => {
  const inputs = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt') && !f.startsWith('malformed-binary'))
    .sort();
  for (const name of inputs) {
    it(name, async () => {
      const original = new Uint8Array(readFileSync(join(FIXTURES, name)));
      // Seeded by the file's name, so a failing mutation can be replayed.
      const rand = makeRng(name).next;
      for (let run = 0; run < RUNS_PER_FIXTURE; run++) {
        const kind = Object.keys(MUTATIONS)[run % Object.keys(MUTATIONS).length];
        const bytes = MUTATIONS[kind](original, rand);
        try {
          await archivableLetter(name, bytes, decodeText(bytes));
        } catch (e) {
          if (!(e instanceof LetterError)) throw new Error(`${name}, run ${run} (${kind}): ${(e as Error).stack}`);
          expect(e.message.length, `${name} run ${run}`).toBeGreaterThan(5);
        }
      }
    });
  }
});

describe('mutation of generated letters', () => {
  const gen = makeGenerator('mutation', GENERATED);
  const letters = Array.from({ length: GENERATED }, (_, i) => generateLetter(gen, i));
  it(`leaves ${GENERATED} letters of every layout, each mutated ${Object.keys(MUTATIONS).length} ways, a record or a LetterError`, async () => {
    const forms = new Set(letters.flatMap((l) => l.forms));
    expect(forms.size).toBeGreaterThan(150);
    for (const [i, letter] of letters.entries()) {
      const name = `generated-${i}.txt`;
      const original = new Uint8Array(Buffer.from(letter.text, 'utf8'));
      const rand = makeRng(name).next;
      for (const [kind, mutate] of Object.entries(MUTATIONS)) {
        const bytes = mutate(original, rand);
        try {
          await archivableLetter(name, bytes, decodeText(bytes));
        } catch (e) {
          if (!(e instanceof LetterError)) throw new Error(`${name} (${kind}; ${letter.forms.join(' ')}): ${(e as Error).stack}`);
          expect(e.message.length, `${name} ${kind}`).toBeGreaterThan(5);
        }
      }
    }
  });
});
