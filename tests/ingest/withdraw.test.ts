/** `npm run withdraw` on real files: what moves where, what the frontmatter gains, and an interrupted withdrawal finished. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepFormatAndVersion, SEED_FILES, SEED_ID } from './kept-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const run = (script: string, ...args: string[]) => {
  const r = spawnSync(NODE, [join(ROOT, 'src', 'ingest', script), ...args], { encoding: 'utf8', cwd: ROOT });
  return { status: r.status, lines: r.stdout.trim().split('\n').filter(Boolean), stderr: r.stderr };
};
const withdraw = (content: string, ...args: string[]) => run('withdraw-cli.ts', ...args, '--content', content);
const check = (content: string) => run('check-cli.ts', '--content', content);
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const PUBLISHED = `replies/2025/${SEED_ID}.mdx`;
const WITHDRAWN = `withdrawn/2025/${SEED_ID}.mdx`;
const ALL_KEPT = [`${SEED_ID}.source.txt`, SEED_FILES.pdf, SEED_FILES.v1, SEED_FILES.r1];

/** A content folder with the seed letter (kept in two formats, replaced once) and one other letter. */
function archive(): string {
  const content = mkdtempSync(join(tmpdir(), 'withdraw-'));
  const r = run('cli.ts', '--content', content, join(FIXTURES, 'seed-ordos-0361.txt'), join(FIXTURES, 'langxi-fgw-0519.txt'));
  expect(r.status, r.stderr).toBe(0);
  keepFormatAndVersion(content);
  return content;
}

describe('npm run withdraw', () => {
  it('moves the letter and every file it keeps to withdrawn/, adding the withdrawal at the end of the frontmatter', () => {
    const content = archive();
    const before = readFileSync(join(content, PUBLISHED), 'utf8');
    const kept = ALL_KEPT.map((f) => readFileSync(join(content, 'replies/2025', f)));
    const r = withdraw(content, SEED_ID, '--reason', '依申请公开件误发');
    expect(r.status, r.stderr).toBe(0);
    expect(r.lines).toEqual([`withdrew ${SEED_ID}: ${join(content, PUBLISHED)} → ${join(content, WITHDRAWN)} (and 4 kept file(s))`]);
    expect(files(content)).toEqual([
      'replies/2024/2024-ta4-3-0519.mdx',
      'replies/2024/2024-ta4-3-0519.source.txt',
      ...[...ALL_KEPT, `${SEED_ID}.mdx`].sort().map((f) => `withdrawn/2025/${f}`),
    ]);
    const added = `withdrawn:\n  'on': '${today()}'\n  reason: '依申请公开件误发'\n`;
    expect(readFileSync(join(content, WITHDRAWN), 'utf8')).toBe(before.replace('\n---\n', `\n${added}---\n`));
    ALL_KEPT.forEach((f, i) => expect(readFileSync(join(content, 'withdrawn/2025', f)).equals(kept[i])).toBe(true));
    expect(check(content).lines).toEqual(['2 passed, 0 failed']);
  });

  it('records no reason as null', () => {
    const content = archive();
    expect(withdraw(content, SEED_ID).status).toBe(0);
    expect(readFileSync(join(content, WITHDRAWN), 'utf8')).toContain(`\nwithdrawn:\n  'on': '${today()}'\n  reason: null\n---\n`);
  });

  it('names an unknown id in one line and changes nothing', () => {
    const content = archive();
    const before = files(content);
    const r = withdraw(content, '2025-ta5-4-9999');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`no letter 2025-ta5-4-9999 in ${join(content, 'replies')}\n`);
    expect(files(content)).toEqual(before);
  });

  it('says so when the letter is already withdrawn, and changes nothing', () => {
    const content = archive();
    withdraw(content, SEED_ID);
    const before = readFileSync(join(content, WITHDRAWN), 'utf8');
    const r = withdraw(content, SEED_ID, '--reason', '再次');
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([`${SEED_ID} is already withdrawn (on ${today()}): ${join(content, WITHDRAWN)}`]);
    expect(readFileSync(join(content, WITHDRAWN), 'utf8')).toBe(before);
  });

  it('refuses what is not an id', () => {
    const content = archive();
    const r = withdraw(content, '../replies');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('not a letter id: ../replies (ids look like 2025-ta5-4-0361)\n');
  });

  it('usage: one id', () => {
    const r = withdraw(mkdtempSync(join(tmpdir(), 'withdraw-')));
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('usage: npm run withdraw -- ID [--reason TEXT] [--content DIR]\n');
  });
});

describe('an interrupted withdrawal', () => {
  /** The content folder as a withdrawal interrupted at `stage` leaves it, and the folder it completes to. */
  function interrupted(stage: 'copied' | 'written' | 'mdx removed'): { content: string; done: string } {
    const content = archive();
    const done = mkdtempSync(join(tmpdir(), 'withdrawn-'));
    for (const f of files(content)) {
      mkdirSync(join(done, f, '..'), { recursive: true });
      copyFileSync(join(content, f), join(done, f));
    }
    expect(withdraw(done, SEED_ID, '--reason', '误发').status).toBe(0);
    // The new files are written first (the kept files, then the MDX), then the old ones removed (the MDX, then the kept files).
    mkdirSync(join(content, 'withdrawn/2025'), { recursive: true });
    for (const f of ALL_KEPT) copyFileSync(join(done, 'withdrawn/2025', f), join(content, 'withdrawn/2025', f));
    if (stage !== 'copied') copyFileSync(join(done, WITHDRAWN), join(content, WITHDRAWN));
    if (stage === 'mdx removed') rmSync(join(content, PUBLISHED));
    return { content, done };
  }

  it('after the kept files were copied: ingest:check names the copies, and running it again finishes it', () => {
    const { content, done } = interrupted('copied');
    expect(check(content).lines).toEqual([
      ...ALL_KEPT.sort().map(
        (f) =>
          `${join(content, 'withdrawn/2025', f)}: left by an interrupted withdrawal of ${SEED_ID}: npm run withdraw -- ${SEED_ID} finishes it`,
      ),
      '2 passed, 4 failed',
    ]);
    expect(withdraw(content, SEED_ID, '--reason', '误发').status).toBe(0);
    expect(files(content)).toEqual(files(done));
    expect(readFileSync(join(content, WITHDRAWN), 'utf8')).toBe(readFileSync(join(done, WITHDRAWN), 'utf8'));
    expect(check(content).lines).toEqual(['2 passed, 0 failed']);
  });

  it('after the withdrawn MDX was written: ingest:check names the letter in both places, and running it again finishes it', () => {
    const { content, done } = interrupted('written');
    expect(check(content).lines).toEqual([
      `${join(content, PUBLISHED)}: it is under withdrawn/ too (an interrupted withdrawal): npm run withdraw -- ${SEED_ID} finishes it`,
      '2 passed, 1 failed',
    ]);
    const r = withdraw(content, SEED_ID);
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([`withdrew ${SEED_ID}: ${join(content, PUBLISHED)} → ${join(content, WITHDRAWN)} (and 4 kept file(s))`]);
    expect(files(content)).toEqual(files(done));
    // The withdrawal already written keeps its day and reason.
    expect(readFileSync(join(content, WITHDRAWN), 'utf8')).toBe(readFileSync(join(done, WITHDRAWN), 'utf8'));
    expect(check(content).lines).toEqual(['2 passed, 0 failed']);
  });

  it('after the published MDX was removed: ingest:check names what is left, and running it again finishes it', () => {
    const { content, done } = interrupted('mdx removed');
    expect(check(content).lines).toEqual([
      ...ALL_KEPT.sort().map(
        (f) =>
          `${join(content, 'replies/2025', f)}: left by an interrupted withdrawal of ${SEED_ID}: npm run withdraw -- ${SEED_ID} finishes it`,
      ),
      '2 passed, 4 failed',
    ]);
    const r = withdraw(content, SEED_ID);
    expect(r.lines).toEqual([`finished withdrawing ${SEED_ID}: removed 4 file(s) left in ${join(content, 'replies/2025')}`]);
    expect(files(content)).toEqual(files(done));
    expect(check(content).lines).toEqual(['2 passed, 0 failed']);
  });
});

describe('ingest:check on withdrawn letters', () => {
  it('names a kept file changed or missing, and an MDX file edited by hand', () => {
    const content = archive();
    withdraw(content, SEED_ID);
    const dir = join(content, 'withdrawn/2025');
    writeFileSync(join(dir, `${SEED_ID}.source.txt`), '改过的原件');
    rmSync(join(dir, SEED_FILES.r1));
    writeFileSync(
      join(dir, `${SEED_ID}.mdx`),
      readFileSync(join(dir, `${SEED_ID}.mdx`), 'utf8').replace('category: null', "category: 'A'"),
    );
    const r = check(content);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `${join(content, WITHDRAWN)}: the original ${SEED_ID}.source.txt has changed: its SHA-256 is not sourceSha256`,
      `${join(content, WITHDRAWN)}: version 1's record ${SEED_FILES.r1} is missing`,
      `${join(content, WITHDRAWN)}: edited by hand outside editorLinks, corrections and withdrawn: its writtenSha256 is not the digest of the file`,
      '1 passed, 1 failed',
    ]);
  });
});
