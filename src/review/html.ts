/**
 * The review page's HTML pieces that every part of it uses: escaping, a value's text, a value as code.
 */

/** Text → HTML text or attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A field's value as text: a string as it is, null or undefined as '', anything else by String(). */
export const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** A value as `<code>`, escaped. */
export const code = (s: unknown) => `<code>${escapeHtml(str(s))}</code>`;
