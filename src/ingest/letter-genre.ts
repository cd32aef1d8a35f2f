/**
 * What a file that is not a reply letter looks like instead: the proposal or suggestion itself,
 * a summary report on handling many items, a news article, a notice. Reads parse views. Pure.
 */

/** Head lines a proposal or a suggestion form prints and a reply does not. */
const PROPOSAL_FIELDS = /^(提案人|案由|领衔人|附议人|联名人|提出人|领衔代表|附议代表|建议人|审查意见|立案意见|提案号|建议号)\s?:/;
const REPORT_TITLE = /(办理工作|办理情况|工作情况|工作总结)的?(报告|总结|汇报|通报)$|关于.{0,40}(报告|总结|汇报)$/;
const COUNTS = /(共?承办|办理|办结|收到|交办|立案)[^。]{0,12}?\d+件|(办结率|满意率|见面率|沟通率)/g;
const NEWS = /^(本报讯|记者|来源:|发布时间|浏览次数|责任编辑|编辑:|通讯员)|[(（]记者|(责任编辑|来源)\s?:/;
const NOTICE_TITLE = /(通知|通告|公告)$/;
const NOTICE_ADDRESSEE = /^各[\u4e00-\u9fa5、,]{1,40}:$/;

export interface NotALetter {
  what: 'proposal' | 'report' | 'news' | 'notice';
  reason: string;
}

/** What the file is instead of a reply letter, or null when it may be one. */
export function notAReplyLetter(paragraphs: string[], hasReplyTitle: boolean): NotALetter | null {
  const reason = whyNot(paragraphs, hasReplyTitle);
  if (!reason) return null;
  const what = (['proposal', 'report', 'news', 'notice'] as const).find((w) => reason.includes(WORD[w]))!;
  return { what, reason };
}

const WORD = { proposal: 'proposal or suggestion itself', report: 'summary report', news: 'news article', notice: 'notice' };

function whyNot(paragraphs: string[], hasReplyTitle: boolean): string | null {
  const head = paragraphs.slice(0, 16).map((p) => p.replace(/\s+/g, ''));
  const fields = head.filter((p) => PROPOSAL_FIELDS.test(p)).length;
  if (fields >= 1 && !hasReplyTitle) {
    return 'not a reply letter: it is a proposal or suggestion itself (提案人/案由 lines), not the reply to one';
  }
  const counts = paragraphs.reduce((n, p) => n + (p.match(COUNTS)?.length ?? 0), 0);
  if (!hasReplyTitle && (head.some((p) => REPORT_TITLE.test(p) && p.length <= 80) ? counts >= 1 : counts >= 4)) {
    return 'not a reply letter: it is a summary report on handling many items (counts of 件 handled), not the reply to one';
  }
  if (paragraphs.filter((p) => NEWS.test(p.trim())).length >= 1 && !hasReplyTitle) {
    return 'not a reply letter: it is a news article (本报讯/记者/来源 lines), not a reply';
  }
  if (!hasReplyTitle && (head.some((p) => NOTICE_TITLE.test(p) && p.length <= 80) || head.some((p) => NOTICE_ADDRESSEE.test(p)))) {
    return 'not a reply letter: it is a notice (通知) addressed to many units, not a reply';
  }
  return null;
}
