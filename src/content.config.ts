/**
 * The one content collection: every letter `replies/<year>/<id>.mdx` of the content folder: its
 * frontmatter validated by the record schema the ingest CLI writes (`archivedRecordSchema`), its
 * body read into blocks at load time (no letter is compiled to JavaScript) and kept in the file
 * `bodyFile`, its outline (sections, next steps) in `outlineFile` (see letters-loader.ts,
 * letter-outline.ts); the store keeps the rest (`listedRecordSchema`).
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { listedRecordSchema } from './record/record-schema.ts';
import { repliesDir } from './site/content-dir.ts';
import { lettersLoader } from './site/letters-loader.ts';

const replies = defineCollection({
  loader: lettersLoader(repliesDir()),
  schema: listedRecordSchema.extend({ bodyFile: z.string(), outlineFile: z.string() }),
});

export const collections = { replies };
