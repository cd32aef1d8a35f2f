/**
 * What the office has done to the fixture archive since ingest (editor-changes.ts does each as
 * its command or editor does): one letter's record corrected, two letters the public may not see
 * (one printed 依申请公开, one corrected to 不予公开), one withdrawn, one replaced twice by
 * corrected GB18030 files, one kept in two more formats. The global setup applies them to the
 * ingested content; the tests read what to expect from here.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Corrections } from '../../src/record/record-schema.ts';
import { correct, replaceLetter, withdraw } from './editor-changes.ts';
import { root } from './paths.ts';

/** A letter whose 答复类别 and 签发人 an editor corrected (it printed A, and no 签发人). */
export const CORRECTED = { id: '2024-ta9-3-0127', corrections: { category: 'B', signer: '周立新' } satisfies Corrections };

/** The national ministry's variant letter, printed 依申请公开 instead of 主动公开. */
export const ON_REQUEST = {
  id: '2024-jy14-2-1234',
  file: 'tests/fixtures-variants/national-ministry-footers-disclosure.txt',
  text: (t: string) => t.replace('公开属性：主动公开', '公开属性：依申请公开'),
};
/** A letter that printed no 公开属性, corrected by an editor to 不予公开. */
export const NOT_DISCLOSED = { id: '2025-jy19-4-208', corrections: { disclosure: '不予公开' } satisfies Corrections };
/** The letters a public build holds back, with their (corrected) 公开属性. */
export const HELD_BACK_LETTERS = [
  { id: ON_REQUEST.id, disclosure: '依申请公开' },
  { id: NOT_DISCLOSED.id, disclosure: '不予公开' },
] as const;

/** A letter withdrawn: published by mistake. */
export const WITHDRAWN = { id: '2025-jy17-4-136', on: '2025-10-08', reason: '误发：含个人联系方式' };

/** A letter from a GB18030 file, replaced twice by corrected files (also GB18030): 1420 → 1430 → 1432 艘. */
export const VERSIONED = {
  id: '2026-jy20-5-12',
  original: 'tests/fixtures/wuyu-xzf-12.gb18030.txt',
  replacements: [
    { name: 'wuyu-xzf-12-corrected.txt', from: '渔船 1420 艘', to: '渔船 1430 艘', replacedOn: '2026-07-01' },
    { name: 'wuyu-xzf-12-corrected-2.txt', from: '渔船 1430 艘', to: '渔船 1432 艘', replacedOn: '2026-07-20' },
  ],
};

/** The seed letter, given to one ingest run as .txt, .docx and .pdf: archived from its .txt, the other two kept as downloads. */
export const OTHER_FORMATS = {
  id: '2025-ta5-4-0361',
  files: ['tests/fixtures/seed-ordos-0361.docx', 'tests/fixtures/seed-ordos-0361.pdf'],
};

/** The variant file written for ingest into `scratch`: the fixture letter printed 依申请公开. */
export function onRequestFile(scratch: string): string {
  const file = path.join(scratch, 'national-ministry-on-request.txt');
  fs.mkdirSync(scratch, { recursive: true });
  fs.writeFileSync(file, ON_REQUEST.text(fs.readFileSync(path.join(root, ON_REQUEST.file), 'utf8')));
  return file;
}

/** Applies the changes above to the ingested `content` (which holds the variant), using `scratch` for the corrected files. */
export function applyFixtureChanges(content: string, scratch: string): void {
  correct(content, CORRECTED.id, CORRECTED.corrections);
  correct(content, NOT_DISCLOSED.id, NOT_DISCLOSED.corrections);
  withdraw(content, WITHDRAWN.id, WITHDRAWN.on, WITHDRAWN.reason);
  let text = iconv.decode(fs.readFileSync(path.join(root, VERSIONED.original)), 'gb18030');
  for (const r of VERSIONED.replacements) {
    if (!text.includes(r.from)) throw new Error(`${VERSIONED.original}: no “${r.from}” to correct`);
    text = text.replace(r.from, r.to);
    const file = path.join(scratch, r.name);
    fs.writeFileSync(file, iconv.encode(text, 'gb18030'));
    replaceLetter(content, VERSIONED.id, file, r.replacedOn);
  }
}
