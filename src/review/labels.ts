/**
 * Every word the review page shows, in Chinese: the labels of a letter's frontmatter fields, in
 * the order the review shows them, and the page's headings, notes and badges. Record fields take
 * the site's labels (src/i18n/zh-CN.ts) where it has one. Ingest's warnings are in warning-labels.ts.
 */
import { field, letter } from '../i18n/zh-CN.ts';

/** Frontmatter key → label, in display order; every letter shows each of them. */
export const fieldLabels: ReadonlyArray<readonly [string, string]> = [
  ['id', '档案编号'],
  ['title', field.title],
  ['docNumber', field.docNumber],
  ['signer', field.signer],
  ['kind', field.kind],
  ['assembly', field.assembly],
  ['session', field.session],
  ['number', '提案、建议编号'],
  ['addressees', '提案人、代表或提案单位'],
  ['addresseeRole', '身份（委员、代表）'],
  ['proposalTitle', '提案、建议标题'],
  ['replyingUnit', field.replyingUnit],
  ['date', '答复日期'],
  ['category', field.category],
  ['disclosure', '公开属性'],
  ['contact', '联系人及电话'],
  ['cc', '抄送、抄报'],
  ['issuedBy', '印发机关'],
  ['issuedDate', '印发日期'],
  ['sections', '答复分项及措施'],
  ['nextSteps', letter.nextSteps],
  ['terms', field.terms],
  ['removedArtifacts', '已删除的页码、页眉'],
  ['sourceName', '原始文件名'],
  ['sourceFile', '存档原始文件'],
  ['sourceSha256', '原始文件 SHA-256'],
  ['otherSources', '其他格式的原始文件'],
  ['textSha256', '正文 SHA-256（去空白）'],
  ['writtenSha256', '写入内容 SHA-256'],
  ['editorLinks', '编辑添加、删除的关联'],
];

/** Frontmatter keys shown above the record, as the editors' decisions and ingest's warnings, under these labels. */
export const decisionLabels = {
  corrections: '编辑更正',
  versions: '此前版本',
  warnings: letter.warnings,
  withdrawn: '撤回',
} as const;

/** The label of any frontmatter key: its Chinese label, or the key itself for a key the review does not know. */
export function labelOf(key: string): string {
  return fieldLabels.find(([k]) => k === key)?.[1] ?? (decisionLabels as Record<string, string>)[key] ?? key;
}

/** `2025-10-08` → `2025年10月8日`; anything else as it is. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

export const reviewText = {
  title: '答复函审校清单',
  intro:
    '发布前逐封核对：每封答复函的结构化记录（左）与所存原始文件的文字（右）对照，编辑的更正、替换和不公开发布的决定列在每封函的记录上方。',
  generated: '生成时间',
  content: '内容目录',
  since: (day: string) => `列出 ${chineseDate(day)} 及以后写入的答复函：新入库、重新入库、替换或更正的`,
  all: '列出内容目录中的全部答复函（未指定 --since，不按写入日期筛选）',
  summary: '概况',
  summaryLetters: '答复函',
  summaryHeld: '不公开发布',
  summaryWarned: '有整理说明',
  summaryCorrected: '已更正',
  summaryReplaced: '已替换',
  unit: '封',
  withdrawn: (n: number) => `另有已撤回的答复函 ${n} 封，不在本清单中列出。`,
  none: '没有符合条件的答复函。',
  contents: '目录',
  groups: {
    held: {
      heading: '不公开发布的答复函',
      note: '以下答复函的公开属性（有编辑更正的，以更正为准）为“依申请公开”或“不予公开”：公开网站不会发布，仅存档。请确认公开属性无误。',
    },
    warned: { heading: '有整理说明的答复函', note: '入库时有字段未能从原文识别，请对照原文核对。' },
    rest: { heading: '其余答复函', note: '入库时各字段均已识别。' },
  },
  heldBadge: (disclosure: string) => `不公开发布（${disclosure}）`,
  heldNote: (disclosure: string, corrected: boolean) =>
    `公开属性为“${disclosure}”（${corrected ? '编辑更正' : '函中所印'}），公开网站不会发布此函。`,
  warnedBadge: '有整理说明',
  correctedBadge: '已更正',
  replacedBadge: (version: number, day: string) => `已替换（第 ${version} 版，${chineseDate(day)}）`,
  corrections: (n: number) => `编辑更正（${n} 项）`,
  read: '识读',
  correctionSame: '（与识读相同）',
  correctedTo: '更正为',
  versionsIntro: '此前的版本（替换时保留的原始文件和记录）：',
  version: (n: number) => `第 ${n} 版`,
  versionSource: '原始文件',
  versionKeptAs: '存档为',
  versionRecord: '记录',
  versionSha: '原始文件 SHA-256',
  versionReplaced: (day: string, next: number) => `${chineseDate(day)} 被第 ${next} 版替换`,
  fileMissing: '（文件缺失）',
  warnings: (n: number) => `${letter.warnings}（${n} 条）`,
  unknownWarning: '（未收录的整理说明，按原文列出）',
  record: '结构化记录',
  source: '原始文件文字',
  sourceFromTxt: '文本文件原文',
  sourceExtracted: (ext: string) => `自 ${ext} 文件提取的文字`,
  sourceError: '无法读取原始文件',
  mdx: 'MDX 文件',
  written: '写入时间',
  empty: '无',
  missing: field.none,
  noHeading: '（无标题）',
  add: '添加',
  remove: '删除',
  contactName: field.contact,
  contactPhone: field.phone,
  term: (n: number) => `第 ${n} 届`,
  meeting: (n: number) => `第 ${n} 次会议`,
} as const;
