/**
 * The printed paragraphs of a section and of the next steps, in each item style of layout.ts:
 * `一是` and `①` inline, `（一）` sub-heading lines or inline, `1.` `1．` `1、` `（1）` `第一，`
 * and bullets on their own lines, two levels (`（一）` → `1.`, `1、` → `（1）`), and sections
 * written with `首先/其次` or `一方面/另一方面` only, which have no items.
 */
import { cnCount } from './cn-numbers.ts';
import type { Body, Measure, Section } from './compose-body.ts';

const cn = (i: number) => cnCount(i + 1);
const circled = (i: number) => String.fromCharCode(0x2460 + i);
const item = (m: Measure) => `${m.lead}。${m.body.join('')}`;

/** The enumerator of item i in a one-level style printed on its own line. */
const LINE_MARKS: Record<string, (i: number) => string> = {
  '（一）inline': (i) => `（${cn(i)}）`,
  '1.': (i) => `${i + 1}. `,
  '1．': (i) => `${i + 1}．`,
  '1、': (i) => `${i + 1}、`,
  '（1）': (i) => `（${i + 1}）`,
  '①lines': circled,
  '第一，paras': (i) => `第${cn(i)}，`,
  '●': () => '●',
  '■': () => '■',
  '◆': () => '◆',
  '——': () => '——',
};

/** The paragraphs of one section's content (its heading excluded). */
function content(s: Section): string[] {
  const ms = s.measures;
  const mark = LINE_MARKS[s.style];
  if (mark) return ms.map((m, i) => `${mark(i)}${item(m)}`);
  switch (s.style) {
    case '一是':
      return [(s.intro ?? '') + ms.map((m, i) => `${cn(i)}是${item(m)}`).join('')];
    case '①inline':
      return [(s.intro ?? '') + ms.map((m, i) => `${circled(i)}${item(m)}`).join('')];
    case '第一，inline':
      return [ms.map((m, i) => `第${cn(i)}，${item(m)}`).join('')];
    case '（一）subhead':
      return ms.flatMap((m, i) => [`（${cn(i)}）${m.lead}`, m.body.join('')]);
    case '（一）→1.':
      return s.groups!.flatMap((g, k) => [`（${cn(k)}）${g.heading}`, ...g.measures.map((m, i) => `${i + 1}. ${item(m)}`)]);
    case '1、→（1）':
      return s.groups!.flatMap((g, k) => [`${k + 1}、${g.heading}`, ...g.measures.map((m, i) => `（${i + 1}）${item(m)}`)]);
    case '首先/其次':
    case '一方面/另一方面':
      return [s.prose.map((t, i) => `${s.openers[i] ?? ''}${t}`).join('')];
    default:
      return s.prose;
  }
}

/** The printed paragraphs of one section, its `一、` heading first (if it has one). */
export function sectionParagraphs(s: Section, index: number): string[] {
  const head = s.heading === null ? [] : [`${cn(index)}、${s.heading}`];
  return [...head, ...content(s), ...s.extra];
}

/** The printed paragraphs of the next steps; `index` is the number its heading would take. */
export function nextParagraphs(b: Body, index: number): string[] {
  const n = b.next;
  const items = n.items;
  switch (n.form) {
    case 'parenLines':
      return [n.intro, ...items.map((t, i) => `（${cn(i)}）${t}。`)];
    case 'numberLines':
      return [n.intro, ...items.map((t, i) => `${i + 1}. ${t}。`)];
    case 'heading':
      return [`${cn(index)}、${n.heading}`, n.intro + items.map((t, i) => `${cn(i)}是${t}。`).join('')];
    case 'prose':
      return [n.intro];
    default:
      return [n.intro + items.map((t, i) => `${cn(i)}是${t}。`).join('')];
  }
}
