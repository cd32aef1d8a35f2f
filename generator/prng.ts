/**
 * A small seeded PRNG (sfc32, seeded through a cyrb128 string hash) and the sampling helpers the
 * generator needs. Never Math.random: the same seed string must give the same stream everywhere.
 */

/** Sampling interface over one deterministic stream of numbers in [0, 1). */
export type Rng = {
  /** Next float in [0, 1). */
  next: () => number;
  /** Integer in [lo, hi], both inclusive. */
  int: (lo: number, hi: number) => number;
  /** True with probability p. */
  chance: (p: number) => boolean;
  /** One element, uniformly. */
  pick: <T>(xs: readonly T[]) => T;
  /** One element by weight (weights need not sum to 1). */
  weighted: <T>(xs: readonly (readonly [T, number])[]) => T;
  /** k distinct elements in random order (k is clamped to xs.length). */
  sample: <T>(xs: readonly T[], k: number) => T[];
};

/** cyrb128: four 32-bit words from a string. */
function hash128(str: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** The raw sfc32 generator: floats in [0, 1). */
function sfc32(seed: [number, number, number, number]): () => number {
  let [a, b, c, d] = seed;
  return () => {
    a |= 0;
    b |= 0;
    c |= 0;
    d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}

/** A deterministic Rng for a seed string (e.g. `"42"`, `"42:letter:17"`). */
export function makeRng(seed: string): Rng {
  const next = sfc32(hash128(seed));
  for (let i = 0; i < 12; i++) next(); // warm up
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    weighted: (xs) => {
      const total = xs.reduce((s, [, w]) => s + w, 0);
      let u = next() * total;
      for (const [x, w] of xs) {
        u -= w;
        if (u < 0) return x;
      }
      return xs[xs.length - 1][0];
    },
    sample: (xs, k) => {
      const copy = xs.slice();
      const n = Math.min(k, copy.length);
      for (let i = 0; i < n; i++) {
        const j = i + Math.floor(next() * (copy.length - i));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
}

/** Sampler of indices 0..n-1 with Zipf-like weights 1/(rank+1)^s (rank 0 most frequent). */
export function zipfSampler(n: number, s = 1.05): (rng: Rng) => number {
  const cum: number[] = [];
  let total = 0;
  for (let r = 0; r < n; r++) cum.push((total += 1 / Math.pow(r + 1, s)));
  return (rng) => {
    const u = rng.next() * total;
    let lo = 0,
      hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] > u) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
