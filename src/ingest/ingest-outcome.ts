/** What became of each file of an ingest run: the CLI prints one line (or JSON object) from each. */
import type { ArchivedRecord } from '../record/record-schema.ts';
import type { RecordChanges } from './record-changes.ts';

/** What a run keeps of a letter's record once the outcome is reported: enough for the summary. */
export type RecordSummary = Pick<ArchivedRecord, 'id' | 'warnings'>;

/**
 * A file that became the text of a letter: a new one, a replaced one, or a corrected one. The
 * outcome reported carries the whole record; the one a run returns, its summary.
 */
export interface LetterOutcome<R extends RecordSummary = RecordSummary> {
  file: string;
  record: R;
  action: 'ingested' | 'replaced' | 'corrected';
  /** The MDX file: written, or (a dry run, a correction that changes nothing) that would be. */
  mdx: string;
  /** The MDX file, when it was written. */
  written?: string;
  /** Set in a dry run: nothing was written. */
  dryRun?: true;
  /** The fields `--set` gave a new or replaced letter. */
  corrections?: string[];
  /** The fields of the archived letter's corrections that it keeps. */
  keptCorrections?: string[];
  /** For `replaced`: what changed, and the version number the replaced letter is kept as. */
  replaced?: { changes: RecordChanges; version: number };
  /** For `corrected`: `category: C → B`; '' when the letter already had these corrections. */
  corrected?: string;
  /** An earlier file of this run that this better copy took the place of, and what it became. */
  inPlaceOf?: { file: string; became: 'other format' | 'duplicate' };
  /** The (corrected) 公开属性 that keeps the letter off the public site. */
  heldBack?: string;
}

/** A file kept beside a letter of this run as another format of it. */
export interface OtherFormatOutcome {
  file: string;
  otherFormatOf: string;
  /** The file the letter's text came from. */
  otherFormatOfFile: string;
  /** The kept copy's path: `…/<id>.source.pdf`. */
  kept: string;
  dryRun?: true;
}

export interface DuplicateOutcome {
  file: string;
  duplicateOf: string;
  duplicateOfFile: string;
  /** The fields of the archived letter's corrections, which stay as they are. */
  keptCorrections?: string[];
}

export interface ErrorOutcome {
  file: string;
  error: string;
}

export type Outcome<R extends RecordSummary = RecordSummary> = LetterOutcome<R> | OtherFormatOutcome | DuplicateOutcome | ErrorOutcome;

/** An outcome as reported, with the letter's whole record. */
export type ReportedOutcome = Outcome<ArchivedRecord>;
