/** The shapes `buildCrossLinks` takes and gives: plain objects and arrays, JSON-safe. */

/** A measure (`m2-3`) or 下一步 commitment (`n1`) of a letter, with the terms it names. */
export interface LinkItem {
  anchor: string;
  kind: 'measure' | 'commitment';
  lead: string;
  /** Display forms as the record holds them (`measureTerms`); spellings of one key are one term. */
  terms: string[];
}

/** A letter as the cross-links need it; `items` in document order (measures, then commitments). */
export interface LinkLetter {
  id: string;
  /** The letter page's URL, e.g. `/replies/2025/2025-ta5-4-0361/`; item links are `url#anchor`. */
  url: string;
  title: string;
  /** ISO date `2025-09-03`: orders letters (newest first) and decides what is later. */
  date: string;
  replyingUnit: string;
  items: LinkItem[];
}

/** One editor override: from an anchor of the letter to `letterId#anchor` or `term:<display>`. */
export interface LinkEdit {
  from: string;
  to: string;
}

/** Editor overrides by letter id: links to add and computed links to remove. */
export type LinkEdits = Record<string, { add?: LinkEdit[]; remove?: LinkEdit[] }>;

/** Limits of the computation. */
export interface CrossLinkOptions {
  /** Most related items per item (default 5; editor additions always shown, computed ones fill up). */
  maxRelated?: number;
  /** Most later measures listed under a commitment's `reportedBy` (default 10, oldest first). */
  maxReportedBy?: number;
  /**
   * A term used by more than max(`commonMin`, `commonShare` × all items) items (defaults 200 and
   * 0.002) is too common to relate anything: `related` and
   * `reportedBy` skip it, and `CrossLinks.commonTerms` lists it. It keeps its term page, its
   * term links and `continues`. Skipping these is what keeps `related` near-linear.
   */
  commonShare?: number;
  commonMin?: number;
}

/** A link to another item, with the letter it is in and why it is linked. */
export interface ItemRef {
  letterId: string;
  anchor: string;
  kind: 'measure' | 'commitment';
  lead: string;
  title: string;
  date: string;
  replyingUnit: string;
  /** `url#anchor` of the item. */
  href: string;
  /** Display forms of the shared terms (in this item's order), or `['编辑添加']` for an editor's link. */
  reason: string[];
}

/** One of an item's terms; `linked` is false for a term no other item names. */
export interface TermLink {
  display: string;
  slug: string;
  linked: boolean;
}

/** What one item links to. */
export interface ItemLinks {
  termLinks: TermLink[];
  /** Items of other letters sharing the rarest terms, best first (at most `maxRelated` computed). */
  related: ItemRef[];
  /** Commitments only ([] for measures): measures of the same letter sharing a term, in document order. */
  continues: ItemRef[];
  /** Commitments only ([] for measures): measures of later letters sharing a term, oldest first. */
  reportedBy: ItemRef[];
}

/** One term of the archive: its page lists every item that names it. */
export interface TermEntry {
  key: string;
  slug: string;
  /** The spelling most items use (ties: the newest letter's). */
  display: string;
  /** Grouped by letter, newest first (date desc, then id); anchors in document order. */
  uses: { letterId: string; anchor: string }[];
}

export interface CrossLinks {
  /** Every term used anywhere, sorted by key (code-unit order). */
  terms: TermEntry[];
  /** `byItem[letterId][anchor]`, letters by id, anchors in document order. */
  byItem: Record<string, Record<string, ItemLinks>>;
  /** Keys of the terms too common for `related` / `reportedBy`, sorted. */
  commonTerms: string[];
}
