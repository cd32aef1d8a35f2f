import { describe, expect, it } from 'vitest';
import { parseHead } from './parse-head.ts';
import { isTitleLine } from './letter-patterns.ts';
import { repairText } from './repair-text.ts';
import { viewOf } from './parse-view.ts';

const head = (lines: string[]) => parseHead(repairText(lines.join('\n')).paragraphs.map((p) => viewOf(p).text));

describe('文号 forms', () => {
  it.each([
    ['〔〕', '鄂建提复字〔2025〕333号', '鄂建提复字〔2025〕333号'],
    ['[]', '政提字[2026]7号', '政提字[2026]7号'],
    ['［］', '政提字［2026］7号', '政提字[2026]7号'],
    ['【】', '柏政提【2024】15号', '柏政提【2024】15号'],
    ['()', '柏政提(2024)15号', '柏政提(2024)15号'],
    ['（）', '柏政提（2024）15号', '柏政提(2024)15号'],
    ['a letter in the serial', '政提字〔2025〕A037号', '政提字〔2025〕A037号'],
    ['a hyphen in the serial', '柏农建复〔2024〕17-2号', '柏农建复〔2024〕17-2号'],
    ['第 before the serial', '柏农建复〔2024〕第17号', '柏农建复〔2024〕第17号'],
    ['spaces inside', '芷政提复〔2024〕 7 号', '芷政提复〔2024〕7号'],
    ['a 签发人 after it', '政提字[2026]7号　　　签发人：罗文斌', '政提字[2026]7号'],
    ['a 签发人 before it', '签发人：罗文斌　　政提字[2026]7号', '政提字[2026]7号'],
  ])('%s: %s', (_, line, want) => {
    const h = head([line, '', '某市人民政府关于市政协五届四次会议第1号提案的答复', '', '张三委员：']);
    expect(h.docNumber?.replace(/[（）［］]/g, (c) => ({ '（': '(', '）': ')', '［': '[', '］': ']' })[c]!)).toBe(want);
  });

  it('reads a letter with no 文号 at all', () => {
    expect(head(['某市人民政府关于市政协五届四次会议第1号提案的答复', '张三委员：']).docNumber).toBe(null);
  });
});

describe('title forms', () => {
  it.each([
    ['关于…的答复', '某市教育局关于市政协五届四次会议第12号提案的答复'],
    ['关于…的答复函', '某市人民政府关于市政协五届四次会议第0361号提案的答复函'],
    ['关于…的答复(函)', '某市教育局关于市政协五届四次会议第12号提案的答复(函)'],
    ['关于…的答复（函）', '某市教育局关于市政协五届四次会议第12号提案的答复（函）'],
    ['对…的答复', '对市十四届人大三次会议第52号建议的答复'],
    ['关于对…的答复函', '关于对市政协十三届三次会议第1024号提案的答复函'],
    ['…办理情况的答复', '某局关于市政协五届四次会议第12号提案办理情况的答复'],
    ['…的协办意见', '溪渡县自然资源局关于县政协十二届二次会议第31号提案的协办意见'],
    ['会办意见', '某局关于县政协十二届二次会议第31号提案的会办意见'],
    ['a national ministry', '对十四届全国人大二次会议第1234号建议的答复'],
    ['spaces inside the number', '关于市政协五届四次会议第 1 2 号提案的答复'],
  ])('%s', (_, line) => expect(isTitleLine(viewOf(line).text)).toBe(true));

  it.each([
    ['over two lines', ['关于对市政协十三届三次会议', '第 1024 号提案的答复'], '关于对市政协十三届三次会议第1024号提案的答复'],
    [
      'over two lines, unit first',
      ['曦州市人民政府关于市十九届人大四次会议', '第208号建议的答复'],
      '曦州市人民政府关于市十九届人大四次会议第208号建议的答复',
    ],
    [
      'over three lines',
      ['某市人民政府关于市政协', '五届四次会议第0361号', '提案的答复函'],
      '某市人民政府关于市政协五届四次会议第0361号提案的答复函',
    ],
    [
      'below a letterhead that repeats its unit',
      ['苇塘市卫生健康委员会', '苇塘市卫生健康委员会关于市政协十三届二次会议第0011号提案的答复'],
      '苇塘市卫生健康委员会关于市政协十三届二次会议第0011号提案的答复',
    ],
  ])('%s', (_, lines, want) => expect(head([...lines, '', '张三委员：']).title).toBe(want));

  it.each([
    ['a notice', '关于做好2025年建议提案办理工作的通知'],
    ['a sentence', '对您提出的建议，我们高度重视，现答复如下：'],
  ])('not a title: %s', (_, line) => expect(isTitleLine(viewOf(line).text)).toBe(false));
});
