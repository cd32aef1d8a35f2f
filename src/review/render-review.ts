/**
 * The review page: one self-contained static HTML file (inline CSS, no script, lang="zh-CN")
 * showing each letter's record, every field labelled in Chinese, beside the text of its kept
 * original. Letters with warnings come first, then the rest; each group by date, then id.
 * Pure: takes the letters, returns the HTML. Every piece of letter text is escaped.
 */
import { category as categoryNames, kind as kindNames, lang } from '../i18n/zh-CN.ts';
import { fieldLabels, reviewText as t } from './labels.ts';
import type { ReviewLetter } from './load-review.ts';

/** Text → HTML text or attribute value. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const warningsOf = (l: ReviewLetter): unknown[] => (Array.isArray(l.front.warnings) ? l.front.warnings : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** Letters with warnings first, then the rest; within each, by date (oldest first), then id. */
export function orderForReview(letters: readonly ReviewLetter[]): ReviewLetter[] {
  return [...letters].sort((a, b) =>
    Number(warningsOf(b).length > 0) - Number(warningsOf(a).length > 0)
    || str(a.front.date).localeCompare(str(b.front.date))
    || str(a.front.id).localeCompare(str(b.front.id)));
}

/** `2026-03-05 09:07`, local time. */
export function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

const missing = () => `<span class="missing">${escapeHtml(t.missing)}</span>`;
const empty = () => `<span class="empty">${escapeHtml(t.empty)}</span>`;
const code = (s: unknown) => `<code>${escapeHtml(str(s))}</code>`;

function termsHtml(terms: unknown): string {
  if (!Array.isArray(terms) || !terms.length) return '';
  return ` <span class="terms">${terms.map((x) => `<span class="term">${escapeHtml(str(x))}</span>`).join('')}</span>`;
}

/** Any value, generically: null, text, a list of texts, or (as a last resort) its JSON. */
function generic(v: unknown): string {
  if (v === null || v === undefined || v === '') return missing();
  if (Array.isArray(v)) {
    if (!v.length) return empty();
    if (v.every((x) => typeof x !== 'object' || x === null)) return `<ul>${v.map((x) => `<li>${escapeHtml(str(x))}</li>`).join('')}</ul>`;
  }
  if (typeof v === 'object') return `<pre class="json">${escapeHtml(JSON.stringify(v, null, 2))}</pre>`;
  return escapeHtml(str(v));
}

/** One field's value as HTML. */
export function fieldValue(key: string, v: unknown): string {
  if (v === null || v === undefined) return missing();
  switch (key) {
    case 'kind':
      return escapeHtml(v === 'proposal' ? kindNames.proposal : v === 'suggestion' ? kindNames.suggestion : str(v)) + ' ' + code(v);
    case 'category': {
      const name = (categoryNames as Record<string, string>)[str(v)];
      return `${code(v)}${name ? ' ' + escapeHtml(name) : ''}`;
    }
    case 'session': {
      if (typeof v !== 'object') return generic(v);
      const s = v as Record<string, unknown>;
      return `${escapeHtml(str(s.label))} <span class="aside">（${escapeHtml(t.term(Number(s.term)))}，${escapeHtml(t.meeting(Number(s.meeting)))}）</span>`;
    }
    case 'contact': {
      if (typeof v !== 'object') return generic(v);
      const c = v as Record<string, unknown>;
      return `<dl class="sub"><dt>${escapeHtml(t.contactName)}</dt><dd>${c.name == null ? missing() : escapeHtml(str(c.name))}</dd>`
        + `<dt>${escapeHtml(t.contactPhone)}</dt><dd>${c.phone == null ? missing() : escapeHtml(str(c.phone))}</dd></dl>`;
    }
    case 'sections': {
      if (!Array.isArray(v)) return generic(v);
      if (!v.length) return empty();
      return `<ol class="sections">${v.map((s: Record<string, unknown>) => {
        const measures = Array.isArray(s.measures) ? s.measures : [];
        return `<li>${code(s.anchor)} ${s.heading == null ? `<span class="missing">${escapeHtml(t.noHeading)}</span>` : `<strong>${escapeHtml(str(s.heading))}</strong>`}`
          + (measures.length
            ? `<ol class="measures">${measures.map((m: Record<string, unknown>) => `<li>${code(m.anchor)} ${escapeHtml(str(m.lead))}${termsHtml(m.terms)}</li>`).join('')}</ol>`
            : '')
          + '</li>';
      }).join('')}</ol>`;
    }
    case 'nextSteps': {
      if (!Array.isArray(v)) return generic(v);
      if (!v.length) return empty();
      return `<ol class="measures">${v.map((n: Record<string, unknown>) => `<li>${code(n.anchor)} ${escapeHtml(str(n.lead))}${termsHtml(n.terms)}</li>`).join('')}</ol>`;
    }
    case 'editorLinks': {
      if (typeof v !== 'object') return generic(v);
      const e = v as Record<string, unknown>;
      const list = (links: unknown) => (Array.isArray(links) && links.length
        ? `<ul>${links.map((l: Record<string, unknown>) => `<li>${code(l.from)} → ${code(l.to)}</li>`).join('')}</ul>`
        : empty());
      return `<dl class="sub"><dt>${escapeHtml(t.add)}</dt><dd>${list(e.add)}</dd><dt>${escapeHtml(t.remove)}</dt><dd>${list(e.remove)}</dd></dl>`;
    }
    case 'warnings':
      return Array.isArray(v) && v.length ? `<ul class="warnings">${v.map((w) => `<li>${escapeHtml(str(w))}</li>`).join('')}</ul>` : empty();
    case 'sourceSha256':
    case 'textSha256':
      return code(v);
    default:
      return generic(v);
  }
}

/** The record: every field of the frontmatter, known ones in order under their Chinese label, then any others. */
function recordHtml(front: Record<string, unknown>): string {
  const known = new Set(fieldLabels.map(([k]) => k));
  const rows = [
    ...fieldLabels.map(([k, label]) => [k, label] as const),
    ...Object.keys(front).filter((k) => !known.has(k)).map((k) => [k, k] as const),
  ];
  return `<dl class="record">${rows.map(([k, label]) =>
    `<div class="field" data-field="${escapeHtml(k)}"><dt>${escapeHtml(label)} <span class="key">${escapeHtml(k)}</span></dt><dd>${fieldValue(k, front[k])}</dd></div>`).join('')}</dl>`;
}

function sourceHtml(l: ReviewLetter): string {
  const what = l.sourceExt === 'txt' ? t.sourceFromTxt : t.sourceExtracted(`.${l.sourceExt}`);
  const body = l.sourceText !== null
    ? `<pre class="source-text">${escapeHtml(l.sourceText)}</pre>`
    : `<p class="error">${escapeHtml(t.sourceError)}：${escapeHtml(l.sourceError ?? '')}</p>`;
  return `<p class="aside">${escapeHtml(what)}：${code(l.front.sourceFile)}</p>${body}`;
}

const anchorOf = (l: ReviewLetter, i: number) => `letter-${i + 1}`;
const headingOf = (l: ReviewLetter) => str(l.front.title) || str(l.front.proposalTitle) || str(l.front.id) || l.path;

function letterHtml(l: ReviewLetter, i: number): string {
  const warned = warningsOf(l).length > 0;
  return `<article id="${anchorOf(l, i)}" class="letter${warned ? ' warned' : ''}" data-id="${escapeHtml(str(l.front.id))}">
<h2><span class="n">${i + 1}.</span> ${escapeHtml(headingOf(l))}${warned ? ` <span class="badge">${escapeHtml(t.hasWarnings)}</span>` : ''}</h2>
<p class="meta">${code(l.front.id)} · ${escapeHtml(t.mdx)} ${code(l.path)} · ${escapeHtml(t.modified)} ${escapeHtml(formatTime(l.modified))}</p>
<div class="pair">
<section class="record-side"><h3>${escapeHtml(t.record)}</h3>${recordHtml(l.front)}</section>
<section class="source-side"><h3>${escapeHtml(t.source)}</h3>${sourceHtml(l)}</section>
</div>
</article>`;
}

const css = `
*{box-sizing:border-box}
body{margin:0;padding:1rem 1.5rem;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","SimSun",sans-serif;color:#1a1a1a;background:#fff}
h1{font-size:1.5rem;margin:.2rem 0 .5rem}
h2{font-size:1.15rem;margin:0 0 .3rem}
h3{font-size:1rem;margin:.2rem 0 .5rem;color:#444}
code{font-family:"Noto Sans Mono CJK SC",Consolas,monospace;font-size:.85em;background:#f3f3f3;padding:0 .25em;border-radius:2px;word-break:break-all}
.aside,.meta,.key{color:#666;font-size:.85em}
.key{display:block;font-weight:normal;font-family:Consolas,monospace}
nav ol{columns:2;margin:.3rem 0 1rem;padding-left:1.8rem}
.letter{border-top:3px solid #999;padding:1rem 0 1.5rem;break-before:page}
.letter.warned{border-top-color:#b45309}
.badge{display:inline-block;background:#fef3c7;color:#92400e;border:1px solid #d97706;border-radius:3px;padding:0 .4em;font-size:.8em;font-weight:normal}
.pair{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem;align-items:start}
@media (max-width:60rem){.pair{grid-template-columns:1fr}}
.record{margin:0}
.field{display:grid;grid-template-columns:9.5rem minmax(0,1fr);gap:.6rem;border-bottom:1px solid #eee;padding:.3rem 0}
.field dt{font-weight:bold}
.field dd{margin:0;overflow-wrap:anywhere}
.field[data-field="warnings"] dd{color:#92400e}
dl.sub{display:grid;grid-template-columns:auto minmax(0,1fr);gap:0 .6rem;margin:0}
dl.sub dd{margin:0}
ul,ol{margin:.1rem 0;padding-left:1.4rem}
.measures{padding-left:1rem;list-style:none}
.term{display:inline-block;border:1px solid #bbb;border-radius:3px;padding:0 .3em;margin:0 .2em;font-size:.85em;color:#333}
.missing{color:#b91c1c}
.empty{color:#888}
.warnings li{font-weight:bold}
.source-text{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;background:#fafaf7;border:1px solid #e5e5e0;padding:.8rem;margin:0}
pre.json{white-space:pre-wrap;margin:0;font-size:.85em}
.error{color:#b91c1c;font-weight:bold}
@media print{body{padding:0}.letter{break-before:page}nav{break-after:page}}
`;

export interface ReviewOptions {
  /** When the page is made (shown in its head). */
  generated: Date;
  /** The content folder read (shown as given). */
  contentDir: string;
  /** The `--since` date as given (YYYY-MM-DD), if any. */
  since?: string;
}

/** The whole review page. */
export function renderReview(letters: readonly ReviewLetter[], opts: ReviewOptions): string {
  const ordered = orderForReview(letters);
  const warned = ordered.filter((l) => warningsOf(l).length > 0).length;
  const toc = ordered.length
    ? `<nav aria-label="${escapeHtml(t.contents)}"><h2>${escapeHtml(t.contents)}</h2><ol>${ordered.map((l, i) =>
      `<li><a href="#${anchorOf(l, i)}">${escapeHtml(headingOf(l))}</a> ${code(l.front.date)}${warningsOf(l).length ? ` <span class="badge">${escapeHtml(t.hasWarnings)}</span>` : ''}</li>`).join('')}</ol></nav>`
    : `<p>${escapeHtml(t.none)}</p>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t.title)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${escapeHtml(t.title)}</h1>
<p>${escapeHtml(t.intro)}</p>
<p class="meta">${escapeHtml(t.generated)} ${escapeHtml(formatTime(opts.generated))} · ${escapeHtml(t.content)} ${code(opts.contentDir)}${opts.since ? ` · ${escapeHtml(t.since(opts.since))}` : ''}</p>
<p class="count">${escapeHtml(t.count(ordered.length, warned))}</p>
</header>
<main>
${toc}
${ordered.map(letterHtml).join('\n')}
</main>
</body>
</html>
`;
}
