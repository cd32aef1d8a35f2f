/**
 * The comparison rule of record-format.md: strings compared after removing all white space and
 * folding full-width and half-width punctuation to one form. Extra fields of ours are dropped.
 */

const FOLD: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')' };

/** A record value in comparable form: white space removed, punctuation folded, extras dropped. */
export function comparable(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\s\u3000]+/g, '').replace(/[，：；（）]/g, (c) => FOLD[c]);
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    // Our extras: anchors on sections and items, and each item's own terms.
    const entries = Object.entries(value).filter(([k]) => k !== 'anchor' && !(k === 'terms' && 'lead' in value));
    return Object.fromEntries(entries.map(([k, v]) => [k, comparable(v)]));
  }
  return value;
}
