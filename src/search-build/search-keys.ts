/**
 * Build time: the search's key index, `search/keys/<shard>.json` beside `pagefind/`. It maps each
 * proposal/suggestion number (without leading zeros), each 文号 serial and each member's name to
 * the letters that carry it, so the search element lists exact matches first without asking
 * Pagefind (which matches prefixes: 3 → 30, 300). Read from the written site: `records.json`
 * and each letter's `record.json`. Shards are small (SHARDS of them); one query fetches one.
 *
 * A shard: `{ "L": [[url, title, session, number, docNumber, kind, year, unit, category]…],
 *             "n": { "361": [0] }, "d": { "333": [0] }, "m": { "乌力吉仓": [0] } }`.
 */
import fs from 'node:fs';
import path from 'node:path';
// The browser's query reading, shared with the build so both normalise numbers and names alike.
import { SHARDS, docSerial, shardOf } from '../client/search-query.ts';

const kindLabel: Record<string, string> = { proposal: '提案', suggestion: '建议' };

type Entry = [string, string, string, string, string, string, string, string, string];
interface Shard {
  L: Entry[];
  n: Record<string, number[]>;
  d: Record<string, number[]>;
  m: Record<string, number[]>;
}

interface OpenRecord {
  id: string;
  title: string | null;
  proposalTitle: string | null;
  docNumber: string | null;
  kind: string;
  assembly: string;
  session: { label: string } | null;
  number: string | null;
  addressees: string[];
  replyingUnit: string;
  category: string | null;
}

/** Writes the key index of the site in `dist`; returns how many letters and shards. */
export function writeSearchKeys(dist: string): { letters: number; shards: number; bytes: number } {
  const list = JSON.parse(fs.readFileSync(path.join(dist, 'records.json'), 'utf8')) as { page: string; record: string }[];
  const shards = new Map<number, Shard>();
  const shard = (key: string): Shard => {
    const i = shardOf(key) as number;
    if (!shards.has(i)) shards.set(i, { L: [], n: {}, d: {}, m: {} });
    return shards.get(i)!;
  };
  const add = (s: Shard, map: 'n' | 'd' | 'm', key: string, e: Entry) => {
    let at = s.L.indexOf(e);
    if (at < 0) at = s.L.push(e) - 1;
    (s[map][key] ??= []).includes(at) || s[map][key].push(at);
  };
  for (const item of list) {
    const r = JSON.parse(fs.readFileSync(path.join(dist, item.record.slice(item.record.indexOf('/replies/'))), 'utf8')) as OpenRecord;
    const year = /^\/?(?:.*\/)?replies\/(\d{4})\//.exec(item.page)?.[1] ?? '';
    const e: Entry = [
      item.page,
      r.title ?? r.proposalTitle ?? r.id,
      r.session ? `${r.assembly}${r.session.label}` : r.assembly,
      r.number ?? '',
      r.docNumber ?? '',
      kindLabel[r.kind] ?? r.kind,
      year,
      r.replyingUnit,
      r.category ?? '',
    ];
    if (r.number && /^\d+$/.test(r.number)) add(shard(String(Number(r.number))), 'n', String(Number(r.number)), e);
    const doc = r.docNumber ? docSerial(r.docNumber) : null;
    if (doc) add(shard(doc.serial), 'd', doc.serial, e);
    for (const name of new Set(r.addressees)) add(shard(name), 'm', name, e);
  }
  const out = path.join(dist, 'search', 'keys');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < SHARDS; i++) {
    const text = JSON.stringify(shards.get(i) ?? { L: [], n: {}, d: {}, m: {} });
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(out, `${i}.json`), text);
  }
  return { letters: list.length, shards: SHARDS, bytes };
}
