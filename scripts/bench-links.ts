/**
 * `node scripts/bench-links.ts [--letters N] [--seed S]`: times `buildCrossLinks` on a synthetic
 * archive of N letters (default 10,000) of 10–20 items each (a fifth of them 下一步
 * commitments), 0–6 terms per item drawn from a 40,000-term vocabulary with Zipf-like
 * frequencies (s = 1), some spelled with spaces or full-width digits. Deterministic for the seed.
 * Prints one JSON line: {"letters","items","ms","heapMB","cpuMs"} (ms: wall time of the build;
 * heapMB: heap in use after it, with its result alive; cpuMs: CPU time of the build, the fairer
 * figure on a shared machine).
 */
import { parseArgs } from 'node:util';
import { buildCrossLinks, type LinkItem, type LinkLetter } from '../src/links/cross-links.ts';
import { makeRng } from '../generator/prng.ts';

const VOCABULARY = 40_000;
const ZIPF_S = 1;

/** A sampler of term ranks 0..n-1 with P(rank r) ∝ 1 / (r + 1)^s. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1) ** s;
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The term of a rank, sometimes spelled with spaces or full-width digits as PDF text has it. */
function spell(rank: number, random: () => number): string {
  const plain = `计划${rank}号`;
  const x = random();
  if (x < 0.05) return `计划 ${rank} 号`;
  if (x < 0.08) return `计划${String(rank).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}号`;
  return plain;
}

/** The synthetic archive: letters dated 2015–2026, ids `b-000001`…, items in document order. */
export function syntheticLetters(count: number, seed: number): LinkLetter[] {
  const random = makeRng(String(seed)).next;
  const term = zipf(VOCABULARY, ZIPF_S, random);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const letters: LinkLetter[] = [];
  for (let n = 1; n <= count; n++) {
    const id = `b-${String(n).padStart(6, '0')}`;
    const date = `${int(2015, 2026)}-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const total = int(10, 20);
    const commitments = Math.round(total / 5);
    const items: LinkItem[] = [];
    for (let k = 0; k < total; k++) {
      const measure = k < total - commitments;
      const terms = Array.from({ length: int(0, 6) }, () => spell(term(), random));
      const anchor = measure ? `m${1 + Math.floor(k / 4)}-${1 + (k % 4)}` : `n${k - (total - commitments) + 1}`;
      items.push({ anchor, kind: measure ? 'measure' : 'commitment', lead: `措施${k}`, terms });
    }
    letters.push({ id, url: `/replies/${date.slice(0, 4)}/${id}/`, title: `答复${n}`, date, replyingUnit: `单位${n % 50}`, items });
  }
  return letters;
}

function main(): void {
  const { values } = parseArgs({ options: { letters: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } } });
  const count = Number(values.letters);
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: node scripts/bench-links.ts [--letters N] [--seed S]');
    process.exit(2);
  }
  const letters = syntheticLetters(count, Number(values.seed));
  const items = letters.reduce((n, l) => n + l.items.length, 0);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const links = buildCrossLinks(letters);
  const ms = Math.round(performance.now() - started);
  const used = process.cpuUsage(cpu);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  const heapMB = Math.round(process.memoryUsage().heapUsed / 1e6);
  if (links.terms.length === 0) throw new Error('no terms');
  console.log(JSON.stringify({ letters: count, items, ms, heapMB, cpuMs }));
}

if (import.meta.main) main();
