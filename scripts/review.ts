/**
 * `npm run review -- [--content DIR] [--out FILE] [--since YYYY-MM-DD]`: writes the review page,
 * one self-contained HTML file (default `review.html`) showing each letter's record beside the
 * text of its kept original, letters with warnings first. `--since` keeps only letters whose MDX
 * file was modified on or after that day (local time): the newly ingested batch.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadReviewLetters, parseSince } from '../src/review/load-review.ts';
import { renderReview } from '../src/review/render-review.ts';

const USAGE = 'usage: npm run review -- [--content DIR] [--out FILE] [--since YYYY-MM-DD]';

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
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  let since: Date | undefined;
  try {
    since = values.since === undefined ? undefined : parseSince(values.since);
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  const letters = await loadReviewLetters(values.content, since);
  const html = renderReview(letters, { generated: new Date(), contentDir: values.content, since: values.since });
  writeFileSync(values.out, html);
  const warned = letters.filter((l) => Array.isArray(l.front.warnings) && l.front.warnings.length).length;
  const unreadable = letters.filter((l) => l.sourceText === null).length;
  console.log(
    `${resolve(values.out)}: ${letters.length} letters, ${warned} with warnings${unreadable ? `, ${unreadable} with an unreadable original` : ''}`,
  );
}

await main();
