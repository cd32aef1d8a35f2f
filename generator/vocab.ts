/**
 * The generator's vocabulary, read from generator/vocab/*.json and validated once, when this
 * module is first imported: `domain-*.json` (one topic each), common.json, sentences.json,
 * terms.json, hostile.json, names.json, world.json, forms.json. A broken file stops the run with
 * an error naming the file and the path inside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import {
  commonSchema,
  domainSchema,
  formsSchema,
  hostileSchema,
  namesSchema,
  sentencesSchema,
  termsSchema,
  worldSchema,
  type Domain,
} from './vocab-schema.ts';

/** The folder the vocabulary is read from. */
export const VOCAB_DIR = join(import.meta.dirname, 'vocab');

/** A vocabulary file that cannot be used: the message names the file and the path inside it. */
export class VocabError extends Error {}

/** Parses one file's text against its schema; throws VocabError naming `file` and the path. */
export function parseVocab<S extends z.ZodType>(file: string, text: string, schema: S): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new VocabError(`${file}: not JSON: ${(e as Error).message}`);
  }
  const got = schema.safeParse(json);
  if (got.success) return got.data;
  const issue = got.error.issues[0];
  const path = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
  throw new VocabError(`${file}: ${path || '(top level)'}: ${issue.message}`);
}

/** The whole vocabulary of a folder, validated. */
export function loadVocab(dir: string) {
  const read = <S extends z.ZodType>(name: string, schema: S) => parseVocab(join(dir, name), readFileSync(join(dir, name), 'utf8'), schema);
  const domainFiles = readdirSync(dir)
    .filter((f) => /^domain-.+\.json$/.test(f))
    .sort();
  if (!domainFiles.length) throw new VocabError(`${dir}: no domain-*.json file`);
  const domains: Domain[] = domainFiles.map((f) => read(f, domainSchema));
  return {
    domains,
    common: read('common.json', commonSchema),
    sentences: read('sentences.json', sentencesSchema),
    terms: read('terms.json', termsSchema),
    hostile: read('hostile.json', hostileSchema),
    names: read('names.json', namesSchema),
    world: read('world.json', worldSchema),
    forms: read('forms.json', formsSchema),
  };
}

/** The vocabulary every generator module uses. */
export const VOCAB = loadVocab(VOCAB_DIR);
export type Vocab = ReturnType<typeof loadVocab>;
export type { Domain };
