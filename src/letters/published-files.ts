/**
 * The files published beside a letter's page `replies/<year>/<id>/`, by name inside that folder,
 * and the kept file (beside the letter's MDX file) each is made from. The one list of them: the
 * build copies them (src/integrations/letter-files.ts), the page links them, record.json names
 * the earlier versions' URLs. Pure.
 *
 *   record.json                    the letter's record (open-record.ts), from the letter store
 *   source.<ext>                   its kept original, byte for byte; one per format (otherSources)
 *   source.utf8.txt                a .txt original's text in UTF-8 with a BOM, to view in a browser
 *   v<N>/source.<ext>              the original of earlier version N (versions), byte for byte
 *   v<N>/record.json               that version's record as it was published, byte for byte
 *   v<N>/source.utf8.txt           likewise, the text of a .txt original of version N
 *
 * A `.txt` original is kept as it came, in UTF-8 or GB18030. A static host labels `.txt` with no
 * charset or as UTF-8, so a GB18030 file opened in a browser shows garbled; a byte-order mark
 * overrides the header in every browser, so the view copy opens as Chinese on any host.
 */
import type { ListedRecord, Version } from '../record/record-schema.ts';

/** The name a record is published under, in the letter's folder or a version's. */
export const RECORD_NAME = 'record.json';
/** The name of a `.txt` original's view copy, in the folder of the original. */
export const VIEW_NAME = 'source.utf8.txt';

/** An original published beside a letter's page. */
export interface PublishedSource {
  /** Its name under the letter's folder: `source.pdf`, `v1/source.txt`. */
  name: string;
  /** The kept file it copies, beside the MDX file: `2025-ta5-4-0361.source.pdf`. */
  kept: string;
  /** `txt`, `docx`, `pdf`: its format. */
  ext: string;
  /** SHA-256 (hex) of its bytes, as the record states it. */
  sha256: string;
  /** Its view copy's name under the letter's folder, for a `.txt` original; else null. */
  view: string | null;
}

/** An earlier version of a letter, as published: its original and its record. */
export interface PublishedVersion {
  version: number;
  replacedOn: string;
  source: PublishedSource;
  /** The record's name under the letter's folder (`v1/record.json`) and the kept file it copies. */
  record: { name: string; kept: string };
}

/** `txt`, `docx` or `pdf`: a kept file's extension, lower case (`bin` if it has none). */
export function extOf(file: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(file);
  return m ? m[1].toLowerCase() : 'bin';
}

function published(dir: string, kept: string, sha256: string): PublishedSource {
  const ext = extOf(kept);
  return { name: `${dir}source.${ext}`, kept, ext, sha256, view: ext === 'txt' ? `${dir}${VIEW_NAME}` : null };
}

/**
 * The letter's originals: the one it was archived from first, then its other formats. Throws
 * when two are of one format (they would be published under one name).
 */
export function letterSources(data: Pick<ListedRecord, 'id' | 'sourceFile' | 'sourceSha256' | 'otherSources'>): PublishedSource[] {
  const sources = [
    published('', data.sourceFile, data.sourceSha256),
    ...(data.otherSources ?? []).map((o) => published('', o.sourceFile, o.sourceSha256)),
  ];
  const names = sources.map((s) => s.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new Error(`${data.id}: two originals of one format would both be published as ${twice} (otherSources)`);
  return sources;
}

/** The letter's earlier versions, oldest first. */
export function letterVersions(data: Pick<ListedRecord, 'versions'>): PublishedVersion[] {
  return [...(data.versions ?? [])]
    .sort((a, b) => a.version - b.version)
    .map((v: Version) => ({
      version: v.version,
      replacedOn: v.replacedOn,
      source: published(`v${v.version}/`, v.sourceFile, v.sourceSha256),
      record: { name: `v${v.version}/${RECORD_NAME}`, kept: v.recordFile },
    }));
}

const PUBLISHED_NAME = /^(?:v\d+\/)?(?:record\.json|source\.utf8\.txt|source\.[a-z0-9]+)$/;

/** Whether a path in the output folder (relative, `/`-separated) is one of a letter's published files. */
export function isLetterFile(file: string): boolean {
  const m = /^replies\/\d{4}\/[a-z0-9-]+\/(.+)$/.exec(file);
  return !!m && PUBLISHED_NAME.test(m[1]);
}
