import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeCbor, gzipPagefindFile, hashedName, hashedTag, readPagefindFile } from './files.ts';

// Something shaped like a page list: names counting up, word counts.
const pages = encodeCbor(Array.from({ length: 3000 }, (_, i) => [`3fa9c2e/${i.toString(36)}`, 1500 + ((i * 7919) % 600), '']));

describe('gzipPagefindFile', () => {
  it.each([[6], [9], ['zopfli' as const]])('level %s: Pagefind’s marker and the CBOR come back', async (level) => {
    expect(readPagefindFile(await gzipPagefindFile(pages, level)).equals(pages)).toBe(true);
  });
  it('zopfli: the same bytes every time, smaller than gzip -9', async () => {
    const a = await gzipPagefindFile(pages, 'zopfli');
    expect(a.equals(await gzipPagefindFile(pages, 'zopfli'))).toBe(true);
    expect(a.length).toBeLessThan(gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), pages]), { level: 9 }).length);
  });
});

describe('hashedName and hashedTag', () => {
  it('take 7 hex digits, more when the shorter name is taken', () => {
    const name = hashedName('zh-cn', pages, new Set());
    expect(name).toMatch(/^zh-cn_[0-9a-f]{7}$/);
    expect(hashedName('zh-cn', pages, new Set([name]))).toMatch(new RegExp(`^${name}[0-9a-f]$`));
    const tag = hashedTag(pages, new Set());
    expect(name).toBe(`zh-cn_${tag}`);
    expect(hashedTag(pages, new Set([tag]))).toHaveLength(8);
  });
});
