/** The ingest command as a clerk runs it: real files in, JSON lines or MDX files out. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

function ingest(...args: string[]) {
  const r = spawnSync(NODE, [join(ROOT, 'src', 'ingest', 'cli.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { code: r.status, lines: r.stdout.trim().split('\n').filter(Boolean), stdout: r.stdout, stderr: r.stderr };
}
const files = (dir: string) => readdirSync(dir, { recursive: true }).map(String).sort();
const tmp = () => mkdtempSync(join(tmpdir(), 'ingest-'));

describe('npm run ingest', () => {
  it('--json prints one object per file in input order, writes nothing, exits 1 when a file failed', () => {
    const content = tmp();
    const inputs = ['seed-ordos-0361.txt', 'malformed-empty.txt', 'heting-wl-0064.txt'].map((f) => join(FIXTURES, f));
    const r = ingest('--json', '--content', content, ...inputs);
    expect(r.code).toBe(1);
    const out = r.lines.map((l) => JSON.parse(l));
    expect(out.map((o) => o.file)).toEqual(inputs);
    expect(out[0].record).toMatchObject({ docNumber: '鄂建提复字〔2025〕333号', number: '0361', id: '2025-ta5-4-0361' });
    expect(out[1]).toEqual({ file: inputs[1], error: 'empty input: file has no content' });
    expect(out[2].record.docNumber).toBe('望政提复〔2023〕14号');
    expect(files(content)).toEqual([]);
  });

  it('writes the MDX file and the original byte for byte, and exits 0', () => {
    const content = tmp();
    const r = ingest('--content', content, join(FIXTURES, 'seed-ordos-0361.txt'));
    expect(r.code, r.stderr).toBe(0);
    expect(files(content)).toEqual([
      'replies',
      'replies/2025',
      'replies/2025/2025-ta5-4-0361.mdx',
      'replies/2025/2025-ta5-4-0361.source.txt',
    ]);
    const kept = readFileSync(join(content, 'replies/2025/2025-ta5-4-0361.source.txt'));
    expect(kept.equals(readFileSync(join(FIXTURES, 'seed-ordos-0361.txt')))).toBe(true);
    expect(readFileSync(join(content, 'replies/2025/2025-ta5-4-0361.mdx'), 'utf8')).toMatch(/^---\nid: '2025-ta5-4-0361'\n/);
  });

  it('reports a re-ingested letter as a duplicate and writes nothing new', () => {
    const content = tmp();
    ingest('--content', content, join(FIXTURES, 'linfeng-szf-0273.txt'));
    const before = files(content);
    const r = ingest('--json', '--content', content, join(FIXTURES, 'dup-linfeng-szf-0273.txt'), join(FIXTURES, 'linfeng-szf-0273.txt'));
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => JSON.parse(l).duplicateOf)).toEqual(['2025-ta8-4-0273', '2025-ta8-4-0273']);
    expect(files(content)).toEqual(before);
  });

  it('refuses a changed letter with the same 文号 unless --replace', () => {
    const content = tmp();
    const dir = tmp();
    const changed = join(dir, 'seed-corrected.txt');
    ingest('--content', content, join(FIXTURES, 'seed-ordos-0361.txt'));
    writeFileSync(changed, readFileSync(join(FIXTURES, 'seed-ordos-0361.txt'), 'utf8').replace('8450 万元', '8460 万元'));
    const refused = ingest('--content', content, changed);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('2025-ta5-4-0361 already holds 鄂建提复字〔2025〕333号 with other text: use --replace');
    const replaced = ingest('--replace', '--content', content, changed);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain(
      `replaced  ${changed} → ${join(content, 'replies/2025/2025-ta5-4-0361.mdx')} (measures: m1-3 changed; kept as version 1)`,
    );
    expect(readFileSync(join(content, 'replies/2025/2025-ta5-4-0361.source.txt'), 'utf8')).toContain('8460 万元');
    expect(files(content)).toEqual([
      'replies',
      'replies/2025',
      'replies/2025/2025-ta5-4-0361.mdx',
      'replies/2025/2025-ta5-4-0361.source.txt',
      'replies/2025/2025-ta5-4-0361.v1.record.json',
      'replies/2025/2025-ta5-4-0361.v1.source.txt',
    ]);
  });

  it('names the file and the reason for an unsupported type, and goes on with the others', () => {
    const dir = tmp();
    const odd = join(dir, 'letter.rtf');
    copyFileSync(join(FIXTURES, 'seed-ordos-0361.txt'), odd);
    const r = ingest('--json', '--content', tmp(), odd, join(FIXTURES, 'heting-wl-0064.txt'));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.lines[0])).toEqual({ file: odd, error: 'unsupported file type “.rtf”: ingest reads .txt, .docx, .pdf' });
    expect(JSON.parse(r.lines[1]).record.number).toBe('0064');
  });

  it('ingests a folder recursively and prints a summary table', () => {
    const content = tmp();
    const r = ingest('--content', content, FIXTURES);
    expect(r.code).toBe(1);
    // 39 letter files: 22 letters, 8 docx/pdf twins kept as other formats, 3 duplicates (2 GB18030 twins, the dup-* file), 6 malformed.
    expect(r.stdout).toContain(
      [
        'files         39',
        'ingested      22',
        'replaced      0',
        'corrected     0',
        'other formats 8',
        'duplicates    3',
        'refused       6',
        'held back     0',
        'warnings      6',
        '      1 × not text: binary data (NUL bytes; not valid UTF-8 or GB18030)',
        '      1 × empty input: file has no content',
        '      1 × invalid date: 2025年2月30日 does not exist',
        '      1 × mojibake: UTF-8 text was decoded as Latin-1 and re-saved; no CJK text found',
        '      1 × not a reply letter: no document number, addressee salutation, reply title or signing block',
        '      1 × truncated: no signature/date',
        '      4 × warning: no contact',
        '      4 × warning: no 签发人',
      ].join('\n'),
    );
    expect(files(content).filter((f) => f.endsWith('.mdx'))).toHaveLength(22);
    expect(files(content).some((f) => f.includes('.tmp'))).toBe(false);
  });

  it('ingests a letter held back by its 公开属性, printed or corrected, and says it is not published', () => {
    const content = tmp();
    const dir = tmp();
    const held = join(dir, 'seed-held.txt');
    writeFileSync(
      held,
      readFileSync(join(FIXTURES, 'seed-ordos-0361.txt'), 'utf8').replace('2025 年 9 月 3 日\n', '2025 年 9 月 3 日\n\n（此件不予公开）\n'),
    );
    const r = ingest('--content', content, held);
    expect(r.code).toBe(0);
    const mdx = join(content, 'replies/2025/2025-ta5-4-0361.mdx');
    expect(r.lines[0]).toBe(`ingested  ${held} → ${mdx}, held back (不予公开): not published on the public site`);
    expect(r.stdout).toContain('held back     1\n');
    expect(readFileSync(mdx, 'utf8')).toContain("disclosure: '不予公开'");

    const corrected = ingest('--content', tmp(), '--set', 'disclosure=依申请公开', join(FIXTURES, 'heting-wl-0064.txt'));
    expect(corrected.lines[0]).toMatch(
      /^ingested .* \(corrections: disclosure\), held back \(依申请公开\): not published on the public site$/,
    );
  });

  it('--dry-run says what it would do and writes nothing', () => {
    const content = tmp();
    ingest('--content', content, join(FIXTURES, 'seed-ordos-0361.txt'));
    const before = files(content);
    const changed = join(tmp(), 'seed-corrected.txt');
    writeFileSync(changed, readFileSync(join(FIXTURES, 'seed-ordos-0361.txt'), 'utf8').replace('8450 万元', '8460 万元'));
    const r = ingest('--dry-run', '--replace', '--content', content, changed, join(FIXTURES, 'heting-wl-0064.txt'));
    expect(r.code).toBe(0);
    expect(r.lines.slice(0, 2)).toEqual([
      `would replace ${changed} → ${join(content, 'replies/2025/2025-ta5-4-0361.mdx')} (measures: m1-3 changed; kept as version 1)`,
      `would ingest ${join(FIXTURES, 'heting-wl-0064.txt')} → ${join(content, 'replies/2023/2023-ta3-2-0064.mdx')}`,
    ]);
    expect(r.stdout).toContain('would ingest  1\nwould replace 1\n');
    expect(files(content)).toEqual(before);
  });

  it('never ingests a withdrawn letter again, nor gives its id to another letter', () => {
    const content = tmp();
    ingest('--content', content, join(FIXTURES, 'seed-ordos-0361.txt'));
    // A letter withdrawn as the withdraw command leaves it: under withdrawn/<year>/, its withdrawal in the frontmatter.
    mkdirSync(join(content, 'withdrawn'));
    renameSync(join(content, 'replies/2025'), join(content, 'withdrawn/2025'));
    const path = join(content, 'withdrawn/2025/2025-ta5-4-0361.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n---\n/, "\nwithdrawn:\n  'on': '2025-10-08'\n  reason: null\n---\n"));
    const again = ingest('--replace', '--content', content, join(FIXTURES, 'seed-ordos-0361.docx'));
    expect(again.code).toBe(1);
    expect(again.lines[0]).toBe(
      `refused   ${join(FIXTURES, 'seed-ordos-0361.docx')}: this is letter 2025-ta5-4-0361, withdrawn on 2025-10-08: not ingested again`,
    );
    const changed = join(tmp(), 'seed-corrected.txt');
    writeFileSync(changed, readFileSync(join(FIXTURES, 'seed-ordos-0361.txt'), 'utf8').replace('8450 万元', '8460 万元'));
    const other = ingest('--content', content, changed);
    expect(other.code).toBe(0);
    expect(other.lines[0]).toMatch(/ → .*\/replies\/2025\/2025-ta5-4-0361-[0-9a-f]{6}\.mdx$/);
    expect(files(join(content, 'withdrawn'))).toEqual(['2025', '2025/2025-ta5-4-0361.mdx', '2025/2025-ta5-4-0361.source.txt']);
    const checked = spawnSync(NODE, [join(ROOT, 'src', 'ingest', 'check-cli.ts'), '--content', content], { encoding: 'utf8', cwd: ROOT });
    expect(checked.stdout).toContain('2 passed, 0 failed');
  });
});
