import { describe, expect, it } from 'vitest';
import { checkPagefindVersion, PAGEFIND_VERSION } from './version.ts';

describe('checkPagefindVersion', () => {
  it('takes the version the format was written for', () => {
    expect(PAGEFIND_VERSION).toBe('1.6.0');
    expect(checkPagefindVersion('1.6.0', 'is installed')).toBe('1.6.0');
  });
  it.each([
    [
      'a newer minor version',
      '1.7.0',
      'is installed (node_modules/pagefind/package.json)',
      'pagefind 1.7.0 is installed (node_modules/pagefind/package.json), but src/search-index/pagefind/ reads and writes the index format of pagefind 1.6.0 only: install pagefind@1.6.0',
    ],
    ['a patch release', '1.6.1', 'wrote part/pagefind-entry.json', 'pagefind 1.6.1 wrote part/pagefind-entry.json, but'],
    ['an older version', '1.5.2', 'is installed', 'pagefind 1.5.2 is installed, but'],
    ['a pre-release of the same version', '1.6.0-rc.1', 'is installed', 'pagefind 1.6.0-rc.1 is installed'],
    ['no version at all', undefined, 'wrote x/pagefind-entry.json', 'pagefind of unknown version (undefined) wrote x/pagefind-entry.json'],
    ['a number', 1.6, 'wrote x.pf_meta', 'pagefind of unknown version (1.6) wrote x.pf_meta'],
  ])('refuses %s, saying where it was found and what to do', (_, version, found, message) => {
    expect(() => checkPagefindVersion(version, found)).toThrow(message);
    expect(() => checkPagefindVersion(version, found)).toThrow(/or update src\/search-index\/pagefind\/ to the new version's format/);
  });
});
