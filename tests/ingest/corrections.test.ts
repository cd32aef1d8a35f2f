/** An editor's corrections: given with --set, kept by re-ingest and --replace, checked against the schema. */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archivableLetter, letterMdx } from '../../src/ingest/archive-letter.ts';
import { keptFields, readContentIndex } from '../../src/ingest/content-index.ts';
import { letterText } from '../../src/ingest/read-letter.ts';
import { readLetterMdx } from '../../src/letters/letter-mdx.ts';
import { check, files, fixture, frontOf, ingest, tmp } from './cli-run.ts';

const SEED = 'replies/2025/2025-ta5-4-0361.mdx';
const WARNING = 'date not read from the letter: given by the editor in corrections.date';

/** The seed letter signed `2025 年 九月`: a date ingest cannot read. */
function undatedSeed(): string {
  const path = join(tmp('src-'), 'seed-undated.txt');
  writeFileSync(path, readFileSync(fixture('seed-ordos-0361.txt'), 'utf8').replace('2025 年 9 月 3 日', '2025 年 九月'));
  return path;
}

describe('--set date for a letter whose date ingest cannot read', () => {
  it('is refused without it, naming the date, and ingested with it, the date from the editor', async () => {
    const content = tmp();
    const file = undatedSeed();
    const refused = ingest('--content', content, file);
    expect(refused.code).toBe(1);
    expect(refused.lines[0]).toBe(`refused   ${file}: date not understood: 2025年九月; supply it with --set date=YYYY-MM-DD`);
    expect(files(content)).toEqual([]);

    const r = ingest('--content', content, '--set', 'date=2025-09-12', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.lines[0]).toBe(`ingested  ${file} → ${join(content, SEED)} (corrections: date; warnings: ${WARNING})`);
    const front = frontOf(join(content, SEED));
    expect(front).toMatchObject({ id: '2025-ta5-4-0361', date: '2025-09-12', corrections: { date: '2025-09-12' }, warnings: [WARNING] });
    // The page keeps the date as printed.
    expect(readFileSync(join(content, SEED), 'utf8')).toContain('<Signature>\n\n鄂尔多斯市人民政府\n\n2025 年 九月\n\n</Signature>');

    // Re-derived from its kept original with its kept corrections, as ingest:check does: the same MDX.
    const [letter] = await readContentIndex(content);
    const bytes = new Uint8Array(readFileSync(join(content, 'replies/2025', letter.sourceFile)));
    const again = await archivableLetter(letter.sourceName, bytes, await letterText(letter.sourceName, bytes), keptFields(letter));
    expect(letterMdx(again)).toBe(readFileSync(join(content, SEED), 'utf8'));
    expect(check(content).stdout).toContain('1 passed, 0 failed');

    // The same file again, without --set: found by its text, its corrections kept.
    const dup = ingest('--content', content, file);
    expect(dup.code).toBe(0);
    expect(dup.lines[0]).toBe(`duplicate ${file}: same text as 2025-ta5-4-0361 (seed-undated.txt); kept corrections: date`);
  });

  it('gives them to the one letter a folder holds, its copies included, and refuses another letter', () => {
    const content = tmp();
    const dir = tmp('src-');
    for (const [as, name] of [
      ['a-seed.pdf', 'seed-ordos-0361.pdf'],
      ['a-seed.txt', 'seed-ordos-0361.txt'],
      ['b-heting.txt', 'heting-wl-0064.txt'],
    ]) {
      copyFileSync(fixture(name), join(dir, as));
    }
    const r = ingest('--content', content, '--set', 'category=B', dir);
    expect(r.code).toBe(1);
    expect(r.lines[2]).toBe(
      `refused   ${join(dir, 'b-heting.txt')}: --set corrects one letter, 2025-ta5-4-0361: this is another (2023-ta3-2-0064)`,
    );
    const front = frontOf(join(content, SEED));
    expect([front.sourceName, front.corrections, front.otherSources.length]).toEqual(['a-seed.txt', { category: 'B' }, 1]);
    expect(files(content)).not.toContain('replies/2023');
  });

  it('leaves a date ingest can read as parsed, the correction laid over it', () => {
    const content = tmp();
    expect(ingest('--content', content, '--set', 'date=2025-09-12', fixture('seed-ordos-0361.txt')).code).toBe(0);
    const front = frontOf(join(content, SEED));
    expect(front.date).toBe('2025-09-03');
    expect(front.corrections).toEqual({ date: '2025-09-12' });
    expect(front.warnings).toEqual([]);
    expect(check(content).stdout).toContain('1 passed, 0 failed');
  });
});

describe('--set on an archived letter', () => {
  it('adds and replaces corrections in its MDX, which the site still reads as ingest wrote it', () => {
    const content = tmp();
    const seed = fixture('seed-ordos-0361.txt');
    expect(ingest('--content', content, seed).code).toBe(0);
    const path = join(content, SEED);
    const written = readFileSync(path, 'utf8');

    const r = ingest('--content', content, '--set', 'category=B', '--set', 'addressees=乌力吉仓、张三', seed);
    expect(r.code, r.stderr).toBe(0);
    expect(r.lines[0]).toBe(`corrected  ${seed} → ${path} (category: null → B, addressees: 乌力吉仓 → 乌力吉仓、张三)`);
    expect(r.stdout).toContain('corrected     1');
    const after = readFileSync(path, 'utf8');
    expect(frontOf(path).corrections).toEqual({ category: 'B', addressees: ['乌力吉仓', '张三'] });
    expect(after.replace(/corrections:\n(  .*\n)+/, '')).toBe(written);
    expect(readLetterMdx(path, after).record.corrections?.category).toBe('B');

    const again = ingest('--content', content, '--set', 'category=C', seed);
    expect(again.lines[0]).toBe(`corrected  ${seed} → ${path} (category: B → C)`);
    expect(frontOf(path).corrections).toEqual({ category: 'C', addressees: ['乌力吉仓', '张三'] });
    const same = ingest('--content', content, '--set', 'category=C', seed);
    expect(same.lines[0]).toBe(`corrected  ${seed} → ${path} (it already has these corrections: nothing written)`);
    expect(check(content).stdout).toContain('1 passed, 0 failed');
  });

  it('keeps them when --replace replaces the letter, and says so', () => {
    const content = tmp();
    expect(ingest('--content', content, '--set', 'category=B', '--set', 'date=2025-09-12', fixture('seed-ordos-0361.txt')).code).toBe(0);
    const corrected = join(tmp('src-'), 'seed-corrected.txt');
    writeFileSync(corrected, readFileSync(fixture('seed-ordos-0361.txt'), 'utf8').replace('8450 万元', '8460 万元'));
    const r = ingest('--replace', '--content', content, corrected);
    expect(r.lines[0]).toBe(
      `replaced  ${corrected} → ${join(content, SEED)} (measures: m1-3 changed; kept as version 1; kept corrections: date, category)`,
    );
    expect(frontOf(join(content, SEED)).corrections).toEqual({ category: 'B', date: '2025-09-12' });
    const v1 = JSON.parse(readFileSync(join(content, 'replies/2025/2025-ta5-4-0361.v1.record.json'), 'utf8'));
    expect([v1.category, v1.date]).toEqual(['B', '2025-09-12']);
  });

  it('refuses a file of a letter whose corrections fail the schema, naming the MDX file and the field; the batch goes on', () => {
    const content = tmp();
    expect(ingest('--content', content, fixture('seed-ordos-0361.txt')).code).toBe(0);
    const path = join(content, SEED);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n---\n/, "\ncorrections:\n  categry: 'B'\n  date: 20250912\n---\n"));
    const corrected = join(tmp('src-'), 'seed-corrected.txt');
    writeFileSync(corrected, readFileSync(fixture('seed-ordos-0361.txt'), 'utf8').replace('8450 万元', '8460 万元'));
    const r = ingest('--replace', '--content', content, fixture('seed-ordos-0361.txt'), corrected, fixture('heting-wl-0064.txt'));
    expect(r.code).toBe(1);
    const why = `${path}: corrections.date: Invalid input: expected string, received number; corrections.categry: not a record field`;
    expect(r.lines.slice(0, 3)).toEqual([
      `refused   ${fixture('seed-ordos-0361.txt')}: ${why}`,
      `refused   ${corrected}: ${why}`,
      `ingested  ${fixture('heting-wl-0064.txt')} → ${join(content, 'replies/2023/2023-ta3-2-0064.mdx')}`,
    ]);
  });

  it('refuses a bad --set as a usage error naming it, and writes nothing', () => {
    const content = tmp();
    for (const [arg, message] of [
      ['categry=B', '--set categry=B: categry is not a record field'],
      ['category=E', '--set category=E: Invalid option: expected one of "A"|"B"|"C"|"D"'],
      ['date=2025-02-30', '--set date=2025-02-30: invalid date: 2025-02-30 does not exist'],
    ]) {
      const r = ingest('--content', content, '--set', arg, fixture('seed-ordos-0361.txt'));
      expect(r.code).toBe(2);
      expect(r.stderr.split('\n')[0]).toContain(message);
      expect(r.stderr).toContain('usage: npm run ingest -- ');
    }
    const two = ingest('--content', content, '--set', 'category=B', fixture('seed-ordos-0361.txt'), fixture('heting-wl-0064.txt'));
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('--set corrects one letter: give one FILE');
    expect(files(content)).toEqual([]);
  });
});
