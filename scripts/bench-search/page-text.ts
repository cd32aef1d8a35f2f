/**
 * A letter page's text as Pagefind indexes it: its `data-pagefind-body` article, tags stripped,
 * blocks on their own lines, `data-pagefind-ignore` parts (permalinks, cross-link asides) dropped.
 * The search benchmark takes its ground truth from it (truth.ts).
 */

const block = /<\/?(?:p|div|h[1-6]|li|ul|ol|section|dl|table|tr|br)\b[^>]*>/gi;
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** `html` without the elements marked `data-pagefind-ignore` (and all they hold), as Pagefind indexes it. */
export function dropIgnored(html: string): string {
  const open = /<([a-z][\w-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
  let out = '';
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    out += html.slice(from, m.index);
    const tag = m[1].toLowerCase();
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    re.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = re.exec(html); t; t = re.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    from = end;
    open.lastIndex = end;
  }
  return out + html.slice(from);
}

/** The letter page's indexed text: its `data-pagefind-body` article without the ignored parts. */
export function renderedText(html: string): string {
  const a = html.indexOf('<article data-pagefind-body');
  const b = html.indexOf('</article>', a);
  let s = dropIgnored(html.slice(a, b));
  s = s.replace(block, '\n').replace(/<[^>]+>/g, '');
  return s.replace(
    /&(#?\w+);/g,
    (m, e) =>
      entities[e] ??
      (e.startsWith('#x')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : m),
  );
}
