/**
 * Every user-visible string of the site, in Simplified Chinese. Components and pages take their
 * words from here and nowhere else; the search script receives its strings as JSON from here.
 */

export const lang = 'zh-CN';

export const site = {
  name: '建议提案办理答复函档案',
  tagline: '人大代表建议、政协委员提案办理答复函的公开档案',
  about:
    '本站收录各级人民政府及其部门对人大代表建议、政协委员提案的办理答复函。每封答复函保留原始文件，并整理为结构化记录：文号、答复单位、答复类别、各项办理措施与下一步工作，可按年份、会议届次、类别、答复单位和提案人浏览，也可全文检索。',
  skip: '跳到正文',
  home: '首页',
  browse: '浏览',
  search: '检索',
  terms: '政策与机构',
  openData: '开放数据',
  footer: '所有答复函均据公开文件整理；原文以所附原始文件为准。',
  navLabel: '主导航',
  breadcrumb: '位置',
  /** The banner on every page of the intranet archive (ARCHIVE_AUDIENCE=internal). */
  internalBanner: '内部档案：本站为内网版本，另收录依申请公开、不予公开的答复函（标注“仅限内部”），请勿对外发布。',
} as const;

/** Labels of the record fields, as printed on a letter's page. */
export const field = {
  docNumber: '文号',
  signer: '签发人',
  replyingUnit: '答复单位',
  assembly: '提出机关',
  session: '会议届次',
  numberProposal: '提案编号',
  numberSuggestion: '建议编号',
  member委员: '提案人（委员）',
  member代表: '代表',
  memberOrg: '提案单位',
  proposalTitleProposal: '提案标题',
  proposalTitleSuggestion: '建议标题',
  title: '答复函标题',
  kind: '类型',
  category: '答复类别',
  date: '日期',
  contact: '联系人',
  phone: '联系电话',
  cc: '抄送',
  issued: '印发',
  terms: '文中提及',
  disclosure: '公开属性',
  none: '未载明',
  /** After a value an editor corrected. */
  corrected: '（经编辑更正）',
} as const;

/** What a corrected field is called in the list of corrected fields on a letter's page. */
export const correctedLabel = {
  docNumber: '文号',
  signer: '签发人',
  title: '答复函标题',
  kind: '类型',
  assembly: '提出机关',
  session: '会议届次',
  number: '编号',
  addressees: '提案人、代表',
  addresseeRole: '称谓',
  proposalTitle: '提案、建议标题',
  replyingUnit: '答复单位',
  date: '日期',
  category: '答复类别',
  contact: '联系人',
  cc: '抄送',
  issuedBy: '印发机关',
  issuedDate: '印发日期',
  terms: '文中提及',
  disclosure: '公开属性',
} as const;

export const kind = { proposal: '提案', suggestion: '建议' } as const;

/** 答复类别 and what each letter means. */
export const category = {
  A: '所提问题已经解决或者采纳',
  B: '正在解决或者列入计划解决',
  C: '因条件限制或其他原因暂时不能解决',
  D: '留作参考',
} as const;

export const letter = {
  body: '答复正文',
  nextSteps: '下一步工作',
  measure: (section: number, item: number) => `措施 ${section}.${item}`,
  commitment: (item: number) => `承诺 ${item}`,
  permalink: '本条链接',
  // Begins with the visible text (本条链接), so speech users can say what they see (WCAG 2.5.3).
  permalinkOf: (label: string) => `本条链接（${label}，可复制）`,
  source: '原始文件',
  sourceView: '查看原文',
  /** A download of an original: its format (`TXT`) and size. */
  sourceDownload: (format: string, kb: number) => `下载原始文件（${format}，${kb} KB）`,
  /** The link to a `.txt` original's view copy, which opens in the browser. */
  sourceOpen: '在浏览器中打开原文（文本）',
  recordDownload: '下载结构化记录（JSON）',
  sha: 'SHA-256 校验值',
  correctedFields: (labels: string[]) => `经编辑更正的字段：${labels.join('、')}。记录中为更正后的值，原文以原始文件为准。`,
  /** `本函于 <date> 更正`, around the date. */
  revised: ['本函于', '更正'] as const,
  revisedTimes: (n: number) => `（共更正 ${n} 次）`,
  versionsLink: '查看更正前的版本',
  versions: '更正前的版本',
  versionLabel: (n: number) => `第 ${n} 版`,
  /** After a version's label: `（<date> 更正前）`, around the date. */
  versionUntil: ['（', ' 更正前）'] as const,
  versionSource: (format: string, kb: number) => `该版原始文件（${format}，${kb} KB）`,
  versionRecord: '该版结构化记录（JSON）',
  /** Marks a letter the public site does not publish, on the intranet archive: `依申请公开 · 仅限内部`. */
  internalOnly: (disclosure: string) => `${disclosure} · 仅限内部`,
  prev: '上一封',
  next: '下一封',
  sameSession: (label: string) => `同届次（${label}）答复函`,
  outline: '目录',
  issuedOn: (date: string, by: string) => `${by} ${date} 印发`,
  warnings: '整理说明',
} as const;

/** Cross-links between measures, and the term pages. */
export const links = {
  terms: '提及',
  related: '相关措施',
  sharedTerms: (terms: string[]) => `同提及：${terms.join('、')}`,
  continues: '承接本函措施',
  reportedBy: '后续答复函中的相关措施',
  termIndexTitle: '政策、项目与机构',
  termIndexIntro: '答复函中提及的政策、规划、项目、平台与机构，按拼音排序；每一项列出提及它的全部措施。',
  termTitle: (term: string) => `提及“${term}”的措施`,
  termCount: (n: number) => `${n} 项措施`,
  termLetters: (n: number) => `${n} 封答复函`,
  onlyOnce: '仅一项措施提及',
  byLetter: (title: string) => `《${title}》`,
} as const;

export const browse = {
  title: '浏览答复函',
  intro: '按不同方式浏览全部答复函。',
  byYear: '按年份',
  bySession: '按会议届次',
  byKind: '按类型',
  byUnit: '按答复单位',
  byCategory: '按答复类别',
  byMember: '按提案人、代表',
  year: (y: string) => `${y} 年`,
  count: (n: number) => `${n} 件`,
  uncategorised: '未标注类别',
  noSession: '未载明届次',
  org: '（单位）',
  listCaption: (what: string) => `${what}的答复函`,
  colTitle: '标题',
  colNumber: '编号',
  colDate: '日期',
  colUnit: '答复单位',
  colCategory: '类别',
} as const;

export const home = {
  latest: '最新答复函',
  totals: '按年份、类型统计',
  total: (n: number) => `共收录答复函 ${n} 件`,
  yearCol: '年份',
  allCol: '合计',
  more: '浏览全部',
} as const;

export const search = {
  title: '检索答复函',
  label: '检索词',
  placeholder: '例如：科技特派员',
  submit: '检索',
  filters: '筛选',
  filterNames: { year: '年份', kind: '类型', session: '会议届次', unit: '答复单位', category: '答复类别' },
  any: '全部',
  /** Placeholder of a filter typed rather than picked (答复单位): empty means every value. */
  anyTyped: '全部（输入名称选择）',
  /** Templates filled by the search script: `{q}` the query, `{n}` the count. */
  results: '“{q}”共找到 {n} 封答复函',
  resultsNoQuery: '共 {n} 封答复函',
  none: '没有找到与“{q}”相关的答复函。',
  more: '显示更多结果',
  loading: '正在检索……',
  noscript: '检索需要启用 JavaScript。也可以通过“浏览”页面按年份、单位等查找答复函。',
  matchedIn: '相关段落',
  hint: '输入检索词后按回车；用 Tab 键在结果间移动。',
  error: '检索索引加载失败。',
} as const;

export const openData = {
  title: '开放数据',
  intro:
    '每封答复函的结构化记录都可以 JSON 格式下载，地址为答复函页面地址后加 record.json；原始文件地址为页面地址后加 source 与原扩展名（同一答复函另有其他格式时，每种格式各一个，如 source.pdf、source.docx）。文本（.txt）原始文件按原样提供，另以 UTF-8 编码（带字节顺序标记）提供 source.utf8.txt，供在浏览器中查看。',
  correctionsTitle: '更正、更正前的版本与撤回',
  correctionsText:
    '记录中经编辑更正的字段取更正后的值，corrected 列出这些字段名。答复函经更正重新发布时，更正前的各版本保留在页面地址下的 v1/、v2/ 等目录：该版原始文件 source 与原扩展名、该版结构化记录 record.json，均为当时发布的原样，versions 列出它们的地址。已撤回的答复函原地址只保留撤回说明，不再提供其记录和原始文件，也不列入 /records.json。',
  fields: '字段说明',
  fieldCol: '字段',
  typeCol: '类型',
  meaningCol: '含义',
  example: '示例',
  exampleFetch: '读取示例',
  indexFile: '全部记录索引',
  indexText: '/records.json 列出全部答复函的编号、标题、日期及其页面、记录和原始文件的地址。',
  /** The record fields of record-format.md: name, type, meaning. */
  fieldRows: [
    ['id', 'string', '答复函在本站的编号：年份、类型（ta 提案 / jy 建议）、届次、编号，如 2025-ta5-4-0361'],
    ['docNumber', 'string | null', '文号，去除空格'],
    ['signer', 'string | null', '签发人'],
    ['title', 'string | null', '答复函标题，去除空格'],
    ['kind', '"proposal" | "suggestion"', '政协委员提案为 proposal，人大代表建议为 suggestion'],
    ['assembly', 'string', '提出机关，如 市政协、市人大、县政协'],
    ['session', 'object | null', '会议届次：term 届、meeting 次、label 如 五届四次会议'],
    ['number', 'string | null', '提案或建议编号，仅数字，保留前导零'],
    ['addressees', 'string[]', '提案人、代表姓名（不含“委员”“代表”），或集体提案的单位'],
    ['addresseeRole', '"委员" | "代表" | null', '称谓；单位提案为 null'],
    ['proposalTitle', 'string | null', '提案或建议标题，不含书名号'],
    ['replyingUnit', 'string', '答复单位（落款单位）'],
    ['date', 'string', '落款日期，ISO 格式'],
    [
      'category',
      '"A" | "B" | "C" | "D" | null',
      '答复类别：A 所提问题已经解决或者采纳，B 正在解决或者列入计划解决，C 因条件限制或其他原因暂时不能解决，D 留作参考',
    ],
    ['contact', 'object | null', '联系人 name 与联系电话 phone'],
    ['cc', 'string[]', '抄送、抄报单位'],
    ['issuedBy', 'string | null', '印发机关'],
    ['issuedDate', 'string | null', '印发日期，ISO 格式'],
    ['sections', 'object[]', '“一、二、三、”各部分：heading 标题、anchor 锚点、measures 各项措施（lead 首句、anchor 锚点）'],
    ['nextSteps', 'object[]', '“下一步”各项工作：lead 首句、anchor 锚点'],
    ['terms', 'string[]', '文中以引号或书名号标出的项目、政策、平台名称'],
    [
      'disclosure',
      '"主动公开" | "依申请公开" | "不予公开" | null',
      '公开属性：原文所载的公开方式；未载明时为 null。依申请公开、不予公开的答复函不在公开网站发布',
    ],
    ['corrected', 'string[]', '经编辑更正的字段名，如 ["category"]；这些字段为更正后的值，原文以原始文件为准；无更正时为 []'],
    [
      'versions',
      'object[]',
      '更正前的版本，由旧到新：version 版本号、replacedOn 该版被更正的日期、source 该版原始文件地址、record 该版结构化记录地址；无则为 []',
    ],
  ] as const,
  slugs: '浏览页地址',
  slugsText:
    '答复单位、提案人和会议届次的浏览页地址使用名称的 SHA-256 摘要前 10 位十六进制字符（例如 /browse/unit/1a2b3c4d5e/），只含 ASCII 字符，名称不变则地址不变。',
} as const;

/** The notice at a withdrawn letter's URL. */
export const withdrawn = {
  title: '答复函已撤回',
  /** `本函已于 <date> 撤回。`, around the date. */
  text: ['本函已于', '撤回。'] as const,
  more: '可以浏览或检索本站的其他答复函。',
} as const;

export const notFound = {
  title: '页面不存在',
  text: '您访问的页面不存在，可能已被移动或地址有误。',
  back: '返回首页',
} as const;
