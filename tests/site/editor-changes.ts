/**
 * What the office does to an archived letter after ingest, done to the test content the way its
 * commands and editors do it: an editor's corrections (YAML typed into the frontmatter, the
 * written digest left as ingest wrote it: corrections are outside it), a withdrawal (the MDX and
 * its files moved to `withdrawn/<year>/`, a `withdrawn:` block added), a replacement by a
 * corrected file (`ingest --replace`, the earlier original and record kept as `versions`, the
 * day it was replaced on fixed and the digest computed again as ingest computes it).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { dump, load } from 'js-yaml';
import { archivedRecordSchema, type ArchivedRecord, type Corrections, type Version } from '../../src/record/record-schema.ts';
import { resealed } from './reseal.ts';
import { root } from './paths.ts';

const node = fs.existsSync(path.join(root, 'node_modules/.bin/node')) ? path.join(root, 'node_modules/.bin/node') : process.execPath;

/** The MDX file of the letter `id` under `content/<folder>/<year>/`. */
export const mdxPath = (content: string, id: string, folder = 'replies') => path.join(content, folder, id.slice(0, 4), `${id}.mdx`);

/** The record of an MDX file, as its frontmatter holds it. */
export function recordOf(file: string): ArchivedRecord {
  return archivedRecordSchema.parse(load(/^---\n([\s\S]*?)\n---\n/.exec(fs.readFileSync(file, 'utf8'))![1]));
}

/** `mdx` with `fields` written at the end of its frontmatter, as YAML in ingest's style. */
function withFront(mdx: string, fields: Record<string, unknown>): string {
  const at = mdx.indexOf('\n---\n', 4) + 1;
  return mdx.slice(0, at) + dump(fields, { lineWidth: -1, noRefs: true, forceQuotes: true }) + mdx.slice(at);
}

/** An editor's corrections typed into the letter's frontmatter. */
export function correct(content: string, id: string, corrections: Corrections): void {
  const file = mdxPath(content, id);
  fs.writeFileSync(file, withFront(fs.readFileSync(file, 'utf8'), { corrections }));
}

/** Withdraws the letter: its MDX and its kept files to `withdrawn/<year>/`, with the `withdrawn:` block. */
export function withdraw(content: string, id: string, on: string, reason: string | null): void {
  const from = mdxPath(content, id);
  const to = mdxPath(content, id, 'withdrawn');
  fs.mkdirSync(path.dirname(to), { recursive: true });
  for (const name of fs.readdirSync(path.dirname(from)).filter((n) => n.startsWith(`${id}.`))) {
    fs.renameSync(path.join(path.dirname(from), name), path.join(path.dirname(to), name));
  }
  fs.writeFileSync(to, withFront(fs.readFileSync(to, 'utf8'), { withdrawn: { on, reason } }));
}

/**
 * Replaces the letter by the corrected file `corrected` as `ingest --replace` does, keeping the
 * version it replaces — its original and its record.json as published then — as the next of
 * its `versions`, replaced on `replacedOn`. Returns the versions the letter then has.
 */
export function replaceLetter(content: string, id: string, corrected: string, replacedOn: string): Version[] {
  const file = mdxPath(content, id);
  const r = spawnSync(node, ['src/ingest/cli.ts', '--replace', '--content', content, corrected], { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ingest --replace ${corrected} exited ${r.status}\n${r.stdout}${r.stderr}`);
  // Ingest dates the version it keeps by the day it runs; the fixture fixes the day, so that its pages do not follow the calendar.
  const ranOn = recordOf(file).versions!.at(-1)!.replacedOn;
  fs.writeFileSync(file, resealed(fs.readFileSync(file, 'utf8').replace(`replacedOn: '${ranOn}'`, `replacedOn: '${replacedOn}'`)));
  return recordOf(file).versions!;
}
