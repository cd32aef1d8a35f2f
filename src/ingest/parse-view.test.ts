import { describe, expect, it } from 'vitest';
import { asPrinted, printedSlice, viewOf } from './parse-view.ts';

describe('parse view', () => {
  it.each([
    ['full-width digits', '２０２６年６月３０日', '2026年6月30日'],
    ['full-width Latin and brackets', '政提字［２０２６］Ａ７号', '政提字[2026]A7号'],
    ['spaced digits', '2 0 2 5 年 9 月 3 日', '2025年9月3日'],
    ['a space between every character', '关 于 市 政 协 五 届 四 次 会 议', '关于市政协五届四次会议'],
    ['digits spaced out by wide runs', '2   0   2   3   年   8   月   2   2   日', '2023年8月22日'],
    ['a gap wider than a wide spacing stays', '某 市 教 育 局       2   0   2   3   年', '某市教育局 2023年'],
    ['a wrapped decimal spaced out', '农 户 1 .   7 1 万 户', '农户1.71万户'],
    ['two numbers spaced out stay apart', '0 4 7 7 - 8 5 8 6 5 6 6   1 3 8 1 2 3 4 5 6 7 8', '0477-8586566 13812345678'],
    ['spaces inside a number', '第 1 2 号', '第12号'],
    ['PDF spaces beside digits', '18 号(A 类)', '18号(A类)'],
    ['a wrapped decimal', '1. 5 万', '1.5万'],
    ['a gap of several spaces stays one space', '鄂尔多斯市人民政府    2025年9月3日', '鄂尔多斯市人民政府 2025年9月3日'],
    ['an ideographic space between labelled parts', '联系人：何静　联系电话：0736-5512088', '联系人:何静联系电话:0736-5512088'],
    ['two numbers stay apart', '0477-8586566 13812345678', '0477-8586566 13812345678'],
    ['Latin words stay apart', 'pH value', 'pH value'],
    ['〇 and ○ are kept for the numeral reader', '二〇二五年、二○二五年', '二〇二五年、二○二五年'],
  ])('%s: %s → %s', (_, printed, view) => expect(viewOf(printed).text).toBe(view));

  it('cuts the printed line where the view is cut', () => {
    const v = viewOf('一 是 加 强 监 管 。 二 是 加 大 投 入');
    const at = v.text.indexOf('二是');
    expect(printedSlice(v, 0, at)).toBe('一 是 加 强 监 管 。 ');
    expect(printedSlice(v, at)).toBe('二 是 加 大 投 入');
  });

  it('gives a value back in its printed characters', () => {
    expect(asPrinted('政提字[2026]A7号', [viewOf('政提字［２０２６］Ａ７号　签发人：李明')])).toBe('政提字［２０２６］Ａ７号');
    expect(asPrinted('不在这里', [viewOf('别的')])).toBe('不在这里');
  });
});
