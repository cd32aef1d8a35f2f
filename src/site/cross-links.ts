/**
 * The archive's cross-links, computed once per build from the whole collection
 * (src/links/cross-links.ts): term pages, term links, related measures, what commitments continue.
 * A link an editor added or removed (`editorLinks`) that points nowhere fails the build, naming
 * the letter's file and the target; one to a letter this build does not publish is left out
 * (published-edits.ts).
 */
import { buildCrossLinks } from '~/links/cross-links.ts';
import type { CrossLinks, LinkEdits, LinkLetter } from '~/links/cross-link-types.ts';
import { allLetters, letterOutline, letterYear, unpublishedIds, type Letter } from './letters.ts';
import { publishedEdits } from './published-edits.ts';
import { urls } from './urls.ts';

let cache: Promise<CrossLinks> | undefined;

/** The cross-links of all letters. */
export function crossLinks(): Promise<CrossLinks> {
  cache ??= Promise.all([allLetters(), unpublishedIds()]).then(([letters, unpublished]) => compute(letters, new Set(unpublished)));
  return cache;
}

function compute(letters: Letter[], unpublished: ReadonlySet<string>): CrossLinks {
  const edits: LinkEdits = {};
  for (const l of letters) if (l.data.editorLinks) edits[l.data.id] = publishedEdits(l.data.editorLinks, unpublished);
  try {
    return buildCrossLinks(letters.map(linkLetter), edits);
  } catch (e) {
    const message = (e as Error).message;
    // The letter whose editorLinks hold the bad link is the first one the message names.
    const id = /letter ([a-z0-9-]+)/.exec(message)?.[1];
    const culprit = letters.find((l) => l.data.id === id);
    throw new Error(`cross-links: ${culprit?.filePath ?? ''}: ${message}`);
  }
}

function linkLetter(l: Letter): LinkLetter {
  const d = l.data;
  const { sections, nextSteps } = letterOutline(l);
  return {
    id: d.id,
    url: urls.letter(letterYear(l), d.id),
    title: d.title ?? d.proposalTitle ?? d.id,
    date: d.date,
    replyingUnit: d.replyingUnit,
    items: [
      ...sections
        .flatMap((s) => s.measures)
        .flatMap((m) => (m.anchor ? [{ anchor: m.anchor, kind: 'measure' as const, lead: m.lead, terms: m.terms ?? [] }] : [])),
      ...nextSteps.flatMap((c) =>
        c.anchor ? [{ anchor: c.anchor, kind: 'commitment' as const, lead: c.lead, terms: c.terms ?? [] }] : [],
      ),
    ],
  };
}
