/**
 * The clerk's edges in `npm run ingest`: paths that give no file (not found, a symlink to nothing,
 * a symlink loop, no read permission) and formats ingest does not read, each one line, the batch
 * going on with the other paths.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const DOC = '.doc is the old Word format: convert it with LibreOffice (soffice --headless --convert-to docx FILE) and ingest the .docx';
const WPS =
  '.wps is the WPS Writer format: save it as .docx in WPS, or convert it with LibreOffice (soffice --headless --convert-to docx FILE), and ingest the .docx';

/** Runs ingest in `cwd`, paths relative to it, as a clerk types them. */
function ingest(cwd: string, args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(NODE, [join(ROOT, 'src', 'ingest', 'cli.ts'), '--content', join(cwd, 'content'), ...args], {
    encoding: 'utf8',
    cwd,
    ...options,
  });
  const stdout = String(r.stdout);
  // The lines before the summary table: one per file or path.
  const lines = stdout.split('\n\nfiles ')[0].split('\n').filter(Boolean);
  return { code: r.status, stdout, stderr: String(r.stderr), lines };
}
/** A folder of letters as a clerk receives them: 报送/ with one letter in it. */
function inbox(): string {
  const dir = mkdtempSync(join(tmpdir(), 'paths-'));
  mkdirSync(join(dir, '报送'));
  copyFileSync(join(FIXTURES, 'seed-ordos-0361.txt'), join(dir, '报送', '第0361号.txt'));
  return dir;
}
const mdxFiles = (dir: string) =>
  readdirSync(join(dir, 'content'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.mdx'));
const summary = (r: { stdout: string }) => r.stdout.slice(r.stdout.indexOf('\nfiles'));

describe('npm run ingest: paths that give no file', () => {
  it('names a path that does not exist in one line, goes on with the others, counts it as refused', () => {
    const dir = inbox();
    const r = ingest(dir, ['报送/第12号.txt', '报送']);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      'not found: 报送/第12号.txt',
      'ingested  报送/第0361号.txt → ' + join(dir, 'content/replies/2025/2025-ta5-4-0361.mdx'),
    ]);
    expect(summary(r)).toContain(
      'files         2\ningested      1\nreplaced      0\ncorrected     0\nother formats 0\nduplicates    0\nrefused       1\nheld back     0\nwarnings      0\n      1 × not found',
    );
    expect(r.stderr).toBe('');
    expect(mdxFiles(dir)).toEqual(['replies/2025/2025-ta5-4-0361.mdx']);
  });

  it('names a symlink to nothing and a symlink loop, and never follows a folder symlink into a loop', () => {
    const dir = inbox();
    symlinkSync('../已删除.txt', join(dir, '报送', '第13号.txt'));
    symlinkSync('第14号.txt', join(dir, '报送', '第14号.txt'));
    mkdirSync(join(dir, '报送', '附件'));
    symlinkSync('..', join(dir, '报送', '附件', '上级'));
    const r = ingest(dir, ['报送']);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      'a symlink to nothing: 报送/第13号.txt → ../已删除.txt',
      'a symlink loop: 报送/第14号.txt',
      'a symlink loop: 报送/附件/上级 → .. (a folder it lies in)',
      'ingested  报送/第0361号.txt → ' + join(dir, 'content/replies/2025/2025-ta5-4-0361.mdx'),
    ]);
    expect(summary(r)).toContain(
      'refused       3\nheld back     0\nwarnings      0\n      2 × a symlink loop\n      1 × a symlink to nothing',
    );
  });

  it('follows a symlink to a folder outside the batch', () => {
    const dir = inbox();
    const elsewhere = mkdtempSync(join(tmpdir(), 'shared-'));
    copyFileSync(join(FIXTURES, 'heting-wl-0064.txt'), join(elsewhere, '第64号.txt'));
    symlinkSync(elsewhere, join(dir, '报送', '共享'));
    const r = ingest(dir, ['报送']);
    expect(r.code, r.stdout).toBe(0);
    expect(mdxFiles(dir).sort()).toEqual(['replies/2023/2023-ta3-2-0064.mdx', 'replies/2025/2025-ta5-4-0361.mdx']);
  });

  // Permissions do not hold for root, so as root the command runs as nobody; nobody can run it only
  // where the checkout lies in folders anyone may enter (not under a private `mktemp -d`).
  const NOBODY = { uid: 65534, gid: 65534 };
  const asRoot = process.getuid?.() === 0;
  const nobodyRuns = !asRoot || spawnSync(NODE, [join(ROOT, 'src', 'ingest', 'list-files.ts')], NOBODY).status === 0;
  it.skipIf(!nobodyRuns)('names a folder and a file it may not read (as root: only where nobody can run the checkout)', () => {
    const dir = inbox();
    chmodSync(dir, 0o755);
    chmodSync(join(dir, '报送'), 0o755);
    mkdirSync(join(dir, '报送', '内部'));
    chmodSync(join(dir, '报送', '内部'), 0o000);
    copyFileSync(join(FIXTURES, 'heting-wl-0064.txt'), join(dir, '第64号.txt'));
    chmodSync(join(dir, '第64号.txt'), 0o000);
    mkdirSync(join(dir, 'content'), { mode: 0o777 });
    chmodSync(join(dir, 'content'), 0o777);
    const asUser = asRoot ? NOBODY : {};
    const r = ingest(dir, ['第64号.txt', '报送'], asUser);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      'cannot be read: 第64号.txt (permission denied)',
      'cannot read the folder: 报送/内部 (permission denied)',
      'ingested  报送/第0361号.txt → ' + join(dir, 'content/replies/2025/2025-ta5-4-0361.mdx'),
    ]);
    expect(summary(r)).toContain('refused       2');
  });

  it('takes a file name starting with - after --, and says so when it is not', () => {
    const dir = inbox();
    copyFileSync(join(FIXTURES, 'heting-wl-0064.txt'), join(dir, '-第64号.txt'));
    const refused = ingest(dir, ['-第64号.txt']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("Unknown option '-第'");
    expect(refused.stderr).toContain('[--] PATH...\n  a PATH starting with - goes after --');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const r = ingest(dir, ['--', '-第64号.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.lines).toEqual(['ingested  -第64号.txt → ' + join(dir, 'content/replies/2023/2023-ta3-2-0064.mdx')]);
  });

  it('--json gives a path that gives no file as a JSON line', () => {
    const dir = inbox();
    const r = ingest(dir, ['--json', '报送/第12号.txt']);
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => JSON.parse(l))).toEqual([{ file: '报送/第12号.txt', error: 'not found' }]);
  });
});

describe('npm run ingest: formats it does not read', () => {
  it('refuses .doc and .wps, named or found in a folder, with how to convert them; other files are skipped', () => {
    const dir = inbox();
    writeFileSync(join(dir, '报送', '第15号.doc'), 'ÐÏ\x11à¡±\x1Aá');
    writeFileSync(join(dir, '报送', '第16号.WPS'), 'ÐÏ\x11à¡±\x1Aá');
    writeFileSync(join(dir, '报送', '说明.md'), '报送说明');
    writeFileSync(join(dir, '第17号.doc'), '');
    const r = ingest(dir, ['第17号.doc', '报送']);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `refused   第17号.doc: ${DOC}`,
      'ingested  报送/第0361号.txt → ' + join(dir, 'content/replies/2025/2025-ta5-4-0361.mdx'),
      `refused   报送/第15号.doc: ${DOC}`,
      `refused   报送/第16号.WPS: ${WPS}`,
    ]);
    expect(summary(r)).toContain(
      `files         4\ningested      1\nreplaced      0\ncorrected     0\nother formats 0\nduplicates    0\nrefused       3\nheld back     0\nwarnings      0\n      2 × ${DOC}\n      1 × ${WPS}`,
    );
    expect(r.stderr).toBe('skipped 1 file(s) that are not .txt/.docx/.pdf\n');
  });
});
