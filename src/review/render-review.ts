/**
 * The review page: one self-contained static HTML file (inline CSS, no script, lang="zh-CN")
 * showing each letter's record, every field labelled in Chinese, beside the text of its kept
 * original. Letters with warnings come first, then the rest; each group by date, then id.
 * Pure: takes the letters, returns the HTML. Every piece of letter text is escaped.
 */
import { lang } from '../i18n/zh-CN.ts';
import { fieldValue } from './field-html.ts';
import { code, escapeHtml, str } from './html.ts';
import { fieldLabels, reviewText as t } from './labels.ts';
import type { ReviewLetter } from './load-review.ts';
import { css } from './review-css.ts';

const warningsOf = (l: ReviewLetter): unknown[] => (Array.isArray(l.front.warnings) ? l.front.warnings : []);

/** Letters with warnings first, then the rest; within each, by date (oldest first), then id. */
export function orderForReview(letters: readonly ReviewLetter[]): ReviewLetter[] {
  return [...letters].sort(
    (a, b) =>
      Number(warningsOf(b).length > 0) - Number(warningsOf(a).length > 0) ||
      str(a.front.date).localeCompare(str(b.front.date)) ||
      str(a.front.id).localeCompare(str(b.front.id)),
  );
}

/** `2026-03-05 09:07`, local time. */
export function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The record: every field of the frontmatter, known ones in order under their Chinese label, then any others. */
function recordHtml(front: Record<string, unknown>): string {
  const known = new Set(fieldLabels.map(([k]) => k));
  const rows = [
    ...fieldLabels.map(([k, label]) => [k, label] as const),
    ...Object.keys(front)
      .filter((k) => !known.has(k))
      .map((k) => [k, k] as const),
  ];
  return `<dl class="record">${rows
    .map(
      ([k, label]) =>
        `<div class="field" data-field="${escapeHtml(k)}"><dt>${escapeHtml(label)} <span class="key">${escapeHtml(k)}</span></dt><dd>${fieldValue(k, front[k])}</dd></div>`,
    )
    .join('')}</dl>`;
}

function sourceHtml(l: ReviewLetter): string {
  const what = l.sourceExt === 'txt' ? t.sourceFromTxt : t.sourceExtracted(`.${l.sourceExt}`);
  const body =
    l.sourceText !== null
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
    ? `<nav aria-label="${escapeHtml(t.contents)}"><h2>${escapeHtml(t.contents)}</h2><ol>${ordered
        .map(
          (l, i) =>
            `<li><a href="#${anchorOf(l, i)}">${escapeHtml(headingOf(l))}</a> ${code(l.front.date)}${warningsOf(l).length ? ` <span class="badge">${escapeHtml(t.hasWarnings)}</span>` : ''}</li>`,
        )
        .join('')}</ol></nav>`
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
