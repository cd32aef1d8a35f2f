/**
 * The letters an ingest run checks each file against: those archived before it (withdrawn ones
 * included) and those it wrote, looked up by text digest, 文号 and id. A letter written in the run
 * carries its copies (`run`): the file its text came from and its other formats.
 */
import type { IndexedLetter } from './content-index.ts';
import type { CopyQuality } from './letter-copies.ts';

/** One file of a letter written in this run. */
export interface RunCopy extends CopyQuality {
  /** The name the publisher gave it. */
  sourceName: string;
  textSha256: string;
  sourceSha256: string;
  /** Where its outcome stands in the run's outcomes. */
  outcomeAt: number;
}

/** A letter in the lookup; `run` is set for one written (or, in a dry run, that would be) in this run. */
export interface LookupLetter extends IndexedLetter {
  run?: { chosen: RunCopy; others: RunCopy[] };
}

export class LetterLookup {
  private readonly byText = new Map<string, LookupLetter>();
  private readonly byDoc = new Map<string, LookupLetter>();
  private readonly byId = new Map<string, LookupLetter>();

  constructor(letters: IndexedLetter[]) {
    for (const l of letters) this.add(l);
  }

  /** The letter holding this text, a withdrawn one included. */
  text(sha: string): LookupLetter | undefined {
    return this.byText.get(sha);
  }

  /** The letter holding this 文号; withdrawn letters are not replaced, so not found by it. */
  doc(docNumber: string | null): LookupLetter | undefined {
    return docNumber ? this.byDoc.get(docNumber) : undefined;
  }

  /** Whether a letter (a withdrawn one included) holds this id. */
  id(id: string): LookupLetter | undefined {
    return this.byId.get(id);
  }

  add(l: LookupLetter): void {
    // The first letter holding a text or 文号 is the one found, as a search in archive order would.
    for (const sha of textsOf(l)) if (!this.byText.has(sha)) this.byText.set(sha, l);
    if (l.docNumber && !l.withdrawn && !this.byDoc.has(l.docNumber)) this.byDoc.set(l.docNumber, l);
    if (!this.byId.has(l.id)) this.byId.set(l.id, l);
  }

  remove(l: LookupLetter): void {
    for (const sha of textsOf(l)) if (this.byText.get(sha) === l) this.byText.delete(sha);
    if (l.docNumber && this.byDoc.get(l.docNumber) === l) this.byDoc.delete(l.docNumber);
    if (this.byId.get(l.id) === l) this.byId.delete(l.id);
  }

  /** Puts `next` where `previous` was. */
  replace(previous: LookupLetter, next: LookupLetter): void {
    this.remove(previous);
    this.add(next);
  }
}

/** The text digests a letter answers to: its own and, for a letter of this run, its copies'. */
function textsOf(l: LookupLetter): string[] {
  return [l.textSha256, ...(l.run ? [l.run.chosen, ...l.run.others].map((c) => c.textSha256) : [])];
}
