/**
 * One field of a letter's record as review HTML, by its key: the kind and category with their
 * Chinese names, the session with its term and meeting, contact, sections and their measures with
 * their terms, 下一步 commitments, the other formats kept, editors' links; any other value
 * generically. A field the letter lacks shows as 未载明, an empty or absent list as 无. Every
 * piece of letter text is escaped.
 */
import { category as categoryNames, kind as kindNames } from '../i18n/zh-CN.ts';
import { code, escapeHtml, str } from './html.ts';
import { reviewText as t } from './labels.ts';

const missing = () => `<span class="missing">${escapeHtml(t.missing)}</span>`;
const empty = () => `<span class="empty">${escapeHtml(t.empty)}</span>`;

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

/** Fields a letter may lack altogether: absent means none. */
const OPTIONAL_LISTS = new Set(['otherSources', 'editorLinks']);

/** A kept file's name, marked when it is not beside the MDX file. */
export function keptFile(name: unknown, missingFiles: readonly string[]): string {
  return code(name) + (missingFiles.includes(str(name)) ? ` <strong class="error">${escapeHtml(t.fileMissing)}</strong>` : '');
}

/** One field's value as HTML; `missingFiles` are the kept files named by the letter that are not beside it. */
export function fieldValue(key: string, v: unknown, missingFiles: readonly string[] = []): string {
  if (v === undefined && OPTIONAL_LISTS.has(key)) return empty();
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
      return (
        `<dl class="sub"><dt>${escapeHtml(t.contactName)}</dt><dd>${c.name == null ? missing() : escapeHtml(str(c.name))}</dd>` +
        `<dt>${escapeHtml(t.contactPhone)}</dt><dd>${c.phone == null ? missing() : escapeHtml(str(c.phone))}</dd></dl>`
      );
    }
    case 'sections': {
      if (!Array.isArray(v)) return generic(v);
      if (!v.length) return empty();
      return `<ol class="sections">${v
        .map((s: Record<string, unknown>) => {
          const measures = Array.isArray(s.measures) ? s.measures : [];
          return (
            `<li>${code(s.anchor)} ${s.heading == null ? `<span class="missing">${escapeHtml(t.noHeading)}</span>` : `<strong>${escapeHtml(str(s.heading))}</strong>`}` +
            (measures.length
              ? `<ol class="measures">${measures.map((m: Record<string, unknown>) => `<li>${code(m.anchor)} ${escapeHtml(str(m.lead))}${termsHtml(m.terms)}</li>`).join('')}</ol>`
              : '') +
            '</li>'
          );
        })
        .join('')}</ol>`;
    }
    case 'nextSteps': {
      if (!Array.isArray(v)) return generic(v);
      if (!v.length) return empty();
      return `<ol class="measures">${v.map((n: Record<string, unknown>) => `<li>${code(n.anchor)} ${escapeHtml(str(n.lead))}${termsHtml(n.terms)}</li>`).join('')}</ol>`;
    }
    case 'editorLinks': {
      if (typeof v !== 'object') return generic(v);
      const e = v as Record<string, unknown>;
      const list = (links: unknown) =>
        Array.isArray(links) && links.length
          ? `<ul>${links.map((l: Record<string, unknown>) => `<li>${code(l.from)} → ${code(l.to)}</li>`).join('')}</ul>`
          : empty();
      return `<dl class="sub"><dt>${escapeHtml(t.add)}</dt><dd>${list(e.add)}</dd><dt>${escapeHtml(t.remove)}</dt><dd>${list(e.remove)}</dd></dl>`;
    }
    case 'otherSources':
      if (!Array.isArray(v)) return generic(v);
      if (!v.length) return empty();
      return `<ul>${v
        .map((o: Record<string, unknown>) => `<li>${escapeHtml(str(o.sourceName))} → ${keptFile(o.sourceFile, missingFiles)}</li>`)
        .join('')}</ul>`;
    case 'sourceFile':
      return keptFile(v, missingFiles);
    case 'sourceSha256':
    case 'textSha256':
    case 'writtenSha256':
      return code(v);
    default:
      return generic(v);
  }
}
