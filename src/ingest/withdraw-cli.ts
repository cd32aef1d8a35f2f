/**
 * `npm run withdraw -- ID [--reason TEXT] [--content DIR]`: withdraws a letter published by
 * mistake. Its MDX file and every file it keeps (the original, its other formats, its earlier
 * versions' originals and records) move from `<content>/replies/<year>/` to
 * `<content>/withdrawn/<year>/`, the MDX file with `withdrawn: { on: today, reason }` added at the
 * end of its frontmatter (withdraw.ts). The new files are written before the old ones are removed,
 * each through a temporary file and a rename, so an interrupted withdrawal loses nothing and
 * running the command again finishes it. Exit status 1 for an unknown id or a file it cannot read.
 */
import { access, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { besideMdx, keptFiles } from './kept-files.ts';
import { withdrawnMdx } from './withdraw.ts';
import { localIsoDate } from './local-date.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import { isoDate } from '../record/record-schema.ts';
import { splitFrontmatter } from '../letters/frontmatter.ts';

const USAGE = 'usage: npm run withdraw -- ID [--reason TEXT] [--content DIR]';

/** Thrown for what the clerk must fix: printed as one line, exit status 1. */
class Refusal extends Error {}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      reason: { type: 'string' },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const [id] = positionals;
  const content = values.content;
  if (!/^[a-z0-9-]+$/.test(id)) throw new Refusal(`not a letter id: ${id} (ids look like 2025-ta5-4-0361)`);
  const published = await findLetter(join(content, 'replies'), id);
  const withdrawn = await findLetter(join(content, 'withdrawn'), id);
  if (!published && !withdrawn) throw new Refusal(`no letter ${id} in ${join(content, 'replies')}`);
  const year = (published ?? withdrawn)!.year;
  const from = join(content, 'replies', year);
  const to = join(content, 'withdrawn', year);

  const withdrawnPath = join(to, `${id}.mdx`);
  if (!published) {
    // The MDX file has moved: what an interrupted run left in replies/ goes now.
    const moved = await removeMoved(await filesOf(withdrawnPath), from, to);
    const on = (await withdrawalOf(withdrawnPath))?.on;
    if (moved > 0) console.log(`finished withdrawing ${id}: removed ${moved} file(s) left in ${from}`);
    else console.log(`${id} is already withdrawn${on ? ` (on ${on})` : ''}: ${withdrawnPath}`);
    return 0;
  }

  const mdxPath = join(from, `${id}.mdx`);
  const mdx = await readFile(mdxPath, 'utf8');
  const files = await filesOf(mdxPath, mdx);
  await mkdir(to, { recursive: true });
  for (const name of files) {
    const bytes = await readFile(join(from, name)).catch(absent);
    if (!bytes) console.log(`note: ${join(from, name)} is missing; withdrawing ${id} without it`);
    else if (!(await sameBytes(join(to, name), bytes))) await atomicWrite(join(to, name), bytes);
  }
  // A withdrawal an interrupted run wrote keeps its day, and its reason unless another is given.
  const earlier = withdrawn ? await withdrawalOf(withdrawnPath) : undefined;
  const on = isoDate.safeParse(earlier?.on).success ? earlier!.on! : localIsoDate(new Date());
  const withdrawal = { on, reason: (values.reason ?? earlier?.reason) || null };
  await atomicWrite(withdrawnPath, withdrawnMdx(mdx, withdrawal));
  await rm(mdxPath);
  const moved = await removeMoved(files, from, to);
  console.log(`withdrew ${id}: ${mdxPath} → ${withdrawnPath} (and ${moved} kept file(s))`);
  return 0;
}

/** The year folder holding `<root>/<year>/<id>.mdx`, or null. */
async function findLetter(root: string, id: string): Promise<{ year: string } | null> {
  const years = await readdir(root).catch(absent);
  for (const year of (years ?? []).sort()) {
    if (await access(join(root, year, `${id}.mdx`)).then(() => true, absent)) return { year };
  }
  return null;
}

/** The names of the files the letter at `path` keeps beside it. */
async function filesOf(path: string, mdx?: string): Promise<string[]> {
  let front: unknown;
  try {
    front = load(frontmatter(mdx ?? (await readFile(path, 'utf8'))));
  } catch (e) {
    const yaml = (e as Error).name === 'YAMLException' ? 'the frontmatter is not YAML: ' : '';
    throw new Refusal(`${path}: ${yaml}${(e as Error).message.split('\n')[0]}`);
  }
  const names = keptFiles((front ?? {}) as Record<string, unknown>).map((f) => f.name);
  const stray = names.find((n) => !besideMdx(n));
  if (stray) throw new Refusal(`${path}: ${stray} is not a file name beside the MDX file`);
  return names;
}

/**
 * Removes each of `names` from `from` once `to` holds the same bytes (copying it first where `to`
 * has none); how many it removed. A file whose copy differs is left, and the run refused.
 */
async function removeMoved(names: string[], from: string, to: string): Promise<number> {
  let removed = 0;
  for (const name of names) {
    const bytes = await readFile(join(from, name)).catch(absent);
    if (!bytes) continue;
    const copy = await readFile(join(to, name)).catch(absent);
    if (!copy) await atomicWrite(join(to, name), bytes);
    else if (!copy.equals(bytes)) throw new Refusal(`${join(from, name)} differs from ${join(to, name)}: left both as they are`);
    await rm(join(from, name));
    removed++;
  }
  return removed;
}

/** The withdrawal the MDX file at `path` records, if any. */
async function withdrawalOf(path: string): Promise<{ on?: string; reason?: string | null } | undefined> {
  const front = load(frontmatter(await readFile(path, 'utf8'))) as { withdrawn?: { on?: string; reason?: string | null } } | null;
  return front?.withdrawn ?? undefined;
}

async function sameBytes(path: string, bytes: Buffer): Promise<boolean> {
  const there = await readFile(path).catch(absent);
  return there !== null && there.equals(bytes);
}

function frontmatter(mdx: string): string {
  const split = splitFrontmatter(mdx);
  if (!split) throw new Error('no frontmatter (a letter starts with its record between two --- lines)');
  return split.yaml;
}

function absent(e: NodeJS.ErrnoException): null {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return null;
  throw e;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    const usage = String(e?.code).startsWith('ERR_PARSE_ARGS');
    // What the clerk must fix is one line; anything else is a bug, with its stack.
    if (usage) console.error(`${e.message}\n${USAGE}`);
    else if (e instanceof Refusal || e?.code) console.error(e.message);
    else console.error(`withdraw failed: ${e instanceof Error ? e.stack : e}`);
    process.exit(usage ? 2 : 1);
  },
);
