/**
 * Pagefind's binary index files (`.pf_meta`, `.pf_index`, `.pf_filter`): gzip around the marker
 * `pagefind_dcd` and one CBOR value of definite-length arrays, strings and integers; and the
 * names Pagefind gives files, from a hash of what they hold. What the values mean is
 * bundle-format.ts's and word-chunk.ts's.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzipSync, gzip } from 'node:zlib';
import { decode, encode } from 'cborg';
import { gzipAsync as zopfliGzip } from '@gfx/zopfli';

const gzipAsync = promisify(gzip);

const marker = Buffer.from('pagefind_dcd');

/** A decoded CBOR value as Pagefind writes them. */
export type Cbor = string | number | Cbor[];

/** The CBOR bytes inside a gzipped Pagefind file; throws if the marker is missing. */
export function readPagefindFile(bytes: Uint8Array): Buffer {
  const raw = gunzipSync(bytes);
  if (!raw.subarray(0, marker.length).equals(marker)) throw new Error('not a Pagefind index file (no pagefind_dcd marker)');
  return raw.subarray(marker.length);
}

/** The value of raw CBOR bytes (as readPagefindFile returns them). */
export function decodeCbor(cbor: Uint8Array): Cbor {
  return decode(cbor) as Cbor;
}

/** The CBOR value inside a gzipped Pagefind file; throws if the marker is missing. */
export function decodePagefindFile(bytes: Uint8Array): Cbor {
  return decodeCbor(readPagefindFile(bytes));
}

/** The raw CBOR bytes of a value (what Pagefind hashes to name a file). */
export function encodeCbor(value: Cbor): Buffer {
  return Buffer.from(encode(value));
}

/**
 * A Pagefind file's bytes for raw CBOR: gzip around marker + CBOR, off the main thread, at level 6
 * (close to the size of the level 9 Pagefind uses, in much less time), or with `'zopfli'` by
 * Zopfli (@gfx/zopfli): any gzip reader reads it, smaller than level 9 but far slower to make — for
 * the metadata, which every search loads first.
 */
export async function gzipPagefindFile(cbor: Uint8Array, level: number | 'zopfli' = 6): Promise<Buffer> {
  const bytes = Buffer.concat([marker, cbor]);
  return level === 'zopfli' ? Buffer.from(await zopfliGzip(bytes, { numiterations: 5 })) : gzipAsync(bytes, { level });
}

/** `<prefix><hex>`: a name for content, 7 hex digits of its SHA-256 unless `taken` forces more. */
function hashed(prefix: string, bytes: Uint8Array, taken: ReadonlySet<string>): string {
  const hex = createHash('sha256').update(bytes).digest('hex');
  for (let n = 7; n <= hex.length; n++) {
    const name = `${prefix}${hex.slice(0, n)}`;
    if (!taken.has(name)) return name;
  }
  throw new Error(`hash collision on ${prefix}${hex}`);
}

/** `<language>_<hex>`: Pagefind's file name for content, 7 hex digits unless `taken` forces more. */
export function hashedName(language: string, bytes: Uint8Array, taken: ReadonlySet<string>): string {
  return hashed(`${language}_`, bytes, taken);
}

/** `<hex>`: a folder name for files made from `bytes`, as hashedName but without the language. */
export function hashedTag(bytes: Uint8Array, taken: ReadonlySet<string>): string {
  return hashed('', bytes, taken);
}
