/**
 * Pagefind segments CJK queries with Intl.Segmenter (differently from its indexer); the search page
 * hands it terms already split. So on that page Intl.Segmenter is replaced by plain code: words
 * are split at white space, graphemes are code points (Pagefind joins a word's graphemes back
 * together, so a grapheme cut in two changes nothing). It never builds ICU's segmenter for
 * Chinese, which makes a first search markedly slower even for graphemes.
 */

interface PlainSegment {
  segment: string;
  index: number;
  input: string;
  isWordLike?: boolean;
}

/** Installs the plain segmenter as `Intl.Segmenter`, once. */
export function plainSegmenter(): void {
  const intl = globalThis.Intl as unknown as { Segmenter?: { archivePlain?: boolean } };
  if (intl?.Segmenter?.archivePlain) return;
  class Segmenter {
    static archivePlain = true;
    declare granularity: string;
    constructor(_locale?: string | string[], options?: { granularity?: string }) {
      this.granularity = options?.granularity ?? 'grapheme';
    }
    segment(input: unknown): PlainSegment[] {
      const s = String(input);
      const words = this.granularity === 'word';
      return [...s.matchAll(words ? /\s+|\S+/gu : /[\s\S]/gu)].map((m) => ({
        segment: m[0],
        index: m.index,
        input: s,
        ...(words ? { isWordLike: !/^\s/u.test(m[0]) } : {}),
      }));
    }
    resolvedOptions() {
      return { locale: 'zh-CN', granularity: this.granularity };
    }
    static supportedLocalesOf(locales?: string | string[]): string[] {
      return ([] as string[]).concat(locales ?? []);
    }
  }
  intl.Segmenter = Segmenter;
}
