/**
 * `npm run review -- [--since YYYY-MM-DD] [--content DIR] [--out FILE]`: writes the review page,
 * one self-contained HTML file in Chinese (default `review.html`, written atomically) showing each
 * letter's record beside the text of its kept original: held-back letters first, then those with
 * warnings, with the editors' corrections and replaced versions. `--since` keeps only the letters
 * whose MDX file was written on or after that day (local time): newly ingested, re-ingested,
 * replaced or corrected through ingest. A letter whose frontmatter cannot be read stops it with one
 * line naming the file (exit status 1); bad arguments give the usage line (exit status 2).
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { atomicWrite } from '../src/files/atomic-write.ts';
import { countWithdrawn, loadReviewLetters, parseSince } from '../src/review/load-review.ts';
import type { LetterStatus } from '../src/review/letter-status.ts';
import { orderForReview, renderReview } from '../src/review/render-review.ts';

const USAGE = 'usage: npm run review -- [--since YYYY-MM-DD] [--content DIR] [--out FILE]';

function fail(message: string, status: number): never {
  console.error(message);
  process.exit(status);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        content: { type: 'string', default: 'content' },
        out: { type: 'string', default: 'review.html' },
        since: { type: 'string' },
      },
    }));
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  let since: Date | undefined;
  try {
    since = values.since === undefined ? undefined : parseSince(values.since);
  } catch (e) {
    fail(`${(e as Error).message}\n${USAGE}`, 2);
  }
  if (!statSync(values.content, { throwIfNoEntry: false })?.isDirectory()) fail(`review: ${values.content}: no such content folder`, 1);
  let letters, withdrawn;
  try {
    letters = await loadReviewLetters(values.content, since);
    withdrawn = await countWithdrawn(values.content, since);
  } catch (e) {
    fail(`review: ${(e as Error).message}`, 1);
  }
  const html = renderReview(letters, { generated: new Date(), contentDir: values.content, since: values.since, withdrawn });
  try {
    await atomicWrite(values.out, html);
  } catch (e) {
    fail(`review: cannot write ${values.out}: ${(e as Error).message}`, 1);
  }
  const reviewed = orderForReview(letters);
  const n = (f: (s: LetterStatus) => unknown) => reviewed.filter((r) => f(r.status)).length;
  const unreadable = letters.filter((l) => l.sourceText === null).length;
  console.log(
    `${resolve(values.out)}: ${letters.length} letters, ${n((s) => s.heldBack)} held back, ${n((s) => s.warnings.length)} with warnings, ` +
      `${n((s) => s.corrections.length)} corrected, ${n((s) => s.replaced)} replaced` +
      (unreadable ? `, ${unreadable} with an unreadable original` : '') +
      (withdrawn ? ` (${withdrawn} withdrawn, not listed)` : ''),
  );
}

await main();
