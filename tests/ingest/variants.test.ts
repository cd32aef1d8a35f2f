/**
 * Letters in layouts the shared corpus does not show (written for these tests): the parser reads
 * the format, not the fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/ingest/decode-text.ts';
import { parseLetter } from '../../src/ingest/parse-letter.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures-variants');
const parse = (name: string) => parseLetter(decodeText(readFileSync(join(DIR, name))));

describe('layout variants', () => {
  it('reads a title printed on two lines, 签发人 on the 文号 line, unit and date on one line', () => {
    const { record } = parse('two-line-title-signer-on-doc-line.txt');
    expect(record).toMatchObject({
      docNumber: '蓝教函〔2025〕12号',
      signer: '李明',
      title: '关于对市政协十三届三次会议第1024号提案的答复',
      number: '1024',
      session: { term: 13, meeting: 3 },
      replyingUnit: '蓝山市教育局',
      date: '2025-06-30',
      contact: { name: '赵六', phone: '0731-1234567' },
    });
    expect(record.sections.map((s) => s.measures.map((m) => m.lead))).toEqual([['完善制度', '加强队伍']]);
    expect(record.nextSteps.map((m) => m.lead)).toEqual(['扩大覆盖', '加强家校共育']);
  });

  it('reads a letter without blank lines, with 第 N 页 共 M 页 and 人民代表大会 spelled out', () => {
    const { record, removedArtifacts } = parse('page-of-pages-no-blank-lines.txt');
    expect(removedArtifacts).toEqual(['第 1 页 共 2 页', '第 2 页 共 2 页']);
    expect(record).toMatchObject({
      docNumber: '白农建复〔2024〕3号',
      category: 'B',
      kind: 'suggestion',
      assembly: '县人大',
      number: '8',
      session: { term: 10, meeting: 2, label: '十届二次会议' },
      addressees: ['刘强', '陈芳'],
      addresseeRole: '代表',
      proposalTitle: '关于加快高标准农田建设的建议',
      replyingUnit: '白沙县农业农村局',
      cc: ['县人大常委会人代工委'],
    });
    expect(record.sections[0].measures.map((m) => m.lead)).toEqual(['加大投入', '强化管护']);
    expect(record.sections[1].measures).toEqual([]);
    expect(record.nextSteps.map((m) => m.lead)).toEqual(['积极争取上级资金', '推进整县建设', '加强质量监管']);
  });

  it('reads 政协第十届…县委员会第四次会议, a 同志 salutation, 联系人及电话, a 抄送 list over two lines, 下一步 as a heading', () => {
    const { record } = parse('cppcc-committee-session-comrade-cc-wrapped.txt');
    expect(record).toMatchObject({
      kind: 'proposal',
      assembly: '县政协',
      session: { term: 10, meeting: 4, label: '十届四次会议' },
      number: '0056',
      addressees: ['王明'],
      addresseeRole: '委员',
      contact: { name: '刘洋', phone: '0839-1234567' },
      cc: ['县政协提案委员会', '县林业局', '县农业农村局'],
      issuedBy: '青川县人民政府办公室',
      issuedDate: '2025-07-02',
    });
    expect(record.sections.map((s) => [s.heading, s.measures.map((m) => m.lead)])).toEqual([
      ['工作开展情况', ['扩大种植面积', '培育经营主体']],
    ]);
    expect(record.nextSteps.map((m) => m.lead)).toEqual(['加强技术指导', '拓宽销售渠道']);
  });

  it('reads a letter with a space between every character and full-width digits, keeping the printed text in the body', () => {
    const { record, layout } = parse('spaced-out-full-width.txt');
    expect(record).toMatchObject({
      docNumber: '南交提复［２０２５］１７－２号',
      title: '南岭市交通运输局关于市政协九届三次会议第12号提案的答复',
      number: '12',
      session: { term: 9, meeting: 3 },
      addressees: ['李娟'],
      addresseeRole: '委员',
      proposalTitle: '关于优化城乡公交线网的提案',
      replyingUnit: '南岭市交通运输局',
      date: '2025-06-30',
      contact: { name: '周强', phone: '0773-2233445' },
    });
    expect(record.sections.map((s) => [s.heading, s.measures.map((m) => m.lead)])).toEqual([['工作开展情况', ['优化线路', '更新车辆']]]);
    expect(record.nextSteps.map((m) => m.lead)).toEqual(['加密班次', '推进一卡通']);
    expect(layout.sections[0].items[0]).toMatchObject({
      kind: 'measure',
      measure: { paragraphs: ['（ 一 ） 优 化 线 路 。 新 开 通 城 乡 公 交 线 路 ８ 条 ， 覆 盖 ２ ６ 个 行 政 村 。'] },
    });
  });

  it('reads a national ministry reply with 您好, 公开属性, 第2页/共3页 footers and the title as running header', () => {
    const { record, removedArtifacts } = parse('national-ministry-footers-disclosure.txt');
    expect(record).toMatchObject({
      docNumber: '某建函〔2024〕A037号',
      title: '对十四届全国人大二次会议第1234号建议的答复',
      kind: 'suggestion',
      assembly: '全国人大',
      session: { term: 14, meeting: 2, label: '十四届二次会议' },
      number: '1234',
      addressees: ['张明'],
      addresseeRole: '代表',
      replyingUnit: '某某部办公厅',
      date: '2024-07-15',
      contact: { name: '王丽', phone: '010-12345678' },
      disclosure: '主动公开',
      category: null,
    });
    expect(removedArtifacts).toEqual([
      '第1页/共3页',
      '对十四届全国人大二次会议第1234号建议的答复',
      '第2页/共3页',
      '对十四届全国人大二次会议第1234号建议的答复',
      '第3页/共3页',
    ]);
    expect(record.sections.map((s) => s.measures.map((m) => m.lead))).toEqual([
      ['加大中央投资支持力度', '推进规模化供水'],
      ['健全水质检测体系', '强化日常监管，压实地方责任'],
    ]);
    expect(record.nextSteps.map((m) => m.lead)).toEqual(['持续加大投入', '加强运行管护']);
  });

  it('reads a jointly signed 会办意见 with a （分办） stamp, bullets, a category sentence and a mobile number', () => {
    const { record } = parse('joint-huiban-bullets-category-sentence.txt');
    expect(record).toMatchObject({
      title: '关于县十八届人大四次会议第0056号建议的会办意见',
      kind: 'suggestion',
      assembly: '县人大',
      number: '0056',
      addressees: ['县自然资源局'],
      addresseeRole: null,
      replyingUnit: '青川县住房和城乡建设局',
      category: 'B',
      contact: { name: '赵敏', phone: '13987654321' },
    });
    expect(record.sections.map((s) => s.measures.map((m) => m.lead))).toEqual([['统筹改造资金', '完善配套设施']]);
  });

  it('reads a letter hard-wrapped at 30 characters without blank lines, signed by a 办公室, with a pasted table, 此复 and （此件公开发布）', () => {
    const { record } = parse('office-signing-hardwrap.txt');
    expect(record).toMatchObject({
      docNumber: '南政办提〔2023〕5号',
      signer: '刘伟',
      title: '关于县政协十一届二次会议第88号提案办理情况的答复',
      addressees: ['民建南溪县委员会'],
      addresseeRole: null,
      replyingUnit: '南溪县人民政府办公室',
      date: '2023-08-10',
      cc: ['县政协提案委员会'],
      disclosure: '主动公开',
    });
    expect(record.sections.map((s) => s.measures.map((m) => m.lead))).toEqual([
      ['深化“放管服”改革，推行“一网通办”，审批时限压缩60%', '落实减税降费政策，2022年为企业减负1.2亿元'],
      ['设立民营企业转贷应急资金，规模5000万元，累计为86家企业提供转贷服务', '搭建银企对接平台，全年举办对接会12场，促成融资3.6亿元'],
    ]);
    expect(record.nextSteps.map((m) => m.lead)).toEqual(['持续优化营商环境', '加大金融支持力度']);
  });
});

describe('small letters written inline', () => {
  const letter = (lines: string[]) => lines.join('\n\n');
  const base = (over: Partial<Record<'head' | 'title' | 'salutation' | 'signature' | 'date', string>> = {}) =>
    letter([
      over.head ?? '南岭市交通运输局',
      '南交提复〔2025〕17号',
      over.title ?? '南岭市交通运输局关于市十五届人大三次会议第12号建议的答复',
      over.salutation ?? '王明同志：',
      '您提出的《关于优化公交线网的建议》收悉，现答复如下：',
      '一是新开线路8条。二是更新车辆40台。',
      '感谢您的关心和支持。',
      over.signature ?? '南岭市交通运输局',
      over.date ?? '2025年6月30日',
    ]);

  it('takes the role of a 同志 from the kind: a suggestion → 代表', () => {
    expect(parseLetter(base()).record).toMatchObject({ addressees: ['王明'], addresseeRole: '代表', kind: 'suggestion' });
  });

  it('names the unit as the signature does where the letterhead gives the full name', () => {
    expect(parseLetter(base({ head: '南岭市交通运输局（南岭市港航管理局）', signature: '市交通运输局' })).record.replyingUnit).toBe(
      '市交通运输局',
    );
  });

  it('keeps a letter whose title is in a form it does not know: the title is null, with a warning', () => {
    const { record, warnings } = parseLetter(base({ title: '南岭市交通运输局办理市人大代表第12号建议情况的汇报函' }));
    expect(record).toMatchObject({ title: null, number: '12', replyingUnit: '南岭市交通运输局', date: '2025-06-30' });
    expect(warnings).toContain('no title line');
  });

  it('refuses a letter whose date it cannot read, saying what was printed and how to supply it', () => {
    expect(() => parseLetter(base({ date: '2025年六月' }))).toThrow(
      'date not understood: 2025年六月; supply it with --set date=YYYY-MM-DD',
    );
  });
});

describe('files that are not reply letters, refused with what they look like', () => {
  it.each([
    [
      'a proposal itself',
      '政协南溪县第十一届委员会第二次会议\n提案\n第88号\n提案人：王强\n案由：关于促进民营经济发展的提案\n理由：我县民营经济……\n办法：一是……\n南溪县政协提案委员会\n2023年1月10日',
      'not a reply letter: it is a proposal or suggestion itself',
    ],
    [
      'a summary report',
      '南溪县人民政府办公室\n南政办〔2023〕12号\n关于2023年建议提案办理工作情况的报告\n县人大常委会：\n今年县政府系统共承办建议提案126件，其中主办89件，已全部办结，办结率100%。\n南溪县人民政府办公室\n2023年12月1日',
      'not a reply letter: it is a summary report',
    ],
    [
      'a notice',
      '南溪县人民政府办公室\n南政办发〔2023〕3号\n关于做好2023年建议提案办理工作的通知\n各乡镇人民政府，县直各单位：\n现将有关事项通知如下：\n南溪县人民政府办公室\n2023年2月1日',
      'not a reply letter: it is a notice',
    ],
    [
      'a news article with a date',
      '南溪县召开建议提案办理工作推进会\n本报讯（记者 李明）4月15日，南溪县召开会议，要求认真办理人大代表建议和政协委员提案。\n王强委员：\n2023年4月16日',
      'not a reply letter: it is a news article',
    ],
  ])('%s', (_, text, reason) => expect(() => parseLetter(text)).toThrow(reason));
});
