/**
 * The one content collection: every letter `replies/<year>/<id>.mdx` of the content folder: its
 * frontmatter validated by the record schema the ingest CLI writes (`archivedRecordSchema`), its
 * body read into blocks at load time (no letter is compiled to JavaScript).
 */
import { defineCollection } from 'astro:content';
import { z } from 'zod';
import { archivedRecordSchema } from './record/record-schema.ts';
import { repliesDir } from './site/content-dir.ts';
import { lettersLoader } from './site/letters-loader.ts';
import { bodyNodeSchema } from './site/letter-body.ts';

const replies = defineCollection({
  loader: lettersLoader(repliesDir()),
  schema: archivedRecordSchema.extend({ body: z.array(bodyNodeSchema) }),
});

export const collections = { replies };
