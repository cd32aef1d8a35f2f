/**
 * `npm run ingest -- [--json] [--dry-run] [--replace] [--set FIELD=VALUE]... [--content DIR] PATH...`
 * Reads letter files (a folder is read recursively), writes one MDX file per letter under
 * `<content>/replies/<year>/`, and reports each file. Exit status 1 when any file was refused, 2
 * for a usage error (a bad `--set` among them: nothing is written).
 */
import { parseArgs } from 'node:util';
import { ingestFiles, type Outcome } from './ingest-run.ts';
import { localIsoDate } from './local-date.ts';
import { describeChanges } from './record-changes.ts';
import { parseSetOptions, SetOptionError } from './set-option.ts';
import type { Corrections } from '../record/record-schema.ts';
import { LETTER_EXTENSIONS } from './read-letter.ts';
import { listFiles, problemLine } from './list-files.ts';
import { summaryTable } from './ingest-summary.ts';
import { progressLine } from './progress-bar.ts';

const USAGE = [
  'usage: npm run ingest -- [--json] [--dry-run] [--replace] [--set FIELD=VALUE]... [--content DIR] [--] PATH...',
  '  a PATH starting with - goes after --',
  '  --set FIELD=VALUE  corrects a record field of the one FILE given; VALUE by the field: text as is, null,',
  '                     a list [张三, 李四] or 张三、李四, a date 2025-09-12, a session 五届四次会议 (docs/mdx-format.md)',
].join('\n');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      set: { type: 'string', multiple: true },
      content: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  let set: Corrections | undefined;
  try {
    set = values.set && parseSetOptions(values.set);
  } catch (e) {
    if (!(e instanceof SetOptionError)) throw e;
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  if (set && positionals.length !== 1) {
    console.error(`--set corrects one letter: give one FILE\n${USAGE}`);
    return 2;
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
    { contentDir: values.content, dryRun: json || values['dry-run'], replace: values.replace, set, today: localIsoDate(new Date()) },
    (o) => {
      done++;
      if (json) return console.log(JSON.stringify(jsonLine(o)));
      if (!bar) return console.log(humanLine(o));
      process.stdout.write('\r\x1b[K');
      if (needsALook(o)) console.log(humanLine(o));
      process.stdout.write(progressLine(done, files.length, o.file, 30, process.stdout.columns ?? 100));
    },
  );
  if (bar) process.stdout.write('\r\x1b[K');
  if (!json) console.log(summaryTable([...unread, ...outcomes]));
  return unread.length > 0 || outcomes.some((o) => 'error' in o) ? 1 : 0;
}

function jsonLine(o: Outcome): object {
  if (!('record' in o)) {
    const { dryRun, ...rest } = o as Outcome & { dryRun?: true };
    return rest;
  }
  const { file, record, written, dryRun, ...rest } = o;
  return { file, record, ...rest };
}

/** Whether a file's line is printed above the progress bar: all but a plain new letter. */
function needsALook(o: Outcome): boolean {
  return !('record' in o) || o.action !== 'ingested' || o.record.warnings.length > 0 || !!o.heldBack || !!o.inPlaceOf;
}

function humanLine(o: Outcome): string {
  if ('error' in o) return `refused   ${o.file}: ${o.error}`;
  const kept = (fields?: string[]) => (fields?.length ? `kept corrections: ${fields.join(', ')}` : '');
  if ('duplicateOf' in o) {
    const note = kept(o.keptCorrections);
    return `duplicate ${o.file}: same text as ${o.duplicateOf} (${o.duplicateOfFile})${note ? `; ${note}` : ''}`;
  }
  if ('otherFormatOf' in o) {
    return `${o.dryRun ? 'would keep' : 'other    '} ${o.file}: ${o.dryRun ? 'as' : 'kept as'} other format of ${o.otherFormatOf} (text from ${o.otherFormatOfFile}) → ${o.kept}`;
  }
  const notes: string[] = [];
  if (o.replaced)
    notes.push(describeChanges(o.replaced.changes) || 'the text changed outside the measures', `kept as version ${o.replaced.version}`);
  if (o.corrected !== undefined) notes.push(o.corrected || 'it already has these corrections: nothing written');
  if (o.corrections) notes.push(`corrections: ${o.corrections.join(', ')}`);
  if (o.keptCorrections) notes.push(kept(o.keptCorrections));
  if (o.inPlaceOf)
    notes.push(`in place of ${o.inPlaceOf.file}, now ${o.inPlaceOf.became === 'duplicate' ? 'its duplicate' : 'kept as other format'}`);
  if (o.record.warnings.length && o.action !== 'corrected') notes.push(`warnings: ${o.record.warnings.join(', ')}`);
  const verb = o.dryRun
    ? { ingested: 'would ingest', replaced: 'would replace', corrected: 'would correct' }[o.action]
    : { ingested: 'ingested ', replaced: 'replaced ', corrected: 'corrected ' }[o.action];
  const held = o.heldBack ? `, held back (${o.heldBack}): not published on the public site` : '';
  return `${verb} ${o.file} → ${o.mdx}${notes.length ? ` (${notes.join('; ')})` : ''}${held}`;
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
