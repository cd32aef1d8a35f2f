/** Several copies or formats of one letter in one run: the text from the best copy, the other formats kept beside it. */
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bytesOf, check, files, fixture, frontOf, ingest, tmp } from './cli-run.ts';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A folder holding the fixtures `names`, copied under the names given. */
function folder(names: Record<string, string>): string {
  const dir = tmp('src-');
  for (const [as, name] of Object.entries(names)) copyFileSync(fixture(name), join(dir, as));
  return dir;
}

describe('copies of one letter in one run', () => {
  it('takes the text from the UTF-8 .txt and keeps the .docx and .pdf beside it, byte for byte', () => {
    const content = tmp();
    const dir = folder({ 'seed.txt': 'seed-ordos-0361.txt', 'seed.docx': 'seed-ordos-0361.docx', 'seed.pdf': 'seed-ordos-0361.pdf' });
    const r = ingest('--content', content, dir);
    expect(r.code, r.stderr).toBe(0);
    const id = '2025-ta5-4-0361';
    const at = (f: string) => join(content, 'replies/2025', f);
    expect(r.lines.slice(0, 3)).toEqual([
      `ingested  ${join(dir, 'seed.docx')} → ${at(`${id}.mdx`)}`,
      `other     ${join(dir, 'seed.pdf')}: kept as other format of ${id} (text from seed.docx) → ${at(`${id}.source.pdf`)}`,
      `ingested  ${join(dir, 'seed.txt')} → ${at(`${id}.mdx`)} (in place of ${join(dir, 'seed.docx')}, now kept as other format)`,
    ]);
    expect(r.stdout).toContain('ingested      1\n');
    expect(r.stdout).toContain('other formats 2\n');
    expect(files(join(content, 'replies/2025'))).toEqual([`${id}.mdx`, `${id}.source.docx`, `${id}.source.pdf`, `${id}.source.txt`]);
    for (const ext of ['txt', 'docx', 'pdf'])
      expect(bytesOf(at(`${id}.source.${ext}`)).equals(bytesOf(join(dir, `seed.${ext}`)))).toBe(true);
    const front = frontOf(at(`${id}.mdx`));
    expect(front).toMatchObject({ sourceFile: `${id}.source.txt`, sourceName: 'seed.txt' });
    expect(front.otherSources).toEqual([
      { sourceFile: `${id}.source.docx`, sourceName: 'seed.docx', sourceSha256: sha(bytesOf(join(dir, 'seed.docx'))) },
      { sourceFile: `${id}.source.pdf`, sourceName: 'seed.pdf', sourceSha256: sha(bytesOf(join(dir, 'seed.pdf'))) },
    ]);
    expect(check(content).stdout).toContain('1 passed, 0 failed');
  });

  it('takes a clean copy over one damaged by page artifacts, whatever its format', () => {
    const content = tmp();
    const dir = folder({ 'weitang.docx': 'weitang-wjw-0011.docx', 'weitang.pdf': 'weitang-wjw-0011.pdf' });
    const lines = readFileSync(fixture('weitang-wjw-0011.txt'), 'utf8').split('\n');
    lines.splice(lines.length >> 1, 0, '— 2 —');
    writeFileSync(join(dir, 'weitang.txt'), lines.join('\n'));
    const r = ingest('--content', content, dir);
    expect(r.code).toBe(0);
    const front = frontOf(join(content, 'replies/2023/2023-ta13-2-0011.mdx'));
    expect(front.sourceName).toBe('weitang.docx');
    expect(front.removedArtifacts).toEqual([]);
    expect(front.otherSources.map((o: { sourceName: string }) => o.sourceName)).toEqual(['weitang.pdf', 'weitang.txt']);
    expect(r.lines[2]).toContain(
      `other     ${join(dir, 'weitang.txt')}: kept as other format of 2023-ta13-2-0011 (text from weitang.docx)`,
    );
  });

  it('takes the UTF-8 twin over the GB18030 one, which is its duplicate', () => {
    const content = tmp();
    const dir = folder({ 'wuyu.gb18030.txt': 'wuyu-xzf-12.gb18030.txt', 'wuyu.txt': 'wuyu-xzf-12.txt' });
    const r = ingest('--content', content, dir);
    expect(r.code).toBe(0);
    const mdx = join(content, 'replies/2026/2026-jy20-5-12.mdx');
    expect(r.lines[1]).toBe(
      `ingested  ${join(dir, 'wuyu.txt')} → ${mdx} (in place of ${join(dir, 'wuyu.gb18030.txt')}, now its duplicate; warnings: no 签发人, no contact)`,
    );
    expect(r.stdout).toContain('duplicates    1\n');
    expect(frontOf(mdx).otherSources).toBeUndefined();
    expect(bytesOf(join(content, 'replies/2026/2026-jy20-5-12.source.txt')).equals(bytesOf(join(dir, 'wuyu.txt')))).toBe(true);
  });

  it('keeps the first of two copies in one format with one text, the other its duplicate', () => {
    const dir = folder({ 'a.txt': 'linfeng-szf-0273.txt', 'b.txt': 'dup-linfeng-szf-0273.txt' });
    const r = ingest('--content', tmp(), dir);
    expect(r.lines[1]).toBe(`duplicate ${join(dir, 'b.txt')}: same text as 2025-ta8-4-0273 (a.txt)`);
  });

  it('refuses a copy in the same format with other text unless --replace', () => {
    const dir = folder({ 'seed.txt': 'seed-ordos-0361.txt' });
    writeFileSync(join(dir, 'seed-corrected.txt'), readFileSync(fixture('seed-ordos-0361.txt'), 'utf8').replace('8450 万元', '8460 万元'));
    const refused = ingest('--content', tmp(), join(dir, 'seed.txt'), join(dir, 'seed-corrected.txt'));
    expect(refused.code).toBe(1);
    expect(refused.lines[1]).toBe(
      `refused   ${join(dir, 'seed-corrected.txt')}: 2025-ta5-4-0361 already holds 鄂建提复字〔2025〕333号 with other text: use --replace to replace it`,
    );
    const content = tmp();
    const replaced = ingest('--replace', '--content', content, join(dir, 'seed.txt'), join(dir, 'seed-corrected.txt'));
    expect(replaced.lines[1]).toContain('(measures: m1-3 changed; kept as version 1)');
    expect(bytesOf(join(content, 'replies/2025/2025-ta5-4-0361.v1.source.txt')).equals(bytesOf(join(dir, 'seed.txt')))).toBe(true);
  });

  it('says in a dry run what would become of each file, and writes nothing', () => {
    const content = tmp();
    const dir = folder({ 'seed.txt': 'seed-ordos-0361.txt', 'seed.docx': 'seed-ordos-0361.docx', 'seed.pdf': 'seed-ordos-0361.pdf' });
    const r = ingest('--dry-run', '--content', content, dir);
    expect(r.code).toBe(0);
    const mdx = join(content, 'replies/2025/2025-ta5-4-0361.mdx');
    expect(r.lines.slice(0, 3)).toEqual([
      `would ingest ${join(dir, 'seed.docx')} → ${mdx}`,
      `would keep ${join(dir, 'seed.pdf')}: as other format of 2025-ta5-4-0361 (text from seed.docx) → ${mdx.replace('.mdx', '.source.pdf')}`,
      `would ingest ${join(dir, 'seed.txt')} → ${mdx} (in place of ${join(dir, 'seed.docx')}, now kept as other format)`,
    ]);
    expect(r.stdout).toContain('would ingest  1\n');
    expect(files(content)).toEqual([]);
  });
});

describe('another format of a letter archived in an earlier run', () => {
  const id = '2025-ta5-4-0361';

  it('is kept beside it as another format, the letter’s text unchanged; a format it has is a duplicate', () => {
    const content = tmp();
    const at = (f: string) => join(content, 'replies/2025', f);
    expect(ingest('--content', content, fixture('seed-ordos-0361.txt')).code).toBe(0);
    const before = frontOf(at(`${id}.mdx`));

    const pdf = ingest('--content', content, fixture('seed-ordos-0361.pdf'));
    expect(pdf.code, pdf.stderr).toBe(0);
    expect(pdf.lines[0]).toBe(
      `other     ${fixture('seed-ordos-0361.pdf')}: kept as other format of ${id} (text from seed-ordos-0361.txt) → ${at(`${id}.source.pdf`)}`,
    );
    const dry = ingest('--dry-run', '--content', content, fixture('seed-ordos-0361.docx'));
    expect(dry.lines[0]).toMatch(/^would keep .*seed-ordos-0361\.docx: as other format of 2025-ta5-4-0361/);
    expect(files(join(content, 'replies/2025'))).toEqual([`${id}.mdx`, `${id}.source.pdf`, `${id}.source.txt`]);
    expect(ingest('--content', content, fixture('seed-ordos-0361.docx')).code).toBe(0);

    const after = frontOf(at(`${id}.mdx`));
    expect(after).toMatchObject({ sourceFile: before.sourceFile, sourceName: before.sourceName, textSha256: before.textSha256 });
    expect(after.otherSources).toEqual([
      { sourceFile: `${id}.source.docx`, sourceName: 'seed-ordos-0361.docx', sourceSha256: sha(bytesOf(fixture('seed-ordos-0361.docx'))) },
      { sourceFile: `${id}.source.pdf`, sourceName: 'seed-ordos-0361.pdf', sourceSha256: sha(bytesOf(fixture('seed-ordos-0361.pdf'))) },
    ]);
    expect(bytesOf(at(`${id}.source.pdf`)).equals(bytesOf(fixture('seed-ordos-0361.pdf')))).toBe(true);

    const again = ingest('--content', content, fixture('seed-ordos-0361.pdf'), fixture('seed-ordos-0361.txt'));
    expect(again.lines.slice(0, 2)).toEqual([
      `duplicate ${fixture('seed-ordos-0361.pdf')}: same text as ${id} (seed-ordos-0361.txt)`,
      `duplicate ${fixture('seed-ordos-0361.txt')}: same text as ${id} (seed-ordos-0361.txt)`,
    ]);
    expect(check(content).stdout).toContain('1 passed, 0 failed');
  });
});
