import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLetterMdx } from './letter-mdx.ts';
import { letterStore, letterStoreWriter, listedRecord } from './letter-store.ts';
import { recordJson } from './open-record.ts';

const FILE = 'content/replies/2025/2025-ta5-4-0361.mdx';
const { record, body } = readLetterMdx(
  FILE,
  fs.readFileSync(path.join(import.meta.dirname, '../../tests/golden/seed-ordos-0361.mdx'), 'utf8'),
);
const entry = (digest: string) => ({ id: record.id, digest, filePath: FILE, data: listedRecord(record) });
const json = recordJson(record, '/replies/2025/2025-ta5-4-0361/');

let cache: string;
beforeEach(() => {
  cache = fs.mkdtempSync(path.join(os.tmpdir(), 'letter-store-'));
});
afterEach(() => fs.rmSync(cache, { recursive: true, force: true }));

describe('the letter store', () => {
  it('gives back what the loader put in: the letter, its body, outline, record and record.json', async () => {
    const writer = await letterStoreWriter(cache);
    expect(writer.has({ id: record.id, digest: 'd1' })).toBe(false);
    await writer.put({ id: record.id, digest: 'd1' }, record, body, json);
    await writer.finish([entry('d1')]);
    expect(writer.has({ id: record.id, digest: 'd1' })).toBe(true);
    const store = letterStore(cache);
    const [letter] = await store.letters();
    expect(letter).toEqual(entry('d1'));
    expect(store.body(letter)).toEqual(body);
    expect(store.record(letter)).toEqual(record);
    expect(fs.readFileSync(store.recordFile(letter), 'utf8')).toBe(json);
    expect(await store.withdrawn()).toEqual([]);
  });

  it('lists the withdrawn letters it was given, by id', async () => {
    const writer = await letterStoreWriter(cache);
    const w = (id: string) => ({ id, year: '2024', on: '2025-10-08', filePath: `content/withdrawn/2024/${id}.mdx` });
    await writer.finish([], [w('b'), w('a')]);
    expect(await letterStore(cache).withdrawn()).toEqual([w('a'), w('b')]);
  });

  it('removes the files of a version no longer listed', async () => {
    const writer = await letterStoreWriter(cache);
    await writer.put({ id: record.id, digest: 'old' }, record, body, json);
    await writer.put({ id: record.id, digest: 'new' }, record, body, json);
    await writer.finish([entry('new')]);
    expect(writer.has({ id: record.id, digest: 'old' })).toBe(false);
    expect(writer.has({ id: record.id, digest: 'new' })).toBe(true);
  });

  it.each([
    [
      'a record that is not one',
      'letters.json',
      (t: string) => t.replace('"2025-09-03"', '"2025-9-3"'),
      'letters',
      /letters\.json: 0\.data\.date: /,
    ],
    [
      'an outline that is not one',
      'letter-outlines',
      (t: string) => t.replace('"m1-1"', '"x1-1"'),
      'outline',
      /\.json: sections\.0\.measures\.0\.anchor: /,
    ],
    ['a body that is not one', 'letter-bodies', (t: string) => t.replace('"Section"', '"Script"'), 'body', /letter-bodies\/.*\.json: /],
  ])('refuses %s, naming its file', async (_what, where, change, part, message) => {
    const writer = await letterStoreWriter(cache);
    await writer.put({ id: record.id, digest: 'd1' }, record, body, json);
    await writer.finish([entry('d1')]);
    const file = where === 'letters.json' ? path.join(cache, where) : path.join(cache, where, `${record.id}-d1.json`);
    fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
    const store = letterStore(cache);
    const read = part === 'letters' ? () => store.letters() : async () => (part === 'body' ? store.body : store.outline)(entry('d1'));
    await expect(read()).rejects.toThrow(message);
  });

  it('names the letter whose files are missing', async () => {
    await (await letterStoreWriter(cache)).finish([entry('d1')]);
    expect(() => letterStore(cache).body(entry('d1'))).toThrow(`${FILE}: its body is not in the letter store`);
  });
});
