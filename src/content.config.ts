/**
 * The one content collection: every letter `replies/<year>/<id>.mdx` of the content folder the
 * archive integration was given, read by the letters loader into the letter store
 * (src/letters/letters-loader.ts, letter-store.ts), where the pages read them. The loader
 * validates each record with the record schema itself, so the collection declares none.
 */
import { defineCollection } from 'astro:content';
import config from 'virtual:reply-archive/config';
import { lettersLoader } from './letters/letters-loader.ts';

const replies = defineCollection({
  loader: lettersLoader({ dir: config.repliesDir, cacheDir: config.cacheDir }),
});

export const collections = { replies };
