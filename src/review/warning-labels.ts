/**
 * Ingest's warnings (the English texts of `warnings` in a letter's frontmatter, written by
 * src/ingest/parse-letter.ts) in Chinese, for the reviewing clerk, each with the record field the
 * clerk should check. A text not listed here is shown as it is, marked as not translated. Pure.
 */

/** Warning text as ingest writes it → its Chinese and the field it is about. */
const WARNINGS: Readonly<Record<string, { zh: string; field: string }>> = {
  'signing unit not printed above the date: read from the letterhead': {
    zh: '日期上方未署答复单位：答复单位取自版头，请核对',
    field: 'replyingUnit',
  },
  'date not read from the letter: given by the editor in corrections.date': {
    zh: '函中日期未能识读：日期为编辑所填，请核对',
    field: 'date',
  },
  'no 文号': { zh: '未识别出文号', field: 'docNumber' },
  'no 签发人': { zh: '未识别出签发人', field: 'signer' },
  'no title line': { zh: '未识别出答复函标题', field: 'title' },
  'no session (届次)': { zh: '未识别出会议届次', field: 'session' },
  'no proposal/suggestion number': { zh: '未识别出提案、建议编号', field: 'number' },
  'no addressee': { zh: '未识别出提案人、代表或提案单位', field: 'addressees' },
  'no proposal/suggestion title': { zh: '未识别出提案、建议标题', field: 'proposalTitle' },
  'no contact': { zh: '未识别出联系人及电话', field: 'contact' },
};

export interface WarningLabel {
  /** The Chinese text, or the warning as written when it is not known. */
  text: string;
  /** False for a warning not listed: shown as written, marked. */
  known: boolean;
  /** The record field it is about, when known. */
  field?: string;
}

/** One warning as the review shows it. */
export function warningLabel(warning: string): WarningLabel {
  const w = Object.hasOwn(WARNINGS, warning) ? WARNINGS[warning] : undefined;
  return w ? { text: w.zh, known: true, field: w.field } : { text: warning, known: false };
}
