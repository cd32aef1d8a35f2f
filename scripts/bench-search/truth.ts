/**
 * Ground truth for the search benchmark, from a built site: each letter's rendered text (the
 * `data-pagefind-body` article, tags stripped, blocks on their own lines, `data-pagefind-ignore`
 * parts dropped) and its record; queries drawn from them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { renderedText } from './page-text.ts';

export interface BenchLetter {
  url: string;
  text: string;
  number: string | null;
  docNumber: string | null;
  session: string;
  kind: string;
  addressees: string[];
}

/** Every letter of the built site in `dist`. */
export function loadLetters(dist: string): BenchLetter[] {
  const list = JSON.parse(fs.readFileSync(path.join(dist, 'records.json'), 'utf8')) as { page: string; record: string }[];
  return list.map((item) => {
    const local = (u: string) => path.join(dist, u.slice(u.indexOf('/replies/')));
    const r = JSON.parse(fs.readFileSync(local(item.record), 'utf8'));
    return {
      url: item.page,
      text: renderedText(fs.readFileSync(path.join(local(item.page), 'index.html'), 'utf8')),
      number: r.number,
      docNumber: r.docNumber,
      session: `${r.assembly}${r.session?.label ?? ''}`,
      kind: r.kind === 'proposal' ? '提案' : '建议',
      addressees: r.addressees,
    };
  });
}

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Query {
  cls: string;
  q: string;
}

const strip = (n: string) => String(Number(n));

/** Queries drawn from the archive: CJK substrings, member names, numbers and 文号 in several forms. */
export function drawQueries(letters: BenchLetter[], per: number, seed: number): Query[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const out: Query[] = [];
  const seen = new Set<string>();
  const push = (cls: string, q: string) => {
    if (!seen.has(cls + q)) {
      seen.add(cls + q);
      out.push({ cls, q });
    }
  };
  for (let i = 0, tries = 0; out.length < per && tries < per * 50; tries++) {
    const runs = pick(letters).text.match(/[\u3400-\u9fff]{2,}/gu) ?? [];
    if (!runs.length) continue;
    const run = pick(runs);
    const len = Math.min(run.length, 2 + Math.floor(rand() * 5));
    const at = Math.floor(rand() * (run.length - len + 1));
    push('substring', run.slice(at, at + len));
    i++;
  }
  const names = [...new Set(letters.flatMap((l) => l.addressees.filter((a) => a.length <= 4)))];
  for (let i = 0; i < per && names.length; i++) push('name', pick(names));
  const numbered = letters.filter((l) => l.number);
  for (let i = 0; i < per && numbered.length; i++) {
    const l = pick(numbered);
    const n = l.number!;
    const form = i % 5;
    push(
      'number',
      [n, strip(n), `第${strip(n)}号`, `${strip(n)}号${l.kind}`, `${l.session.replace(/^.*?(\S+届\S+会议)$/u, '$1')}第${n}号`][form],
    );
  }
  const docs = letters.filter((l) => l.docNumber && /〔\d{4}〕\d+号$/u.test(l.docNumber));
  for (let i = 0; i < per && docs.length; i++) {
    const d = pick(docs).docNumber!;
    const m = /〔(\d{4})〕0*(\d+)号$/u.exec(d)!;
    push('docnumber', [d, `〔${m[1]}〕${m[2]}`, `${m[2]}号`][i % 3]);
  }
  return out;
}

/** The letters a query should find: exact substring for text; the record's number or 文号 for numbers. */
export function truth(letters: BenchLetter[], { cls, q }: Query): Set<string> {
  const s = q.normalize('NFKC').replace(/^["“”](.+)["“”]$/u, '$1');
  const urls = (f: (l: BenchLetter) => boolean) => new Set(letters.filter(f).map((l) => l.url));
  const num = /^(.*?)第?0*(\d+)号?(提案|建议)?$/u.exec(s);
  const doc = /〔(\d{4})〕0*(\d+)号?$/u.exec(s);
  const serial = (l: BenchLetter) => /〔(\d{4})〕0*(\d+)号$/u.exec(l.docNumber ?? '');
  if (cls === 'docnumber' && doc) {
    const full = s.startsWith('〔') ? null : s;
    return urls((l) => {
      const m = serial(l);
      return !!m && m[1] === doc[1] && m[2] === String(Number(doc[2])) && (!full || l.docNumber === full);
    });
  }
  if ((cls === 'number' || cls === 'docnumber') && num) {
    const n = String(Number(num[2]));
    const session = num[1];
    return urls(
      (l) =>
        (l.number !== null &&
          String(Number(l.number)) === n &&
          (!session || l.session.includes(session)) &&
          (!num[3] || l.kind === num[3])) ||
        (!session && !num[3] && serial(l)?.[2] === n),
    );
  }
  return urls((l) => l.text.includes(s));
}
