/**
 * An archived letter that `--replace` replaces, kept as version N beside the new one: its original
 * byte for byte as `<id>.v<N>.source.<ext>` (its other formats likewise), its published record
 * (record.json with its corrections laid over it) as `<id>.v<N>.record.json`, and the entry the
 * new frontmatter's `versions` gains. Pure.
 */
import { sha256 } from './archive-letter.ts';
import { extname } from 'node:path';
import { recordJson } from '../letters/open-record.ts';
import { correctedRecord } from '../record/corrections.ts';
import type { ArchivedRecord, Version } from '../record/record-schema.ts';

/** A kept file of the earlier letter: its name beside the MDX file and its bytes. */
export interface KeptFile {
  name: string;
  bytes: Uint8Array;
}

export interface VersionPlan {
  version: Version;
  /** Files to write beside the MDX file before anything else: the earlier original, its other formats, its record. */
  files: { name: string; data: Uint8Array | string }[];
  /** The earlier letter's files these copies keep (its original, its other formats). */
  copied: string[];
}

/**
 * Version N (one more than the last of `previous.versions`) of the letter `previous`, replaced on
 * `replacedOn` (ISO): `original` is its kept original, `others` its other formats (`otherSources`).
 */
export function keptVersion(previous: ArchivedRecord, original: KeptFile, others: KeptFile[], replacedOn: string): VersionPlan {
  const n = Math.max(0, ...(previous.versions ?? []).map((v) => v.version)) + 1;
  const name = (file: string) => `${previous.id}.v${n}.source${extname(file).toLowerCase()}`;
  // The letter's page as published under the base path `/` (its folder year is its parsed date's).
  const record = recordJson(correctedRecord(previous), `/replies/${previous.date.slice(0, 4)}/${previous.id}/`);
  const recordFile = `${previous.id}.v${n}.record.json`;
  const otherSources = others.map((o) => {
    const listed = previous.otherSources?.find((s) => s.sourceFile === o.name);
    return { sourceFile: name(o.name), sourceName: listed?.sourceName ?? o.name, sourceSha256: sha256(o.bytes) };
  });
  return {
    version: {
      version: n,
      replacedOn,
      sourceFile: name(original.name),
      sourceName: previous.sourceName,
      sourceSha256: sha256(original.bytes),
      recordFile,
      recordSha256: sha256(record),
      ...(otherSources.length ? { otherSources } : {}),
    },
    files: [
      { name: name(original.name), data: original.bytes },
      ...others.map((o) => ({ name: name(o.name), data: o.bytes })),
      { name: recordFile, data: record },
    ],
    copied: [original.name, ...others.map((o) => o.name)],
  };
}
