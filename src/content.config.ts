/**
 * The one content collection: every letter `replies/<year>/<id>.mdx` of the content folder,
 * validated by the record schema the ingest CLI writes (`archivedRecordSchema`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { archivedRecordSchema } from './record/record-schema.ts';
import { repliesDir } from './site/content-dir.ts';

const replies = defineCollection({
  loader: glob({
    pattern: '**/*.mdx',
    base: repliesDir(),
    generateId: ({ data, entry }) => (typeof data.id === 'string' ? data.id : entry),
  }),
  schema: archivedRecordSchema,
});

export const collections = { replies };
