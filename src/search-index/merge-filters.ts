/**
 * The parts of a join (bundle-merge.ts) and their filters joined: each part's pages numbered in
 * the joined order, each filter value listing its pages under those numbers.
 */
import { hashedName } from './pagefind/files.ts';
import { encodeFilter, filterPath, readFilter, type MetaFilter, type PagefindMeta } from './pagefind/bundle-format.ts';
import { compareCodePoints } from './pagefind/chunks.ts';
import { newestFirst, ORDER_SORT } from './size-tweaks.ts';
import type { Writes } from './pending-writes.ts';

// `offset`: pages of the parts before it; `ranks`: its pages numbered newest first within it.
export interface Part {
  dir: string;
  meta: PagefindMeta;
  offset: number;
  tag: string;
  ranks: Int32Array;
}

/** The part's pages numbered newest first by its `date` sort; pages it does not list come last. */
export function ranksOf(meta: PagefindMeta): Int32Array {
  return newestFirst([meta.sorts.find((s) => s.name === ORDER_SORT)?.pages ?? []], meta.pages.length);
}

/** Writes a CBOR file under its content's name (pagefind/files.ts), unique among `taken`. */
export async function writeHashed(
  writes: Writes,
  file: (name: string) => string,
  language: string,
  cbor: Uint8Array,
  taken: Set<string>,
): Promise<string> {
  const name = hashedName(language, cbor, taken);
  taken.add(name);
  await writes.add(file(name), cbor);
  return name;
}

/** Joins the parts' filters, each page under its joined number, one file a filter. */
export async function mergeFilters(
  writes: Writes,
  parts: Part[],
  numbers: Int32Array,
  out: string,
  language: string,
  taken: Set<string>,
): Promise<MetaFilter[]> {
  const names = [...new Set(parts.flatMap((p) => p.meta.filters.map((f) => f.name)))].sort(compareCodePoints);
  const filters: MetaFilter[] = [];
  for (const name of names) {
    const values = new Map<string, number[]>();
    for (const p of parts) {
      const ref = p.meta.filters.find((f) => f.name === name);
      if (!ref) continue;
      for (const { value, pages } of readFilter(filterPath(p.dir, ref.file)).values) {
        let all = values.get(value);
        if (!all) values.set(value, (all = []));
        for (const n of pages) all.push(numbers[n + p.offset]);
      }
    }
    const sorted = [...values.keys()].sort(compareCodePoints).map((value) => ({ value, pages: values.get(value)!.sort((a, b) => a - b) }));
    filters.push({
      name,
      file: await writeHashed(writes, (n) => filterPath(out, n), language, encodeFilter({ name, values: sorted }), taken),
    });
  }
  return filters;
}
