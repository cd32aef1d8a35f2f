/**
 * Across a batch, every form of layout.ts is drawn (a coverage table keyed by form name), and
 * every structural variant the corpus shows (and the hostile fragments) occurs.
 */
import { describe, it, expect } from 'vitest';
import { makeGenerator, generateLetter } from './compose-letter.ts';
import { FICTION_MARKER } from './compose-foot.ts';
import { allFormNames, ASSEMBLIES } from './layout.ts';

const N = 2000;
const gen = makeGenerator('structure-test', N);
const letters = Array.from({ length: N }, (_, i) => generateLetter(gen, i));
const all = letters.map((l) => l.text);
const some = (re: RegExp) => all.filter((t) => re.test(t)).length;

const PATTERNS: Record<string, RegExp> = {
  'proposal title': /关于[市县区]政协[一二三四五六七八九十]+届[一二三四五]次会议第\d{4}号提案的答复/,
  'suggestion title': /关于[市县区][一二三四五六七八九十]+届人大[一二三四五]次会议第\d+号建议的答复/,
  '答复函 title': /的答复函\n/,
  'member salutation': /\n[^\n、：]{2,3}委员：\n/,
  'several members': /\n[^\n]+、[^\n]+委员：\n/,
  'organisation salutation': /\n(民盟|民建|民进|农工党|九三学社|致公党|台盟)[^\n]*委员会：\n/,
  'deputy salutation': /\n尊敬的[^\n]+代表：\n/,
  'several deputies': /\n尊敬的[^\n]+、[^\n]+代表：\n/,
  '一是 inline': /\n(?!下一步)[^\n]*一是[^\n]*。二是[^\n]*/,
  '（一） sub-heading line': /\n（一）[^\n。]+\n\n[^\n]+\n\n（二）/,
  '（一） inline': /\n（一）[^\n]+。[^\n]+\n\n（二）[^\n]+。/,
  '1. numbered lines': /\n1\. [^\n]+\n\n2\. /,
  '第一， inline': /\n第一，[^\n]+第二，/,
  '第一， paragraphs': /\n第一，[^\n]+\n\n第二，/,
  '下一步 commitments': /\n下一步[^\n]*：一是[^\n]+。二是[^\n]+。三是[^\n]+。\n/,
  thanks: /\n[^\n]*感谢[^\n]+关心和支持/,
  'arabic date': /\n\d{4}年\d{1,2}月\d{1,2}日\n/,
  'spaced date': /\n\d{4} 年 \d{1,2} 月 \d{1,2} 日\n/,
  'chinese date': /\n二〇[〇一二]\S年[一二三四五六七八九十]+月[一二三四五六七八九十]+日\n/,
  'half-width contact': /\n\(联系人:[^;]+;联系电话:[\d-]+\)\n/,
  'full-width contact': /\n（联系人：[^；]+；联系电话：[\d-]+）\n/,
  'contact block': /\n联系单位：[^\n]+\n\n联 系 人：[^\n]+　联系电话：[\d-]+\n/,
  抄送: /\n抄送：[^\n]+。\n/,
  抄报: /\n抄报：[^\n]+。\n/,
  印发: /\n[^\n]+办公室\n\n\d{4}年\d{1,2}月\d{1,2}日印发\n/,
  签发人: /\n签发人：[^\n]+\n/,
  '(A类) after 文号': /〕\d+号\([ABCD]类\)\n/,
  '（C类） after 文号': /〕\d+号（[ABCD]类）\n/,
  '答复类别 line': /\n答复类别：[ABCD]类\n/,
  '答复类别 甲乙丙丁': /\n答复类别：[甲乙丙丁]类\n/,
  '（甲类） line': /^（[甲乙丙丁]类）\n/,
  'terms in “”': /“[^”]+”/,
  'terms in 《》': /《[^》]*条例》/,
  'named university': /上海交通大学|浙江大学|南方科技大学|同济大学/,
  'local institute': /[^\n]{2}市农业科学院|[^\n]{2}大学/,
  braces: /\{年度计划\}|\{当年研发投入-上年研发投入\}/,
  '<3%且营业收入>': /<3%且营业收入>/,
  'R&D': /R&D/,
  'line starting #3 楼': /\n#3 楼/,
  'line starting -5℃': /\n-5℃/,
  'line starting 1.86 亿元': /\n\d\.\d\d 亿元/,
  import: /import/,
  '<script>': /<script>/,
  asterisk: /\*/,
  underscore: /_/,
  pipe: /\|/,
  backslash: /\\/,
};

describe('a batch of generated letters', () => {
  it('draws every form of layout.ts at least once, and only those', () => {
    const known = allFormNames();
    const count = new Map<string, number>(known.map((f) => [f, 0]));
    for (const l of letters) for (const f of l.forms) count.set(f, (count.get(f) ?? 0) + 1);
    const unknown = [...count.keys()].filter((f) => !known.includes(f));
    expect(unknown, 'forms a letter printed that layout.ts does not list').toEqual([]);
    const missing = [...count].filter(([, n]) => n === 0).map(([f]) => f);
    expect(missing, `coverage: ${JSON.stringify(Object.fromEntries(count))}`).toEqual([]);
  });

  it.each(Object.entries(PATTERNS))('contains %s', (_name, re) => {
    expect(some(re)).toBeGreaterThan(0);
  });

  it('marks every letter as fictional on its last line', () => {
    for (const t of all) expect(t.trimEnd().split('\n').at(-1)).toBe(FICTION_MARKER);
  });

  it('covers both kinds, every assembly, all categories and none, years 2016–2026', () => {
    const truths = letters.map((l) => l.truth);
    expect(new Set(truths.map((t) => t.kind))).toEqual(new Set(['proposal', 'suggestion']));
    for (const a of ASSEMBLIES)
      expect(
        truths.some((t) => t.assembly === a),
        a,
      ).toBe(true);
    expect(new Set(truths.map((t) => t.category))).toEqual(new Set(['A', 'B', 'C', 'D', null]));
    expect(new Set(truths.map((t) => t.date.slice(0, 4))).size).toBe(11);
    for (const t of truths) {
      const proposal = t.assembly === '全国政协' ? /^\d{5}$/ : /^\d{4}$/;
      expect(t.number).toMatch(t.kind === 'proposal' ? proposal : /^[1-9]\d*$/);
    }
  });

  it('reuses numbers across sessions but never within one', () => {
    const bySession = new Map<string, Set<string>>();
    const sessionsOfNumber = new Map<string, Set<string>>();
    for (const t of letters.map((l) => l.truth)) {
      const id = `${t.date.slice(0, 4)}|${t.kind}|${t.session.label}`;
      const seen = bySession.get(id) ?? new Set();
      expect(seen.has(t.number)).toBe(false);
      bySession.set(id, seen.add(t.number));
      sessionsOfNumber.set(t.number, (sessionsOfNumber.get(t.number) ?? new Set()).add(id));
    }
    expect([...sessionsOfNumber.values()].filter((s) => s.size > 1).length).toBeGreaterThan(50);
  });

  it('gives members several letters and terms a long-tailed frequency', () => {
    const perMember = new Map<string, number>();
    for (const t of letters.map((l) => l.truth)) {
      if (t.addresseeRole) for (const a of t.addressees) perMember.set(a, (perMember.get(a) ?? 0) + 1);
    }
    expect([...perMember.values()].filter((n) => n >= 3).length).toBeGreaterThan(50);
    const perTerm = new Map<string, number>();
    for (const t of letters.map((l) => l.truth)) for (const term of t.terms) perTerm.set(term, (perTerm.get(term) ?? 0) + 1);
    const counts = [...perTerm.values()].sort((a, b) => b - a);
    expect(counts[0]).toBeGreaterThan(N / 10);
    expect(counts.filter((n) => n <= 3).length).toBeGreaterThan(20);
  });
});
