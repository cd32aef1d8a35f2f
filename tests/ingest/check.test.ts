/** `npm run ingest:check` and the editor's cross-links, on real files. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepFormatAndVersion, SEED_FILES } from './kept-files.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
const run = (script: string, ...args: string[]) =>
  spawnSync(NODE, [join(ROOT, 'src', 'ingest', script), ...args], { encoding: 'utf8', cwd: ROOT });
const SEED_MDX = 'replies/2025/2025-ta5-4-0361.mdx';
const LANGXI_MDX = 'replies/2024/2024-ta4-3-0519.mdx';
const EDIT = `editorLinks:\n  add:\n    - from: 'm1-1'\n      to: 'term:青苗计划'\n  remove: []\n`;

function archiveWith(...fixtures: string[]): string {
  const content = mkdtempSync(join(tmpdir(), 'check-'));
  expect(run('cli.ts', '--content', content, ...fixtures.map((f) => join(FIXTURES, f))).status).toBe(0);
  return content;
}
const archiveWithSeed = () => archiveWith('seed-ordos-0361.txt');
const addEdit = (mdx: string) => mdx.replace(/\n---\n/, `\n${EDIT}---\n`);
/** Edits the file at `content`/`rel` as an editor would, in a text editor. */
function edit(content: string, rel: string, change: (mdx: string) => string): string {
  const path = join(content, rel);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return path;
}
function check(content: string) {
  const r = run('check-cli.ts', '--content', content);
  return { status: r.status, lines: r.stdout.trim().split('\n'), stderr: r.stderr };
}

describe('ingest:check', () => {
  it('passes a freshly ingested archive', () => {
    const r = run('check-cli.ts', '--content', archiveWithSeed());
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 passed, 0 failed');
  });

  it('names a letter whose body was edited by hand, and the line', () => {
    const content = archiveWithSeed();
    edit(content, SEED_MDX, (mdx) => mdx.replace('一是释放政策红利', '一是释放政策红包'));
    const r = run('check-cli.ts', '--content', content);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`${SEED_MDX}: line \\d+: has “一是释放政策红包`));
  });

  it('names every frontmatter field edited by hand, one result per letter', () => {
    const content = archiveWith('seed-ordos-0361.txt', 'langxi-fgw-0519.txt', 'heting-wl-0064.txt');
    edit(content, LANGXI_MDX, (mdx) => mdx.replace("category: 'C'", "category: 'B'"));
    edit(content, SEED_MDX, (mdx) =>
      mdx.replace("lead: '推动企业科技特派员工作机制'", "lead: '推动科技特派员工作机制'").replace("title: '鄂尔多斯市", "title: '鄂尔多斯"),
    );
    const r = check(content);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `${join(content, LANGXI_MDX)}: category: has “B”, ingest writes “C”`,
      `${join(content, SEED_MDX)}: title: has “鄂尔多斯人民政府关于市政协五届四次会议第0361号提案的答复函”, ingest writes “鄂尔多斯市人民政府关于市政协五届四次会议第0361号提案的答复函”`,
      `${join(content, SEED_MDX)}: sections.1.measures.2.lead: has “推动科技特派员工作机制”, ingest writes “推动企业科技特派员工作机制”`,
      '1 passed, 2 failed',
    ]);
  });

  it('accepts corrections, and names a bad one by its field', () => {
    const content = archiveWith('seed-ordos-0361.txt', 'langxi-fgw-0519.txt');
    const corrections = (body: string) => (mdx: string) => mdx.replace(/\nwrittenSha256:/, `\ncorrections:\n${body}writtenSha256:`);
    edit(content, LANGXI_MDX, corrections("  category: 'B'\n  signer: '王'\n"));
    expect(check(content)).toMatchObject({ status: 0, lines: ['2 passed, 0 failed'] });

    edit(content, SEED_MDX, corrections("  categry: 'B'\n  number: 361\n"));
    const r = check(content);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `${join(content, SEED_MDX)}: corrections.number: Invalid input: expected string, received number`,
      `${join(content, SEED_MDX)}: corrections.categry: not a field corrections may hold (docs/record-format.md, without sections and nextSteps)`,
      '1 passed, 1 failed',
    ]);
  });

  it('names a file whose frontmatter is not YAML, and checks the others', () => {
    const content = archiveWith('seed-ordos-0361.txt', 'langxi-fgw-0519.txt');
    edit(content, SEED_MDX, (mdx) => mdx.replace("signer: '张秀玲'", "signer: '张秀玲"));
    edit(content, LANGXI_MDX, (mdx) => mdx.replace("category: 'C'", "category: 'A'"));
    const r = check(content);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `${join(content, LANGXI_MDX)}: category: has “A”, ingest writes “C”`,
      expect.stringMatching(new RegExp(`^${join(content, SEED_MDX)}: the frontmatter is not YAML: .+`)),
      '0 passed, 2 failed',
    ]);
  });

  it('checks every kept file against its digest: the original, other formats, versions', () => {
    const content = archiveWithSeed();
    const dir = join(content, 'replies/2025');
    const files = SEED_FILES;
    keepFormatAndVersion(content);
    expect(check(content)).toMatchObject({ status: 0, lines: ['1 passed, 0 failed'] });

    writeFileSync(join(dir, files.v1), '鄂尔多斯市人民政府 第一版（改）');
    rmSync(join(dir, files.pdf));
    writeFileSync(join(dir, files.r1), '{}\n');
    const r = check(content);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `${join(content, SEED_MDX)}: the other format ${files.pdf} is missing`,
      `${join(content, SEED_MDX)}: version 1's original ${files.v1} has changed: its SHA-256 is not versions.0.sourceSha256`,
      `${join(content, SEED_MDX)}: version 1's record ${files.r1} has changed: its SHA-256 is not versions.0.recordSha256`,
      '0 passed, 1 failed',
    ]);
  });

  it('names a missing or changed original', () => {
    const content = archiveWith('seed-ordos-0361.txt', 'langxi-fgw-0519.txt');
    rmSync(join(content, 'replies/2025/2025-ta5-4-0361.source.txt'));
    writeFileSync(join(content, 'replies/2024/2024-ta4-3-0519.source.txt'), '改过的原件');
    expect(check(content).lines).toEqual([
      `${join(content, LANGXI_MDX)}: the original 2024-ta4-3-0519.source.txt has changed: its SHA-256 is not sourceSha256`,
      `${join(content, SEED_MDX)}: the original 2025-ta5-4-0361.source.txt is missing`,
      '0 passed, 2 failed',
    ]);
  });

  it('names a kept original that no letter claims, and a temporary file left by an interrupted write', () => {
    const content = archiveWith('seed-ordos-0361.txt', 'langxi-fgw-0519.txt');
    rmSync(join(content, LANGXI_MDX));
    writeFileSync(join(content, 'replies/2025/.4242.1760000000000.0.tmp'), '---\nid: ');
    mkdirSync(join(content, 'replies/2023'));
    renameSync(join(content, 'replies/2025/2025-ta5-4-0361.source.txt'), join(content, 'replies/2023/2025-ta5-4-0361.v1.source.txt'));
    const r = check(content);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([
      `${join(content, SEED_MDX)}: the original 2025-ta5-4-0361.source.txt is missing`,
      `${join(content, 'replies/2023/2025-ta5-4-0361.v1.source.txt')}: a kept file that no letter claims (its MDX file is gone or no longer names it)`,
      `${join(content, 'replies/2024/2024-ta4-3-0519.source.txt')}: a kept file that no letter claims (its MDX file is gone or no longer names it)`,
      `${join(content, 'replies/2025/.4242.1760000000000.0.tmp')}: left by an interrupted write: delete it when no ingest or withdraw is running`,
      '0 passed, 4 failed',
    ]);
  });

  it('accepts an edit of editorLinks, and a re-ingest with --replace keeps it', () => {
    const content = archiveWithSeed();
    const path = edit(content, SEED_MDX, addEdit);
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
    const path = edit(content, SEED_MDX, (mdx) => addEdit(mdx).replace("- from: 'm1-1'", "- from: 'm4-3'"));
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
