import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveConfig } from './archive-options.ts';
import { cacheDirFor } from './cache-dir.ts';

const root = '/srv/archive';

describe('archiveConfig', () => {
  it('defaults to content/ into dist/, served at /, in parts of 500 pages, for the public', () => {
    expect(archiveConfig({}, root)).toEqual({
      contentDir: '/srv/archive/content',
      repliesDir: '/srv/archive/content/replies',
      withdrawnDir: '/srv/archive/content/withdrawn',
      outDir: '/srv/archive/dist',
      cacheDir: cacheDirFor(root, '/srv/archive/content', '/'),
      base: '/',
      site: undefined,
      indexPartPages: 500,
      audience: 'public',
    });
  });

  it('gives the intranet archive a cache of its own, never the public site’s', () => {
    const internal = archiveConfig({ audience: 'internal' }, root);
    expect(internal.audience).toBe('internal');
    expect(internal.cacheDir).not.toBe(archiveConfig({ audience: 'public' }, root).cacheDir);
    expect(archiveConfig({ audience: 'internal', base: 'jyta' }, root).cacheDir).not.toBe(archiveConfig({ base: 'jyta' }, root).cacheDir);
  });

  it.each([
    ['/jyta/', '/jyta/'],
    ['jyta', '/jyta/'],
    ['/jyta', '/jyta/'],
    ['', '/'],
    ['/', '/'],
    ['a/b', '/a/b/'],
  ])('reads the base %j as %j', (base, expected) => {
    expect(archiveConfig({ base }, root).base).toBe(expected);
  });

  it('resolves folders against the root, keeps absolute ones, and gives each base its own cache', () => {
    const c = archiveConfig({ content: '/data/letters', outDir: 'out', base: 'jyta', indexPartPages: '5' }, root);
    expect([c.contentDir, c.outDir, c.indexPartPages]).toEqual(['/data/letters', path.join(root, 'out'), 5]);
    expect(c.cacheDir).not.toBe(archiveConfig({ content: '/data/letters' }, root).cacheDir);
  });

  it.each([
    [{ indexPartPages: 'many' }, /^archive\(\): indexPartPages must be a whole number of pages, not "many"$/],
    [{ indexPartPages: 0 }, /indexPartPages must be a whole number of pages, not 0/],
    [{ indexPartPages: 2.5 }, /indexPartPages must be a whole number of pages, not 2.5/],
    [{ site: 'example.org' }, /site must be an absolute URL, https:\/\/…, not "example.org"/],
    [{ content: 42 }, /content .*, not 42/],
    [{ audience: 'everyone' }, /^archive\(\): audience must be public or internal, not "everyone"$/],
  ])('refuses %j, naming the option and its value', (options, message) => {
    expect(() => archiveConfig(options, root)).toThrow(message);
  });
});
