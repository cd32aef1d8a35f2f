/**
 * The one content collection: every letter `replies/<year>/<id>.mdx` of the content folder the
 * archive integration was given (and the withdrawn ones, `withdrawn/<year>/<id>.mdx`), read by the
 * letters loader into the letter store (src/letters/letters-loader.ts, letter-store.ts), where the
 * pages read them; for a public build, without the letters the public may not see. The loader
 * validates each record with the record schema itself, so the collection declares none.
 */
import { defineCollection } from 'astro:content';
import config from 'virtual:reply-archive/config';
import { lettersLoader } from './letters/letters-loader.ts';

const replies = defineCollection({
  loader: lettersLoader({
    repliesDir: config.repliesDir,
    withdrawnDir: config.withdrawnDir,
    cacheDir: config.cacheDir,
    base: config.base,
    audience: config.audience,
  }),
});

export const collections = { replies };
