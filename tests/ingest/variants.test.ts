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
      docNumber: '蓝教函〔2025〕12号', signer: '李明', title: '关于对市政协十三届三次会议第1024号提案的答复',
      number: '1024', session: { term: 13, meeting: 3 }, replyingUnit: '蓝山市教育局', date: '2025-06-30',
      contact: { name: '赵六', phone: '0731-1234567' },
    });
    expect(record.sections.map((s) => s.measures.map((m) => m.lead))).toEqual([['完善制度', '加强队伍']]);
    expect(record.nextSteps.map((m) => m.lead)).toEqual(['扩大覆盖', '加强家校共育']);
  });

  it('reads a letter without blank lines, with 第 N 页 共 M 页 and 人民代表大会 spelled out', () => {
    const { record, removedArtifacts } = parse('page-of-pages-no-blank-lines.txt');
    expect(removedArtifacts).toEqual(['第 1 页 共 2 页', '第 2 页 共 2 页']);
    expect(record).toMatchObject({
      docNumber: '白农建复〔2024〕3号', category: 'B', kind: 'suggestion', assembly: '县人大', number: '8',
      session: { term: 10, meeting: 2, label: '十届二次会议' }, addressees: ['刘强', '陈芳'], addresseeRole: '代表',
      proposalTitle: '关于加快高标准农田建设的建议', replyingUnit: '白沙县农业农村局', cc: ['县人大常委会人代工委'],
    });
    expect(record.sections[0].measures.map((m) => m.lead)).toEqual(['加大投入', '强化管护']);
    expect(record.sections[1].measures).toEqual([]);
    expect(record.nextSteps.map((m) => m.lead)).toEqual(['积极争取上级资金', '推进整县建设', '加强质量监管']);
  });

  it('reads 政协第十届…县委员会第四次会议, a 同志 salutation, 联系人及电话, a 抄送 list over two lines, 下一步 as a heading', () => {
    const { record } = parse('cppcc-committee-session-comrade-cc-wrapped.txt');
    expect(record).toMatchObject({
      kind: 'proposal', assembly: '县政协', session: { term: 10, meeting: 4, label: '十届四次会议' }, number: '0056',
      addressees: ['王明'], addresseeRole: '委员', contact: { name: '刘洋', phone: '0839-1234567' },
      cc: ['县政协提案委员会', '县林业局', '县农业农村局'], issuedBy: '青川县人民政府办公室', issuedDate: '2025-07-02',
    });
    expect(record.sections.map((s) => [s.heading, s.measures.map((m) => m.lead)])).toEqual([['工作开展情况', ['扩大种植面积', '培育经营主体']]]);
    expect(record.nextSteps.map((m) => m.lead)).toEqual(['加强技术指导', '拓宽销售渠道']);
  });
});
