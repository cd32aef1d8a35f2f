/**
 * `npm run ingest -- [--json] [--dry-run] [--replace] [--content DIR] PATH...`
 * Reads letter files (a folder is read recursively), writes one MDX file per letter under
 * `<content>/replies/<year>/`, and reports each file. Exit status 1 when any file was refused.
 */
import { parseArgs } from 'node:util';
import { ingestFiles, type Outcome } from './ingest-run.ts';
import { LETTER_EXTENSIONS } from './read-letter.ts';
import { listFiles, problemLine } from './list-files.ts';
import { summaryTable } from './ingest-summary.ts';
import { progressLine } from './progress-bar.ts';

const USAGE =
  'usage: npm run ingest -- [--json] [--dry-run] [--replace] [--content DIR] [--] PATH...  (a PATH starting with - goes after --)';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const { files, skipped, problems } = await listFiles(positionals);
  if (skipped.length > 0 && !values.json) console.error(`skipped ${skipped.length} file(s) that are not ${LETTER_EXTENSIONS.join('/')}`);
  const json = values.json;
  // A path that gives no file is refused like a file that is not a letter: one line, counted, exit status 1.
  const unread: Outcome[] = problems.map((p) => ({ file: p.path, error: p.reason }));
  for (const p of problems)
    console.log(json ? JSON.stringify({ file: p.path, error: [p.reason, p.detail].filter(Boolean).join(' ') }) : problemLine(p));
  // On a terminal a bar shows the batch going; only files that need a look get a line of their own.
  const bar = !json && process.stdout.isTTY;
  let done = 0;
  const outcomes = await ingestFiles(
    files,
    { contentDir: values.content, dryRun: json || values['dry-run'], replace: values.replace },
    (o) => {
      done++;
      if (json) return console.log(JSON.stringify(jsonLine(o)));
      if (!bar) return console.log(humanLine(o));
      process.stdout.write('\r\x1b[K');
      if (!('record' in o) || o.record.warnings.length > 0) console.log(humanLine(o));
      process.stdout.write(progressLine(done, files.length, o.file, 30, process.stdout.columns ?? 100));
    },
  );
  if (bar) process.stdout.write('\r\x1b[K');
  if (!json) console.log(summaryTable([...unread, ...outcomes]));
  return unread.length > 0 || outcomes.some((o) => 'error' in o) ? 1 : 0;
}

function jsonLine(o: Outcome): object {
  if ('record' in o) return { file: o.file, record: o.record };
  return o;
}

function humanLine(o: Outcome): string {
  if ('error' in o) return `refused   ${o.file}: ${o.error}`;
  if ('duplicateOf' in o) return `duplicate ${o.file}: same text as ${o.duplicateOf}`;
  const warn = o.record.warnings.length ? ` (warnings: ${o.record.warnings.join(', ')})` : '';
  if (o.replaced) return `replaced  ${o.file} → ${o.written} (changed: ${o.replaced.join(', ') || 'nothing but the file'})${warn}`;
  return `${o.written ? 'ingested ' : 'checked  '} ${o.file} → ${o.written ?? o.record.id}${warn}`;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    // A command line parseArgs refuses, or a file the system refuses, is the clerk's to fix: one line. Anything else is a bug: its stack.
    if (String(e?.code).startsWith('ERR_PARSE_ARGS')) console.error(`${e.message}\n${USAGE}`);
    else console.error(`ingest failed: ${e?.code ? e.message : e instanceof Error ? e.stack : e}`);
    process.exit(2);
  },
);
