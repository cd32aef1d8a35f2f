import { describe, expect, it } from 'vitest';
import { parseHead, parseSalutation } from './parse-head.ts';
import { viewOf } from './parse-view.ts';

describe('salutation forms', () => {
  it.each([
    ['one member', '乌力吉仓委员：', ['乌力吉仓'], '委员', false],
    ['尊敬的', '尊敬的陈立新代表：', ['陈立新'], '代表', false],
    ['several names', '林晓、赵卫东、孙雅琴委员：', ['林晓', '赵卫东', '孙雅琴'], '委员', false],
    ['等N位', '杨帆、郭志强等5位委员：', ['杨帆', '郭志强'], '委员', false],
    ['等N名', '尊敬的吴建华等5名代表：', ['吴建华'], '代表', false],
    ['等N名 in Chinese', '吴建华等五名代表：', ['吴建华'], '代表', false],
    ['同志: the role follows the kind', '王明同志：', ['王明'], null, true],
    ['您好 after the colon', '尊敬的陈立新代表：您好！', ['陈立新'], '代表', false],
    ['你们好 after an organisation', '某市工商业联合会：你们好！', ['某市工商业联合会'], null, false],
    ['a 民主党派', '民盟桐溪市委员会：', ['民盟桐溪市委员会'], null, false],
    ['工商联', '市工商联：', ['市工商联'], null, false],
    ['a 界别', '尊敬的市政协经济界别：', ['市政协经济界别'], null, false],
    ['a lead unit (协办意见)', '县农业农村局：', ['县农业农村局'], null, false],
    ['spaced out', '尊 敬 的 陈 立 新 代 表 ：', ['陈立新'], '代表', false],
  ])('%s: %s', (_, line, names, role, person) => expect(parseSalutation(viewOf(line).text)).toEqual({ addressees: names, role, person }));

  it('takes a 您好！ line after the salutation into the head', () => {
    const h = parseHead(
      ['某市教育局关于市政协五届四次会议第1号提案的答复', '张三委员：', '您好！', '您提出的提案收悉。'].map((l) => viewOf(l).text),
    );
    expect(h.salutationAt).toBe(1);
    expect(h.bodyStart).toBe(3);
  });

  it('reads a salutation the opening follows on its line, and keeps that line in the body', () => {
    const h = parseHead(
      ['某市教育局关于市政协五届四次会议第1号提案的答复', '张三委员：您提出的《关于…的提案》收悉，现答复如下：'].map((l) => viewOf(l).text),
    );
    expect(h).toMatchObject({ addressees: ['张三'], addresseeRole: '委员', salutationAt: 1, bodyStart: 1 });
  });

  it.each([['公开属性：主动公开'], ['主办单位：市教育局'], ['答复类别：A类'], ['附件：名单']])('%s is not a salutation', (line) => {
    const h = parseHead(['某市教育局关于市政协五届四次会议第1号提案的答复', line, '张三委员：'].map((l) => viewOf(l).text));
    expect(h.salutationAt).toBe(2);
  });
});
