/** `--replace` never erases the earlier text: it is kept as a version, byte for byte, with its record. */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-run.ts';
import { recordJson } from '../../src/letters/open-record.ts';
import { correctedRecord } from '../../src/record/corrections.ts';
import { archivedRecordSchema } from '../../src/record/record-schema.ts';
import { bytesOf, check, files, fixture, frontOf, ingest, tmp, today } from './cli-run.ts';

const SEED = 'replies/2025/2025-ta5-4-0361';
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** The seed letter with its signer, date, one measure changed, a measure and a commitment gone. */
function seedV2(dir: string): string {
  let text = readFileSync(fixture('seed-ordos-0361.txt'), 'utf8')
    .replace('签发人：张秀玲', '签发人：王立新')
    .replace('2025 年 9 月 3 日', '2025 年 9 月 12 日')
    .replace('8450 万元', '8460 万元');
  const cut = (from: string) => {
    const i = text.indexOf(from);
    text = text.slice(0, i) + text.slice(text.indexOf('\n', i));
  };
  cut('四是充分发挥');
  cut('四是深入落实“人才新政');
  const path = join(dir, 'seed-v2.txt');
  writeFileSync(path, text);
  return path;
}

describe('ingest --replace keeps the earlier version', () => {
  it('keeps the original byte for byte and its published record, says what changed, and keeps the id', () => {
    const content = tmp();
    const corrected = seedV2(tmp('src-'));
    expect(ingest('--content', content, fixture('seed-ordos-0361.txt')).code).toBe(0);
    const before = frontOf(join(content, `${SEED}.mdx`));

    const r = ingest('--replace', '--content', content, corrected);
    expect(r.code, r.stderr).toBe(0);
    expect(r.lines[0]).toBe(
      `replaced  ${corrected} → ${join(content, `${SEED}.mdx`)} (fields: signer, date, terms; measures: m1-3 changed, m1-4 removed, n4 removed; kept as version 1)`,
    );
    expect(files(content)).toEqual([
      'replies',
      'replies/2025',
      `${SEED}.mdx`,
      `${SEED}.source.txt`,
      `${SEED}.v1.record.json`,
      `${SEED}.v1.source.txt`,
    ]);
    expect(bytesOf(join(content, `${SEED}.v1.source.txt`)).equals(bytesOf(fixture('seed-ordos-0361.txt')))).toBe(true);
    expect(bytesOf(join(content, `${SEED}.source.txt`)).equals(bytesOf(corrected))).toBe(true);
    const record = readFileSync(join(content, `${SEED}.v1.record.json`), 'utf8');
    const earlier = archivedRecordSchema.parse(before);
    expect(record).toBe(recordJson(correctedRecord(earlier), `/replies/${earlier.date.slice(0, 4)}/${earlier.id}/`));
    expect(JSON.parse(record)).toMatchObject({ id: '2025-ta5-4-0361', signer: '张秀玲', date: '2025-09-03' });

    const after = frontOf(join(content, `${SEED}.mdx`));
    expect(after).toMatchObject({ id: '2025-ta5-4-0361', signer: '王立新', date: '2025-09-12' });
    expect(after.versions).toEqual([
      {
        version: 1,
        replacedOn: today(),
        sourceFile: '2025-ta5-4-0361.v1.source.txt',
        sourceName: 'seed-ordos-0361.txt',
        sourceSha256: sha(bytesOf(fixture('seed-ordos-0361.txt'))),
        recordFile: '2025-ta5-4-0361.v1.record.json',
        recordSha256: sha(record),
      },
    ]);
    // Anchors stay where the structure stays.
    expect(after.sections[0].measures.map((m: { anchor: string }) => m.anchor)).toEqual(['m1-1', 'm1-2', 'm1-3']);
    expect(check(content).stdout).toContain('1 passed, 0 failed');
  });

  it('keeps every earlier version, oldest first, on the day of the run', async () => {
    const content = tmp();
    const dir = tmp('src-');
    const v2 = seedV2(dir);
    const v3 = join(dir, 'seed-v3.txt');
    writeFileSync(v3, readFileSync(v2, 'utf8').replace('8460 万元', '8470 万元'));
    const quiet = () => {};
    await ingestFiles([fixture('seed-ordos-0361.txt')], { contentDir: content, dryRun: false, replace: false }, quiet);
    await ingestFiles([v2], { contentDir: content, dryRun: false, replace: true, today: '2025-10-01' }, quiet);
    const [third] = await ingestFiles([v3], { contentDir: content, dryRun: false, replace: true, today: '2025-11-02' }, quiet);
    expect(third).toMatchObject({
      action: 'replaced',
      replaced: { version: 2, changes: { fields: [], measures: [{ anchor: 'm1-3', change: 'changed' }] } },
    });
    const versions = frontOf(join(content, `${SEED}.mdx`)).versions;
    expect(
      versions.map((v: { version: number; replacedOn: string; sourceName: string }) => [v.version, v.replacedOn, v.sourceName]),
    ).toEqual([
      [1, '2025-10-01', 'seed-ordos-0361.txt'],
      [2, '2025-11-02', 'seed-v2.txt'],
    ]);
    expect(bytesOf(join(content, `${SEED}.v1.source.txt`)).equals(bytesOf(fixture('seed-ordos-0361.txt')))).toBe(true);
    expect(bytesOf(join(content, `${SEED}.v2.source.txt`)).equals(bytesOf(v2))).toBe(true);
    expect(JSON.parse(readFileSync(join(content, `${SEED}.v2.record.json`), 'utf8')).signer).toBe('王立新');
    expect(check(content).stdout).toContain('1 passed, 0 failed');
  });

  it('keeps the other formats of the replaced letter with its version', () => {
    const content = tmp();
    const dir = tmp('src-');
    for (const ext of ['txt', 'docx', 'pdf']) copyFileSync(fixture(`weitang-wjw-0011.${ext}`), join(dir, `weitang.${ext}`));
    expect(ingest('--content', content, dir).code).toBe(0);
    const corrected = join(tmp('src-'), 'weitang-corrected.txt');
    writeFileSync(corrected, readFileSync(fixture('weitang-wjw-0011.txt'), 'utf8').replace('三级甲等', '三级乙等'));
    const r = ingest('--replace', '--content', content, corrected);
    expect(r.code, r.stdout).toBe(0);
    const id = '2023-ta13-2-0011';
    const at = (f: string) => join(content, 'replies/2023', f);
    expect(files(join(content, 'replies/2023'))).toEqual([
      `${id}.mdx`,
      `${id}.source.txt`,
      `${id}.v1.record.json`,
      `${id}.v1.source.docx`,
      `${id}.v1.source.pdf`,
      `${id}.v1.source.txt`,
    ]);
    for (const ext of ['txt', 'docx', 'pdf'])
      expect(bytesOf(at(`${id}.v1.source.${ext}`)).equals(bytesOf(join(dir, `weitang.${ext}`)))).toBe(true);
    const front = frontOf(at(`${id}.mdx`));
    expect(front.otherSources).toBeUndefined();
    expect(front.versions[0].otherSources.map((o: { sourceFile: string; sourceName: string }) => [o.sourceFile, o.sourceName])).toEqual([
      [`${id}.v1.source.docx`, 'weitang.docx'],
      [`${id}.v1.source.pdf`, 'weitang.pdf'],
    ]);
    expect(check(content).stdout).toContain('1 passed, 0 failed');
  });

  it('refuses to replace a letter whose kept original is missing, and changes nothing', () => {
    const content = tmp();
    expect(ingest('--content', content, fixture('seed-ordos-0361.txt')).code).toBe(0);
    rmSync(join(content, `${SEED}.source.txt`));
    const mdx = readFileSync(join(content, `${SEED}.mdx`));
    const r = ingest('--replace', '--content', content, seedV2(tmp('src-')));
    expect(r.code).toBe(1);
    expect(r.lines[0]).toContain(`${join(content, `${SEED}.mdx`)}: its kept file 2025-ta5-4-0361.source.txt is missing`);
    expect(readFileSync(join(content, `${SEED}.mdx`)).equals(mdx)).toBe(true);
    expect(existsSync(join(content, `${SEED}.v1.record.json`))).toBe(false);
  });
});
