/**
 * The part of a letter's review above its record: what the public site will do with it and what
 * the editors decided — held back, the corrections beside the parsed values, the earlier versions
 * of a replaced letter — and ingest's warnings in Chinese, each linked to the field it is about.
 * Empty for a letter with none of these. Every piece of letter text is escaped.
 */
import { code, escapeHtml } from './html.ts';
import { reviewText as t } from './labels.ts';
import type { LetterStatus } from './letter-status.ts';
import { keptFile } from './field-html.ts';

function heldHtml(held: NonNullable<LetterStatus['heldBack']>): string {
  return `<p class="held-note" data-field="disclosure"><strong class="badge held">${escapeHtml(t.heldBadge(held.disclosure))}</strong> ${escapeHtml(t.heldNote(held.disclosure, held.corrected))}</p>`;
}

function correctionsHtml(s: LetterStatus, fieldId: (key: string) => string): string {
  return `<section class="corrections" data-field="corrections"><h4>${escapeHtml(t.corrections(s.corrections.length))}</h4><ul>${s.corrections
    .map(
      (c) =>
        `<li data-correction="${escapeHtml(c.field)}"><a href="#${fieldId(c.field)}">${escapeHtml(c.label)}</a>：${escapeHtml(t.read)} <span class="parsed">${escapeHtml(c.parsed)}</span> → ${escapeHtml(t.correctedTo)} <strong class="corrected">${escapeHtml(c.corrected)}</strong>${c.same ? ` <span class="aside">${escapeHtml(t.correctionSame)}</span>` : ''}</li>`,
    )
    .join('')}</ul></section>`;
}

function versionsHtml(r: NonNullable<LetterStatus['replaced']>, missingFiles: readonly string[]): string {
  return `<section class="versions" data-field="versions"><h4>${escapeHtml(t.replacedBadge(r.version, r.on))}</h4><p>${escapeHtml(t.versionsIntro)}</p><ol>${r.versions
    .map(
      (v, i) =>
        `<li data-version="${v.version}"><strong>${escapeHtml(t.version(v.version))}</strong>：${escapeHtml(t.versionSource)} ${escapeHtml(v.sourceName)}，${escapeHtml(t.versionKeptAs)} ${keptFile(v.sourceFile, missingFiles)}；${escapeHtml(t.versionRecord)} ${keptFile(v.recordFile, missingFiles)}；${escapeHtml(t.versionReplaced(v.replacedOn, r.versions[i + 1]?.version ?? r.version))}<span class="aside sha">${escapeHtml(t.versionSha)} ${code(v.sourceSha256)}</span></li>`,
    )
    .join('')}</ol></section>`;
}

function warningsHtml(s: LetterStatus, fieldId: (key: string) => string): string {
  return `<section class="warnings" data-field="warnings"><h4>${escapeHtml(t.warnings(s.warnings.length))}</h4><ul>${s.warnings
    .map((w) =>
      w.known
        ? `<li>${w.field ? `<a href="#${fieldId(w.field)}">${escapeHtml(w.text)}</a>` : escapeHtml(w.text)}</li>`
        : `<li class="unknown">${escapeHtml(w.text)} <span class="aside">${escapeHtml(t.unknownWarning)}</span></li>`,
    )
    .join('')}</ul></section>`;
}

/** The decisions and warnings of one letter; `fieldId` gives the id of a field's row in its record. */
export function decisionsHtml(s: LetterStatus, missingFiles: readonly string[], fieldId: (key: string) => string): string {
  const parts = [
    s.heldBack && heldHtml(s.heldBack),
    s.corrections.length > 0 && correctionsHtml(s, fieldId),
    s.replaced && versionsHtml(s.replaced, missingFiles),
    s.warnings.length > 0 && warningsHtml(s, fieldId),
  ].filter((p): p is string => typeof p === 'string');
  return parts.length ? `<div class="decisions">${parts.join('')}</div>` : '';
}
