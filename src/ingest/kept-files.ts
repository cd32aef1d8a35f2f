/**
 * The files an archived letter keeps beside its MDX file, as its frontmatter names them: the
 * current original, its other formats, and each earlier version's original and record, each with
 * the digest it must have. Read leniently from the frontmatter as YAML gives it, so that a letter
 * whose record is otherwise invalid still names its files. Pure.
 */

export interface KeptFile {
  /** The file's name as the frontmatter gives it; beside the MDX file when `besideMdx(name)`. */
  name: string;
  /** The SHA-256 (hex) the frontmatter gives for it, or null when it gives none. */
  sha256: string | null;
  /** Where the frontmatter gives that digest: `sourceSha256`, `versions.0.recordSha256`. */
  digestField: string;
  /** What the file is, for messages: `the original`, `version 1's record`. */
  role: string;
}

/** Every file the frontmatter `front` names, the current original first. */
export function keptFiles(front: Record<string, unknown>): KeptFile[] {
  const out: KeptFile[] = [];
  const add = (entry: unknown, file: string, digest: string, path: string, role: string) => {
    const e = entry as Record<string, unknown> | null;
    if (!e || typeof e !== 'object' || typeof e[file] !== 'string') return;
    const sha = e[digest];
    out.push({ name: e[file], sha256: typeof sha === 'string' ? sha : null, digestField: `${path}${digest}`, role });
  };
  add(front, 'sourceFile', 'sourceSha256', '', 'the original');
  listOf(front.otherSources).forEach((o, i) => add(o, 'sourceFile', 'sourceSha256', `otherSources.${i}.`, 'the other format'));
  listOf(front.versions).forEach((v, i) => {
    const n = (v as { version?: unknown } | null)?.version ?? i + 1;
    add(v, 'sourceFile', 'sourceSha256', `versions.${i}.`, `version ${n}'s original`);
    add(v, 'recordFile', 'recordSha256', `versions.${i}.`, `version ${n}'s record`);
    listOf((v as { otherSources?: unknown } | null)?.otherSources).forEach((o, j) =>
      add(o, 'sourceFile', 'sourceSha256', `versions.${i}.otherSources.${j}.`, `version ${n}'s other format`),
    );
  });
  return out;
}

/** Whether `name` is a plain file name, so that the file lies beside the MDX file (no folder, no `..`). */
export function besideMdx(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[\\/]/.test(name);
}

/** `2025-ta5-4-0361.v1.source.txt`, `….source.pdf`, `….v2.record.json`: how ingest names the files it keeps. */
export const KEPT_FILE_NAME = /^([a-z0-9-]+)\.(?:v\d+\.)?(?:source\.[^.]+|record\.json)$/;

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
