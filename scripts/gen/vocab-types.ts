/**
 * The shape of a topic domain's vocabulary (see vocab-domains-*.ts) and a helper for writing
 * one item per line.
 *
 * Body templates may use placeholders filled by fill-template.ts: {n} small count, {N} larger
 * count, {p} percentage, {w} amount in 万元, {yi} amount in 亿元, {y} last year, {y0} an earlier
 * year, {term} a shared programme or policy name in “…” or 《…》, {inst} a named university or
 * institute, {place} 全市/全县/全区, {we} 我市/我县/我区, {city} the city's name.
 * Leads and next steps are single clauses without 。; no item may contain an enumerator
 * (一是, 第一，, （一）), 下一步/今后, or the words of the letter's closing blocks.
 */

export type Domain = {
  /** The replying bureau without place prefix, e.g. `教育局`. */
  unit: string;
  /** Its one- or two-character abbreviation in the 文号, e.g. `教`. */
  abbr: string;
  /** The field thanked for: 感谢您对全市<field>的关心和支持. */
  field: string;
  /** Bureaus consulted (会同…), without place prefix. */
  partners: string[];
  /** Proposal/suggestion title stems: 关于<stem>的提案. */
  titles: string[];
  /** Section headings (after 一、). */
  headings: string[];
  /** Measure leads. */
  leads: string[];
  /** Body sentence templates, each ending with 。. */
  bodies: string[];
  /** 下一步 commitments. */
  next: string[];
};

/** Non-empty trimmed lines of a template literal. */
export function lines(text: string): string[] {
  return text.split('\n').map((s) => s.trim()).filter(Boolean);
}
