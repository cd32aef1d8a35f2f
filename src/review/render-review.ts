/**
 * The review page: one self-contained static HTML file (inline CSS, no script, lang="zh-CN"), in
 * Chinese throughout. At its top, what was selected (`--since`) and how many letters are held
 * back, have warnings, were corrected or replaced; then the table of contents; then the letters in
 * three groups — held back from the public site, with warnings, the rest — each group by date,
 * then id. Pure: takes the letters, returns the HTML. Every piece of letter text is escaped.
 */
import { lang } from '../i18n/zh-CN.ts';
import { code, escapeHtml, str } from './html.ts';
import { reviewText as t } from './labels.ts';
import { anchorOf, badgesHtml, formatTime, headingOf, letterHtml } from './letter-html.ts';
import { letterStatus, type LetterStatus } from './letter-status.ts';
import type { ReviewLetter } from './load-review.ts';
import { css } from './review-css.ts';

const GROUPS = ['held', 'warned', 'rest'] as const;
type Group = (typeof GROUPS)[number];

/** A letter with its status and the group the page puts it in. */
export interface Reviewed {
  letter: ReviewLetter;
  status: LetterStatus;
  group: Group;
}

const groupOf = (s: LetterStatus): Group => (s.heldBack ? 'held' : s.warnings.length ? 'warned' : 'rest');

/** Held back first, then with warnings, then the rest; within each, by date (oldest first), then id. */
export function orderForReview(letters: readonly ReviewLetter[]): Reviewed[] {
  return letters
    .map((letter) => {
      const status = letterStatus(letter.front);
      return { letter, status, group: groupOf(status) };
    })
    .sort(
      (a, b) =>
        GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) ||
        str(a.letter.front.date).localeCompare(str(b.letter.front.date)) ||
        str(a.letter.front.id).localeCompare(str(b.letter.front.id)),
    );
}

export interface ReviewOptions {
  /** When the page is made (shown in its head). */
  generated: Date;
  /** The content folder read (shown as given). */
  contentDir: string;
  /** The `--since` day as given (YYYY-MM-DD), if any. */
  since?: string;
  /** How many withdrawn letters the selection would hold (counted, not listed). */
  withdrawn?: number;
}

function summaryHtml(ordered: Reviewed[], opts: ReviewOptions): string {
  const count = (key: string, label: string, n: number, href?: string) =>
    `<li data-count="${key}">${href && n ? `<a href="${href}">${escapeHtml(label)}</a>` : escapeHtml(label)} <strong>${n}</strong> ${escapeHtml(t.unit)}</li>`;
  return `<section class="summary" aria-labelledby="summary-h"><h2 id="summary-h">${escapeHtml(t.summary)}</h2>
<p class="selection">${escapeHtml(opts.since ? t.since(opts.since) : t.all)}</p>
<ul class="counts">${[
    count('letters', t.summaryLetters, ordered.length),
    count('held', t.summaryHeld, ordered.filter((r) => r.status.heldBack).length, '#group-held'),
    count('warned', t.summaryWarned, ordered.filter((r) => r.status.warnings.length).length),
    count('corrected', t.summaryCorrected, ordered.filter((r) => r.status.corrections.length).length),
    count('replaced', t.summaryReplaced, ordered.filter((r) => r.status.replaced).length),
  ].join('')}</ul>
${opts.withdrawn ? `<p class="withdrawn">${escapeHtml(t.withdrawn(opts.withdrawn))}</p>` : ''}</section>`;
}

/** The groups with their letters, numbered through the page. */
function grouped(ordered: Reviewed[]): { group: Group; items: { r: Reviewed; n: number }[] }[] {
  return GROUPS.map((group) => ({
    group,
    items: ordered.map((r, i) => ({ r, n: i + 1 })).filter(({ r }) => r.group === group),
  })).filter((g) => g.items.length);
}

function tocHtml(ordered: Reviewed[]): string {
  if (!ordered.length) return `<p>${escapeHtml(t.none)}</p>`;
  return `<nav aria-labelledby="toc-h"><h2 id="toc-h">${escapeHtml(t.contents)}</h2>${grouped(ordered)
    .map(
      ({ group, items }) =>
        `<h3>${escapeHtml(t.groups[group].heading)}</h3><ol start="${items[0].n}">${items
          .map(
            ({ r, n }) =>
              `<li><a href="#${anchorOf(n)}">${escapeHtml(headingOf(r.letter))}</a> ${code(r.letter.front.date)}${badgesHtml(r.status)}</li>`,
          )
          .join('')}</ol>`,
    )
    .join('')}</nav>`;
}

/** The whole review page. */
export function renderReview(letters: readonly ReviewLetter[], opts: ReviewOptions): string {
  const ordered = orderForReview(letters);
  const groups = grouped(ordered)
    .map(
      ({ group, items }) => `<section id="group-${group}" class="group ${group}" aria-labelledby="group-${group}-h">
<h2 id="group-${group}-h">${escapeHtml(t.groups[group].heading)}（${items.length} ${escapeHtml(t.unit)}）</h2>
<p class="group-note">${escapeHtml(t.groups[group].note)}</p>
${items.map(({ r, n }) => letterHtml(r.letter, r.status, n)).join('\n')}
</section>`,
    )
    .join('\n');
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
<p class="meta">${escapeHtml(t.generated)} ${escapeHtml(formatTime(opts.generated))} · ${escapeHtml(t.content)} ${code(opts.contentDir)}</p>
</header>
<main>
${summaryHtml(ordered, opts)}
${tocHtml(ordered)}
${groups}
</main>
</body>
</html>
`;
}
