/**
 * Test helper: a word entry as a word chunk holds it, written as page numbers and locations:
 * `word(w, [[page, [locations]]…], [[form, [[page, [locations]]…]]…])`, each page with two items
 * and its locations as single bytes.
 */
import type { PageHits, WordEntry } from './word-chunk.ts';

const hits = ([page, locs]: [number, number[]]): PageHits => ({
  page,
  locations: locs.length,
  items: 2,
  raw: new Uint8Array([0x80 + locs.length, ...locs, 0x80]),
});

export const word = (w: string, pages: [number, number[]][], variants: [string, [number, number[]][]][] = []): WordEntry => ({
  word: w,
  pages: pages.map(hits),
  variants: variants.map(([form, p]) => ({ form, pages: p.map(hits) })),
  tailItems: 0,
  tail: new Uint8Array(),
});
