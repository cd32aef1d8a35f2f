/** Sentence helpers for leads and headings. Pure. */

const OPENERS = '“‘《（(「『【〔';
const CLOSERS = '”’》）)」』】〕';
const TERMINAL = /[。！？!?]/;

/** Offset just past the first sentence end outside quotes and brackets, or -1. */
export function firstSentenceEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && TERMINAL.test(ch)) return i + 1;
  }
  const plain = text.search(TERMINAL);
  return plain < 0 ? -1 : plain + 1;
}

/** The first sentence without its closing mark and without white space: a measure's lead. */
export function leadOf(text: string): string {
  const end = firstSentenceEnd(text);
  const sentence = end < 0 ? text : text.slice(0, end);
  return sentence.replace(/[\s\u3000]+/g, '').replace(/[。！？!?；;，,：:]+$/, '');
}

/** True when the text holds no sentence end: a heading-like line such as `（一）推行联合审查`. */
export function isHeadingLike(text: string): boolean {
  const t = text.replace(/[。；;]$/, '');
  return !/[。！？!?]/.test(t) && t.length <= 60;
}
