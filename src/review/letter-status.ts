/**
 * What the reviewing clerk is to check of a letter beyond its fields, read from its frontmatter:
 * whether the public site will hold it back, the editor's corrections beside the parsed values,
 * whether `--replace` replaced it (and its earlier versions), and ingest's warnings in Chinese.
 * Pure.
 */
import { correctedFields, correctedRecord } from '../record/corrections.ts';
import { isPublic } from '../record/publication.ts';
import type { Corrections, LetterRecord, Version } from '../record/record-schema.ts';
import { labelOf } from './labels.ts';
import { valueText } from './value-text.ts';
import { warningLabel, type WarningLabel } from './warning-labels.ts';

export interface Correction {
  field: string;
  label: string;
  /** The parsed value and the editor's, as text. */
  parsed: string;
  corrected: string;
  /** The editor's value equals the parsed one. */
  same: boolean;
}

export interface LetterStatus {
  /** Set when the public site will not publish the letter: its (corrected) 公开属性, and whether an editor set it. */
  heldBack: { disclosure: string; corrected: boolean } | null;
  corrections: Correction[];
  /** Set when the letter has earlier versions: which version it now is, since when, and those kept. */
  replaced: { version: number; on: string; versions: Version[] } | null;
  warnings: WarningLabel[];
}

type Front = Record<string, any>;

const listOf = (v: unknown): any[] => (Array.isArray(v) ? v : []);
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function letterStatus(front: Front): LetterStatus {
  const withCorrections = front as LetterRecord & { corrections?: Corrections };
  const corrected = correctedRecord(withCorrections);
  const corrections = front.corrections && typeof front.corrections === 'object' ? correctedFields(withCorrections) : [];
  const versions = [...(listOf(front.versions) as Version[])].sort((a, b) => a.version - b.version);
  const last = versions.at(-1);
  return {
    heldBack: isPublic(corrected)
      ? null
      : {
          disclosure: String(corrected.disclosure),
          corrected: corrections.includes('disclosure') && !sameValue(front.disclosure, corrected.disclosure),
        },
    corrections: corrections.map((key) => ({
      field: key,
      label: labelOf(key),
      parsed: valueText(key, front[key]),
      corrected: valueText(key, front.corrections[key]),
      same: sameValue(front[key], front.corrections[key]),
    })),
    replaced: last ? { version: last.version + 1, on: last.replacedOn, versions } : null,
    warnings: listOf(front.warnings).map((w) => warningLabel(String(w))),
  };
}
