/** `npm run ingest:check` and the editor's cross-links, on real files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const run = (script: string, ...args: string[]) =>
  spawnSync(NODE, [join(ROOT, 'src', 'ingest', script), ...args], { encoding: 'utf8', cwd: ROOT });
const SEED_MDX = 'replies/2025/2025-ta5-4-0361.mdx';
const EDIT = `editorLinks:\n  add:\n    - from: 'm1-1'\n      to: 'term:青苗计划'\n  remove: []\n`;

function archiveWithSeed(): string {
  const content = mkdtempSync(join(tmpdir(), 'check-'));
  expect(run('cli.ts', '--content', content, join(FIXTURES, 'seed-ordos-0361.txt')).status).toBe(0);
  return content;
}
const addEdit = (mdx: string) => mdx.replace(/\n---\n/, `\n${EDIT}---\n`);

describe('ingest:check', () => {
  it('passes a freshly ingested archive', () => {
    const r = run('check-cli.ts', '--content', archiveWithSeed());
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 passed, 0 failed');
  });

  it('names a letter whose body was edited by hand, and the line', () => {
    const content = archiveWithSeed();
    const path = join(content, SEED_MDX);
    writeFileSync(path, readFileSync(path, 'utf8').replace('释放政策红利', '释放政策红包'));
    const r = run('check-cli.ts', '--content', content);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`${SEED_MDX}: line \\d+: has “.*释放政策红包`));
  });

  it('accepts an edit of editorLinks, and a re-ingest with --replace keeps it', () => {
    const content = archiveWithSeed();
    const path = join(content, SEED_MDX);
    writeFileSync(path, addEdit(readFileSync(path, 'utf8')));
    expect(run('check-cli.ts', '--content', content).status).toBe(0);

    const corrected = join(mkdtempSync(join(tmpdir(), 'src-')), 'seed.txt');
    writeFileSync(corrected, readFileSync(join(FIXTURES, 'seed-ordos-0361.txt'), 'utf8').replace('8450 万元', '8460 万元'));
    expect(run('cli.ts', '--replace', '--content', content, corrected).status).toBe(0);
    const after = readFileSync(path, 'utf8');
    expect(after).toContain("to: 'term:青苗计划'");
    expect(after).toContain('8460 万元');
    expect(run('check-cli.ts', '--content', content).status).toBe(0);
  });

  it('refuses a re-ingest that would strand an editor link, and changes nothing', () => {
    const content = archiveWithSeed();
    const path = join(content, SEED_MDX);
    writeFileSync(
      path,
      addEdit(readFileSync(path, 'utf8')).replace("from: 'm1-1'", "from: 'm1-1'").replace("- from: 'm1-1'", "- from: 'm4-3'"),
    );
    const before = readFileSync(path, 'utf8');
    const shorter = join(mkdtempSync(join(tmpdir(), 'src-')), 'seed.txt');
    // The corrected letter drops the fourth section, where m4-3 stood.
    const text = readFileSync(join(FIXTURES, 'seed-ordos-0361.txt'), 'utf8');
    writeFileSync(shorter, text.slice(0, text.indexOf('四、完善人才引育体系')) + text.slice(text.indexOf('下一步')));
    const r = run('cli.ts', '--replace', '--content', content, shorter);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('editorLinks of 2025-ta5-4-0361 start at m4-3, which the new text no longer has');
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
