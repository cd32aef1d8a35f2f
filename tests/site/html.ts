/** Reading the built site in tests: files of dist, parsed HTML, element text, page lookup by URL. */
import fs from 'node:fs';
import path from 'node:path';
import { parse, ELEMENT_NODE, TEXT_NODE } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { distDir } from './paths.ts';

export type Node = ReturnType<typeof parse>;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML character references Astro writes. */
export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (entities[e] ?? m),
  );
}

/** The file a site URL path is served from (`/a/` → `a/index.html`), or null if none. */
export function fileFor(urlPath: string): string | null {
  const p = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  const f = path.join(distDir, p);
  if (p.endsWith('/')) return fs.existsSync(path.join(f, 'index.html')) ? path.join(f, 'index.html') : null;
  return fs.existsSync(f) && fs.statSync(f).isFile() ? f : null;
}

/** Parsed HTML of the page at a URL path. */
export function page(urlPath: string): Node {
  const f = fileFor(urlPath);
  if (!f) throw new Error(`no page at ${urlPath}`);
  return parse(fs.readFileSync(f, 'utf8'));
}

export const $ = (node: Node, sel: string): Node | undefined => querySelector(node, sel) ?? undefined;
export const $$ = (node: Node, sel: string): Node[] => querySelectorAll(node, sel);

/** An element's text content, character references decoded. */
export function text(node: Node | undefined): string {
  if (!node) return '';
  if (node.type === TEXT_NODE) return decode(node.value);
  if (node.type !== ELEMENT_NODE && !node.children) return '';
  return (node.children ?? []).map(text).join('');
}

/** Every HTML file of the build, as site paths (`/replies/2025/x/index.html`). */
export function htmlFiles(dir = distDir): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => '/' + path.relative(distDir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}
