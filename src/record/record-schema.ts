/**
 * The reply-letter record (see docs/record-format.md): the one schema that the ingest CLI
 * writes, the site's content collection reads, and the open-data JSON files publish.
 */
import { z } from 'zod';

/** A date in ISO form, `2025-09-03`, that exists in the calendar. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One enumerated measure (一是…, （一）…, 1. …, 第一，…) of a section. */
export const measureSchema = z.object({
  /** The measure's first sentence, without its enumerator and closing 。. */
  lead: z.string(),
  /** Stable anchor from the measure's position: `m<section>-<item>`, e.g. `m2-3`. */
  anchor: z
    .string()
    .regex(/^m\d+-\d+$/)
    .optional(),
  /** Terms (“…”, 《…》 and named institutions) this measure names, first appearance first. */
  terms: z.array(z.string()).optional(),
});

/** A top-level 一、二、三、 part of the letter. */
export const sectionSchema = z.object({
  /** The heading after 一、, or null for a letter without such headings. */
  heading: z.string().nullable(),
  /** Stable anchor `s<n>`. */
  anchor: z
    .string()
    .regex(/^s\d+$/)
    .optional(),
  /** The lowest-level enumerated items of the section, in order; [] when it has none. */
  measures: z.array(measureSchema),
});

/** One enumerated commitment of the 下一步 / 今后 paragraph. */
export const commitmentSchema = z.object({
  /** The commitment's first sentence, without enumerator and closing 。. */
  lead: z.string(),
  /** Stable anchor `n<item>`. */
  anchor: z
    .string()
    .regex(/^n\d+$/)
    .optional(),
  /** Terms this commitment names. */
  terms: z.array(z.string()).optional(),
});

export const sessionSchema = z.object({
  /** 届: the assembly's term, 五届 → 5. */
  term: z.number().int().positive(),
  /** 次: the meeting of that term, 四次会议 → 4. */
  meeting: z.number().int().positive(),
  /** Canonical label `<届>届<次>次会议`, e.g. `五届四次会议`. */
  label: z.string(),
});

export const contactSchema = z.object({
  /** 联系人: the person to contact about the reply. */
  name: z.string().nullable(),
  /** 联系电话, as printed: `0477-8586566`. */
  phone: z.string().nullable(),
});

/** The record fixed by record-format.md: what `ingest --json` prints and record.json holds. */
export const recordSchema = z.object({
  /** 文号 as printed, spaces removed: `鄂建提复字〔2025〕333号`. */
  docNumber: z.string().nullable(),
  /** 签发人: the official who signed off the reply. */
  signer: z.string().nullable(),
  /** The title line, spaces removed: `…关于市政协五届四次会议第0361号提案的答复函`. */
  title: z.string().nullable(),
  /** 提案 (CPPCC member's proposal) or 建议 (people's congress deputy's suggestion). */
  kind: z.enum(['proposal', 'suggestion']),
  /** The body the item was raised in, as written: `市政协`, `市人大`, `县政协`. */
  assembly: z.string(),
  /** 会议届次: the session in which the item was raised. */
  session: sessionSchema.nullable(),
  /** The proposal / suggestion number as printed, digits only, leading zeros kept: `0361`. */
  number: z.string().regex(/^\d+$/).nullable(),
  /** The members named in the salutation (without 委员/代表), or the organisation of a collective proposal. */
  addressees: z.array(z.string()),
  /** 委员 or 代表; null when the addressee is an organisation. */
  addresseeRole: z.enum(['委员', '代表']).nullable(),
  /** The title of the proposal or suggestion, without 《》 or quotes. */
  proposalTitle: z.string().nullable(),
  /** The unit that signs the letter: `鄂尔多斯市人民政府`. */
  replyingUnit: z.string(),
  /** The signing date under the signature, ISO. */
  date: isoDate,
  /** 答复类别 where printed: A solved or adopted, B being solved, C planned, D kept for reference. */
  category: z.enum(['A', 'B', 'C', 'D']).nullable(),
  /** 联系人 and 联系电话, or null when the letter gives none. */
  contact: contactSchema.nullable(),
  /** 抄送 / 抄报 units, in the order printed. */
  cc: z.array(z.string()),
  /** The office that printed the letter (the 印发 line). */
  issuedBy: z.string().nullable(),
  /** The 印发 date, ISO. */
  issuedDate: isoDate.nullable(),
  /** The top-level 一、二、三、 parts, each with its measures. */
  sections: z.array(sectionSchema),
  /** The enumerated commitments of the 下一步 / 今后 paragraph. */
  nextSteps: z.array(commitmentSchema),
  /** Programmes, policies, platforms and brands the letter puts in “…” or 《…》, first appearance first. */
  terms: z.array(z.string()),
  /** The 公开属性 / 公开方式 the letter prints (`（此件公开发布）` → 主动公开); null where none is printed. */
  disclosure: z.enum(['主动公开', '依申请公开', '不予公开']).nullable(),
});

/** The record's fields in the order of record-format.md (the order of the schema above). */
export const RECORD_FIELDS = Object.keys(recordSchema.shape) as (keyof z.infer<typeof recordSchema>)[];

/** One cross-link an editor adds or removes: from a measure of this letter to a measure or a term. */
export const editorLinkSchema = z.object({
  /** The anchor of a measure or commitment of this letter: `m1-2`, `n1`. */
  from: z.string().regex(/^(m\d+-\d+|n\d+)$/),
  /** `<letter id>#<anchor>` for a measure of another letter, or `term:<term>` for a term. */
  to: z.string().regex(/^([a-z0-9-]+#(m\d+-\d+|n\d+)|term:.+)$/),
});

/** Cross-links an editor decided on: kept when the letter is ingested again. */
export const editorLinksSchema = z.object({
  /** Links the extraction missed. */
  add: z.array(editorLinkSchema).default([]),
  /** Links the extraction made that are wrong. */
  remove: z.array(editorLinkSchema).default([]),
});

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * An editor's corrections: record fields (the names of record-format.md) mapped to the value the
 * editor wants. The record the site and the open data use is the parsed record with these laid
 * over it (src/record/corrections.ts). Sections and next steps are the letter's text, corrected by
 * re-ingesting a corrected file (`--replace`), so they are not among them.
 */
export const correctionsSchema = recordSchema.omit({ sections: true, nextSteps: true }).partial().strict();

/** Another format of the same letter, ingested in the same run, kept beside the MDX file as a download. */
export const otherSourceSchema = z.object({
  /** The kept file's name: `2025-ta5-4-0361.source.pdf`. */
  sourceFile: z.string(),
  /** The name the publisher gave it. */
  sourceName: z.string(),
  /** SHA-256 (hex) of its bytes. */
  sourceSha256: sha256Hex,
});

/** An earlier version of a letter, kept when `--replace` replaced it: its original and its record. */
export const versionSchema = z.object({
  /** 1 for the letter's first version, counting up. */
  version: z.number().int().positive(),
  /** The day this version was replaced by the next, ISO. */
  replacedOn: isoDate,
  /** Its original, byte for byte, beside the MDX file: `2025-ta5-4-0361.v1.source.txt`. */
  sourceFile: z.string(),
  /** The name the publisher gave that original. */
  sourceName: z.string(),
  /** SHA-256 (hex) of that original's bytes. */
  sourceSha256: sha256Hex,
  /** Its published record (record.json as it then was) beside the MDX file: `2025-ta5-4-0361.v1.record.json`. */
  recordFile: z.string(),
  /** SHA-256 (hex) of that record file's bytes. */
  recordSha256: sha256Hex,
  /** Its other formats as they then were, kept beside it: `2025-ta5-4-0361.v1.source.pdf`. */
  otherSources: z.array(otherSourceSchema).optional(),
});

/** A letter withdrawn from the public site (published by mistake): when, and why. */
export const withdrawalSchema = z.object({
  /** The day it was withdrawn, ISO. */
  on: isoDate,
  /** The office's reason, for its own records (never published); null when none was given. */
  reason: z.string().nullable(),
});

/** What an archived letter's MDX frontmatter holds: the record plus its place in the archive. */
export const archivedRecordSchema = recordSchema.extend({
  /** Short ASCII id, unique and stable: `2025-ta5-4-0361` (year, 提案/建议, session, number). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The kept original file's name beside the MDX file, e.g. `2025-ta5-4-0361.source.txt`. */
  sourceFile: z.string(),
  /** The name the publisher gave the original file. */
  sourceName: z.string(),
  /** SHA-256 (hex) of the original file's bytes. */
  sourceSha256: sha256Hex,
  /** SHA-256 (hex) of the letter's text with all white space removed: what duplicates are found by. */
  textSha256: sha256Hex,
  /** Page artifacts removed from the extracted text (page numbers, repeated page headers). */
  removedArtifacts: z.array(z.string()),
  /** Fields the letter did not yield, for the reviewing clerk. */
  warnings: z.array(z.string()),
  /** The same letter in other formats, from the same ingest run, kept as downloads. */
  otherSources: z.array(otherSourceSchema).optional(),
  /** The earlier versions `--replace` kept, oldest first. */
  versions: z.array(versionSchema).optional(),
  /** SHA-256 (hex) of what ingest wrote (src/record/written-digest.ts): the build refuses a letter edited by hand outside editorLinks and corrections. */
  writtenSha256: sha256Hex,
  /** Cross-links an editor adds or removes by hand; see docs/mdx-format.md. */
  editorLinks: editorLinksSchema.optional(),
  /** Record fields an editor corrects by hand; see docs/mdx-format.md. */
  corrections: correctionsSchema.optional(),
  /** Set when the letter was withdrawn (its file then lives under `withdrawn/`, not `replies/`). */
  withdrawn: withdrawalSchema.optional(),
});

/** A letter's outline: its sections with their measures, and its next steps. */
export const outlineSchema = archivedRecordSchema.pick({ sections: true, nextSteps: true });

/**
 * The archived record without its outline: what the site's content store keeps of a letter. The
 * outline (a large share of a record) is kept in a file of its own; the store is serialised,
 * bundled and compiled whole on every build.
 */
export const listedRecordSchema = archivedRecordSchema.omit({ sections: true, nextSteps: true });

export type LetterRecord = z.infer<typeof recordSchema>;
/** The 公开属性 a letter prints, or null. */
export type Disclosure = LetterRecord['disclosure'];
export type ArchivedRecord = z.infer<typeof archivedRecordSchema>;
export type Outline = z.infer<typeof outlineSchema>;
export type ListedRecord = z.infer<typeof listedRecordSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Commitment = z.infer<typeof commitmentSchema>;
export type EditorLinks = z.infer<typeof editorLinksSchema>;
export type Corrections = z.infer<typeof correctionsSchema>;
export type Version = z.infer<typeof versionSchema>;
export type OtherSource = z.infer<typeof otherSourceSchema>;
export type Withdrawal = z.infer<typeof withdrawalSchema>;
