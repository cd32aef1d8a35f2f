/**
 * A letter that cannot be archived: the reason is one line a clerk can act on
 * (`empty input: file has no content`, `truncated: no signature/date`, …).
 */
export class LetterError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'LetterError';
  }
}
