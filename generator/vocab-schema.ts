/**
 * The shape of the generator's vocabulary files (generator/vocab/*.json), as zod schemas.
 *
 * Templates may use placeholders filled by fill-template.ts: {n} small count, {N} larger count,
 * {p} percentage, {hp} high percentage, {w} amount in 万元, {yi} amount in 亿元, {y} last year,
 * {y0} an earlier year, {y1} next year, {term} a shared programme or policy name in “…” or 《…》,
 * {inst} a named institution, {place} 全市/全县/全区, {we} 我市/我县/我区, {city} the city's name,
 * {prov} its province, {you} 您/你们/贵委, {kind} 提案/建议, {title} the proposal title,
 * {self} 我局/我委/我市, {gov} 市政府/我局, {lead} the leading bureau, {partners} consulted
 * bureaus joined with 、, {field} the field, {session} the session as printed.
 * Leads and next steps are single clauses without 。; no item may contain an enumerator
 * (一是, 第一，, （一）), 下一步/今后, or the words of the letter's closing blocks.
 */
import { z } from 'zod';

const text = z.string().min(1);
const texts = z.array(text).min(1);
/** A list that may hold empty strings (an optional lead-in drawn as often as the others). */
const optionalTexts = z.array(z.string()).min(1);

export const domainSchema = z.strictObject({
  id: text,
  /** The replying bureau without place prefix, e.g. `教育局`. */
  unit: text,
  /** Its short name, as a signature may print it: `科技局` for `科学技术局`. */
  shortUnit: text,
  /** The province's department for the field: `教育厅`. */
  provinceUnit: text,
  /** The national ministry: `教育部`. */
  ministry: text,
  /** Its abbreviation in the 文号, e.g. `教`. */
  abbr: text,
  /** The field thanked for: 感谢您对全市<field>的关心和支持. */
  field: text,
  /** Bureaus consulted (会同…), without place prefix. */
  partners: texts,
  /** Proposal/suggestion title stems: 关于<stem>的提案. */
  titles: texts,
  /** Section headings (after 一、). */
  headings: texts,
  /** Measure leads. */
  leads: texts,
  /** Body sentence templates, each ending with 。. */
  bodies: z.array(text.regex(/。$/, 'a body sentence ends with 。')).min(1),
  /** 下一步 commitments. */
  next: texts,
});

export const commonSchema = z.strictObject({
  openings: texts,
  backgrounds: texts,
  genericBodies: texts,
  /** Clauses appended to a short lead to make a long one (`lead，clause`). */
  leadTails: texts,
  /** The sentence before a 一是 enumeration inside a section paragraph. */
  sectionIntros: texts,
  proseSections: texts,
  caveats: texts,
  nextIntros: z.array(text.regex(/^下一步/, 'a next-steps intro opens with 下一步')).min(1),
  thanks: texts,
  genericLeads: texts,
  genericHeadings: texts,
});

export const sentencesSchema = z.strictObject({
  leadIns: optionalTexts,
  subjects: texts,
  actions: texts,
  results: optionalTexts,
});

export const termsSchema = z.strictObject({
  slogans: texts,
  programmeHeads: texts,
  programmeTails: texts,
  provinceLaws: texts,
  cityDocs: texts,
  universities: texts,
  localInstitutes: texts,
  /** Collective proposers, `{place}` = 桐溪市 / 枫渡县. */
  organisations: texts,
});

export const hostileSchema = z.strictObject({
  /** Body sentences (complete, ending with 。); `\n\n` marks a paragraph broken by extraction. */
  bodies: texts,
  /** Leads (no closing 。). */
  leads: texts,
});

export const namesSchema = z.strictObject({
  surnames: text,
  compoundSurnames: texts,
  given: text,
});

export const worldSchema = z.strictObject({
  cityNames: texts,
  provinces: texts,
  countyFirst: text,
  countySecond: text,
  districtFirst: text,
  districtSecond: text,
  /** Real place names the invented ones must avoid. */
  realNames: z.array(text),
});

export const formsSchema = z.strictObject({
  /** Sentences with 类/甲等/5A级 words that are not the reply's category. */
  decoys: texts,
  /** Tables pasted as text: rows of cells. */
  tables: z.array(z.array(texts).min(2)).min(1),
  /** Discourse connectives that are not enumerators, in order. */
  nonItemOpeners: z.array(texts).min(1),
  /** Sentences broken at {cut} so that the next line starts `- 3 米` or `1. 5 万`. */
  nonItemLines: z.array(text.regex(/\{cut\}/, 'a non-item line has a {cut}')).min(1),
  /** The category said in a sentence: {cn} 甲乙丙丁, {cat} ABCD. */
  categorySentences: z.array(text.regex(/\{(cn|cat)\}/, 'a category sentence names {cn} or {cat}')).min(1),
  attachments: texts,
  closings: texts,
  /** Organisations that raise proposals besides the parties: {place}, {scope} 市/县/区. */
  organisations: texts,
  /** A top-level heading for the next steps (四、下一步工作打算). */
  nextHeadings: texts,
  /** Sub-headings of two-level sections. */
  subheadings: texts,
  /** A 下一步 paragraph without items (after the opener and its comma). */
  nextProse: texts,
  /** The sentence after a `四、下一步工作打算` heading that leads into its items. */
  nextHeadingIntros: texts,
  /** Openings of a 协办/会办 opinion sent to the lead unit: {raised} the member, {num}, {role} 协办/会办. */
  opinionOpenings: texts,
  /** Openings of a 协办 reply to the member: {leadUnit}. */
  coHandlingOpenings: texts,
  /** What an opinion to the lead unit ends with instead of thanks. */
  opinionClosings: texts,
});

export type Domain = z.infer<typeof domainSchema>;
export type Common = z.infer<typeof commonSchema>;
export type Forms = z.infer<typeof formsSchema>;
