/**
 * Letter text → MDX text that renders as exactly that text: every character that MDX or
 * Markdown would read as syntax is backslash-escaped. Pure.
 */

// Characters that open JSX, expressions, entities, emphasis, code, links, HTML or escapes anywhere in a line.
const ANYWHERE = /[\\`*_{}\[\]<>&|~!$^]/g;
// Markers that only mean something at the start of a line: headings, lists, quotes, thematic breaks.
const LINE_START = /^([#+=>-]|\d{1,9}(?=[.)]))/;

// MDX reads a paragraph starting with `import` or `export` as JavaScript; a character reference keeps it text.
const ESM_START = /^(?=(import|export)\b)[ie]/;

/** Escapes one paragraph of letter text (no line breaks) for an MDX body. */
export function escapeMdxText(text: string): string {
  // Markdown trims a paragraph's ends: a space there (a paragraph cut before `二 是` in a
  // spaced-out letter) is kept as a character reference.
  return escapeMarkers(text).replace(/^[ \t]+|[ \t]+$/g, (run) => [...run].map((ch) => `&#${ch.charCodeAt(0)};`).join(''));
}

function escapeMarkers(text: string): string {
  const escaped = text.replace(ANYWHERE, (ch) => `\\${ch}`).replace(ESM_START, (ch) => `&#${ch.charCodeAt(0)};`);
  const m = LINE_START.exec(escaped);
  if (!m) return escaped;
  // `1.` starts an ordered list: escape the dot, not the digits.
  if (/^\d/.test(m[1])) return `${m[1]}\\${escaped.slice(m[1].length)}`;
  return `\\${escaped}`;
}
