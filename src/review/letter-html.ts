/**
 * One letter of the review page: its heading with badges (held back, warnings, corrected,
 * replaced), where its file is, the editors' decisions and the warnings, then its record — every
 * frontmatter field under its Chinese label, a corrected field with the editor's value under the
 * parsed one — beside the text of its kept original. Every piece of letter text is escaped.
 */
import { decisionsHtml } from './decisions-html.ts';
import { fieldValue } from './field-html.ts';
import { code, escapeHtml, str } from './html.ts';
import { fieldLabels, labelOf, reviewText as t } from './labels.ts';
import type { LetterStatus } from './letter-status.ts';
import type { ReviewLetter } from './load-review.ts';

/** `2026-03-05 09:07`, local time. */
export function formatTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export const anchorOf = (n: number) => `letter-${n}`;
export const headingOf = (l: ReviewLetter) => str(l.front.title) || str(l.front.proposalTitle) || str(l.front.id) || l.path;

/** The badges of a letter, as in its heading and in the table of contents. */
export function badgesHtml(s: LetterStatus): string {
  const badges: [string, string][] = [];
  if (s.heldBack) badges.push(['held', t.heldBadge(s.heldBack.disclosure)]);
  if (s.warnings.length) badges.push(['warned', t.warnedBadge]);
  if (s.corrections.length) badges.push(['corrected', t.correctedBadge]);
  if (s.replaced) badges.push(['replaced', t.replacedBadge(s.replaced.version, s.replaced.on)]);
  return badges.map(([cls, text]) => ` <span class="badge ${cls}">${escapeHtml(text)}</span>`).join('');
}

/** The record: the labelled fields in order, then any others the frontmatter has (not the decisions, shown above it). */
function recordHtml(l: ReviewLetter, fieldId: (key: string) => string): string {
  const known = new Set(fieldLabels.map(([k]) => k));
  const above = new Set(['corrections', 'versions', 'warnings']);
  const keys = [...fieldLabels.map(([k]) => k), ...Object.keys(l.front).filter((k) => !known.has(k) && !above.has(k))];
  const corrections: Record<string, unknown> = l.front.corrections && typeof l.front.corrections === 'object' ? l.front.corrections : {};
  return `<dl class="record">${keys
    .map((k) => {
      const corrected = Object.hasOwn(corrections, k);
      const to = corrected
        ? `<div class="corrected-to"><span class="badge corrected">${escapeHtml(t.correctedBadge)}</span> ${escapeHtml(t.correctedTo)} ${fieldValue(k, corrections[k], l.missingFiles)}</div>`
        : '';
      return `<div class="field${corrected ? ' corrected' : ''}" id="${fieldId(k)}" data-field="${escapeHtml(k)}"><dt>${escapeHtml(labelOf(k))} <span class="key">${escapeHtml(k)}</span></dt><dd>${fieldValue(k, l.front[k], l.missingFiles)}${to}</dd></div>`;
    })
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

/** The letter numbered `n` on the page, with its status. */
export function letterHtml(l: ReviewLetter, s: LetterStatus, n: number): string {
  const id = anchorOf(n);
  // A frontmatter key may be any text: its row's id is by position, not by the key.
  const keyIds = new Map<string, string>();
  const fieldId = (key: string) => {
    if (!keyIds.has(key)) keyIds.set(key, `${id}-f${keyIds.size + 1}`);
    return keyIds.get(key)!;
  };
  const classes = [
    'letter',
    s.heldBack && 'held',
    s.warnings.length && 'warned',
    s.corrections.length && 'corrected',
    s.replaced && 'replaced',
  ];
  return `<article id="${id}" class="${classes.filter(Boolean).join(' ')}" data-id="${escapeHtml(str(l.front.id))}" aria-labelledby="${id}-h">
<h3 id="${id}-h"><span class="n">${n}.</span> ${escapeHtml(headingOf(l))}${badgesHtml(s)}</h3>
<p class="meta">${code(l.front.id)} · ${escapeHtml(t.mdx)} ${code(l.path)} · ${escapeHtml(t.written)} ${escapeHtml(formatTime(l.modified))}</p>
${decisionsHtml(s, l.missingFiles, fieldId)}
<div class="pair">
<section class="record-side" aria-labelledby="${id}-r"><h4 id="${id}-r">${escapeHtml(t.record)}</h4>${recordHtml(l, fieldId)}</section>
<section class="source-side" aria-labelledby="${id}-s"><h4 id="${id}-s">${escapeHtml(t.source)}</h4>${sourceHtml(l)}</section>
</div>
</article>`;
}
