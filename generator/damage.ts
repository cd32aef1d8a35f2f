/**
 * What printing and text extraction do to a letter, applied to its paragraphs: page footers
 * (`- 2 -`, `第2页/共3页` …) and running headers (the title, a number, the unit) between
 * paragraphs; full-width indents; hard-wrapped lines without blank lines, with an enumerator
 * split over two lines; a space between every character. Deterministic for its inputs.
 */
import type { Layout } from './layout.ts';

/** A paragraph and what it is: the frame (head and foot lines), body text, or a pasted table. */
export type Block = { text: string; kind: 'frame' | 'body' | 'table' };

/** The decisions damage needs, drawn by the caller. */
export type DamagePlan = { pageBytes: number; width: number; header: string };

function footerText(form: Layout['footer'], k: number, n: number): string {
  switch (form) {
    case '第2页/共3页':
      return `第${k}页/共${n}页`;
    case '- 2 -':
      return `- ${k} -`;
    case '· 2 ·':
      return `· ${k} ·`;
    case '— 2 —':
      return `— ${k} —`;
    case '第 2 页 共 4 页':
      return `第 ${k} 页 共 ${n} 页`;
    default:
      return `-${k}-`;
  }
}

/** Page footers (and running headers) after every `pageBytes` of body text, and one at the end. */
function paginate(blocks: Block[], l: Layout, d: DamagePlan): Block[] {
  if (l.footer === 'none') return blocks;
  const bodyIdx = blocks.flatMap((b, i) => (b.kind === 'frame' ? [] : [i]));
  const breaks = new Set<number>();
  let acc = 0;
  for (const i of bodyIdx.slice(0, -1)) {
    acc += Buffer.byteLength(blocks[i].text);
    if (acc >= d.pageBytes) {
      breaks.add(i);
      acc = 0;
    }
  }
  if (!breaks.size && bodyIdx.length > 1) breaks.add(bodyIdx[Math.floor(bodyIdx.length / 2) - 1] ?? bodyIdx[0]);
  const pages = breaks.size + 1;
  const out: Block[] = [];
  let page = 1;
  blocks.forEach((b, i) => {
    if (i === blocks.length - 1) out.push({ text: footerText(l.footer, pages, pages), kind: 'frame' });
    out.push(b);
    if (!breaks.has(i)) return;
    out.push({ text: footerText(l.footer, page++, pages), kind: 'frame' });
    if (l.runningHeader !== 'none') out.push({ text: d.header, kind: 'frame' });
  });
  return out;
}

/** Punctuation a typeset line never starts with (it stays at the end of the line before). */
const NO_LINE_START = new Set('。，、；：！？）》”’%'.split(''));

/** Breaks a line into lines of about `width` characters; `\0` forces a break. */
function wrap(line: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of line) {
    if (ch === '\0') {
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    if (cur.length >= width && !NO_LINE_START.has(ch)) {
      out.push(cur);
      cur = '';
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** Marks one inline `二是`…`九是` of a body paragraph to be split after its numeral; false if none. */
function markSplit(blocks: Block[]): boolean {
  for (const b of blocks) {
    if (b.kind !== 'body') continue;
    const at = b.text.search(/[二三四五六七八九]是/);
    if (at > 0) {
      b.text = `${b.text.slice(0, at + 1)}\0${b.text.slice(at + 1)}`;
      return true;
    }
  }
  return false;
}

/** The letter's text from its blocks (the last block is the fiction marker and stays as it is). */
export function damage(blocks: Block[], l: Layout, d: DamagePlan): string {
  const bs = paginate(
    blocks.map((b) => ({ ...b })),
    l,
    d,
  );
  const indent = (b: Block) => (l.indent === 'fullWidth' && b.kind === 'body' ? `　　${b.text}` : b.text);
  if (l.damage === 'splitEnumerator' && !markSplit(bs)) l.damage = 'hardWrap';
  let text: string;
  if (l.damage === 'hardWrap' || l.damage === 'splitEnumerator') {
    text = bs
      .map((b) => {
        const t = indent(b);
        if (b.kind !== 'body') return t;
        return t
          .split(/\n+/)
          .flatMap((line) => wrap(line, d.width))
          .join('\n');
      })
      .join('\n');
  } else {
    text = bs.map(indent).join('\n\n');
  }
  if (l.damage === 'spacedChars') {
    const lines = text.split('\n');
    const last = lines.length - 1;
    text = lines.map((line, i) => (i === last ? line : [...line].join(' '))).join('\n');
  }
  return `${text}\n`;
}
