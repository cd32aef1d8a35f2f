import { describe, expect, it } from 'vitest';
import { isPageNumber, repairText } from './repair-text.ts';

describe('isPageNumber', () => {
  it.each([
    ['— 2 —', true], ['-3-', true], ['—2—', true], ['－ 4 －', true], ['第 2 页 共 4 页', true], ['第2页', true], ['2/4', true],
    ['-5℃ 时由乡镇', false], ['2024年', false], ['一、关于', false], ['-2.3 米的', false],
  ])('%s → %s', (line, want) => expect(isPageNumber(line)).toBe(want));
});

describe('repairText', () => {
  it.each([
    ['joins a sentence broken by a blank line', '近年来，我市不断夯实企业创新主体地位，赋能企业转型升\n\n级,坚持栽大树。', ['近年来，我市不断夯实企业创新主体地位，赋能企业转型升级,坚持栽大树。']],
    ['joins across a page number and a repeated header', '一是建立审批机制，由文旅、公安等部门集中\n\n-3-\n\n某县人民政府提案答复\n\n会商，时限压缩。\n\n-4-\n\n某县人民政府提案答复\n\n二是完善。', ['一是建立审批机制，由文旅、公安等部门集中会商，时限压缩。', '二是完善。']],
    ['keeps a line that starts with -5℃ as text', '配置融雪剂储备点 9 处，路面温度低于\n\n-5℃ 时撒布融雪剂。', ['配置融雪剂储备点 9 处，路面温度低于-5℃ 时撒布融雪剂。']],
    ['keeps headings, items and fields apart', '一、关于简化审批流程\n\n（一）推行联合审查\n\n2023 年，我市出台办法。', ['一、关于简化审批流程', '（一）推行联合审查', '2023 年，我市出台办法。']],
    ['keeps a title and a salutation apart', '某市人民政府关于市政协 五届四次会议第0361号提案的答复函\n\n乌力吉仓委员：', ['某市人民政府关于市政协五届四次会议第0361号提案的答复函', '乌力吉仓委员：']],
    ['joins a title whose unit name is cut', '某市文化广电旅游局文件\n\n某文旅提复〔2022〕70号\n\n某市文化广电旅\n\n游局关于市政协五届一次会议第0048号提案的答复\n\n王明委员：', ['某市文化广电旅游局文件', '某文旅提复〔2022〕70号', '某市文化广电旅游局关于市政协五届一次会议第0048号提案的答复', '王明委员：']],
    ['joins a unit line below the 文号 to the title', '某市文化广电旅游局\n某文旅建复【2024】245号\n某市文化广电旅游局\n关于市十八届人大三次会议第46号建议办\n理情况的答复\n王明代表：', ['某市文化广电旅游局', '某文旅建复【2024】245号', '某市文化广电旅游局关于市十八届人大三次会议第46号建议办理情况的答复', '王明代表：']],
    ['joins a title cut inside the session after its 对', '某区人民政府对政协某区第三届委员\n会第二次会议第0354号提案的答复\n王明委员：', ['某区人民政府对政协某区第三届委员会第二次会议第0354号提案的答复', '王明委员：']],
    ['joins a title cut inside 关于, across a blank line', '某市教育局关\n\n于市十四届人大第三次会议第196号建议答复的函\n\n王明代表：', ['某市教育局关于市十四届人大第三次会议第196号建议答复的函', '王明代表：']],
    ['joins a title over three lines cut inside 关于', '某区生态环境局关\n于区政协\n三届五次会议第0143号提案的答复\n王明委员：', ['某区生态环境局关于区政协三届五次会议第0143号提案的答复', '王明委员：']],
    ['joins a title cut after 关于 before its 对', '某市人民政府关于\n对市十三届人大一次会议第258号建议的答复函', ['某市人民政府关于对市十三届人大一次会议第258号建议的答复函']],
    ['joins a list of units cut before its 、', '某市交通运输局\n签发人：朱丽\n某市交通运输局\n、某市应急管理局关于市十八届人大四次会议第62号建议的答复', ['某市交通运输局', '签发人：朱丽', '某市交通运输局、某市应急管理局关于市十八届人大四次会议第62号建议的答复']],
    ['joins a unit name cut inside 委员会', '某县发展和改革委\n员会关于县十七届人大三次会议第7号建议的答复函', ['某县发展和改革委员会关于县十七届人大三次会议第7号建议的答复函']],
    ['joins a unit name cut after 社会', '某市人力资源和社会\n保障局、共青团某市委员会关于市政协七届三次会议第0212号提案的答复函', ['某市人力资源和社会保障局、共青团某市委员会关于市政协七届三次会议第0212号提案的答复函']],
    ['keeps a letterhead apart from a title that starts with 关于', '某市教育局\n关于市政协五届一次会议第0048号提案的答复\n王明委员：', ['某市教育局', '关于市政协五届一次会议第0048号提案的答复', '王明委员：']],
    ['removes stray spaces in the 文号', '芷政提复〔2024〕 7 号', ['芷政提复〔2024〕7号']],
    ['keeps what follows the 文号', '泽发改提〔2024〕31号　　D类', ['泽发改提〔2024〕31号　　D类']],
    ['trims indents and CR', '　　截至2024年底，老年人口达48.6万人。  \r', ['截至2024年底，老年人口达48.6万人。']],
    ['keeps signature, date and letterhead lines apart', '某市人民政府\n\n2025 年 9 月 3 日\n\n(联系人:苏浩;联系电话:0477-8586566)', ['某市人民政府', '2025 年 9 月 3 日', '(联系人:苏浩;联系电话:0477-8586566)']],
    ['joins hard-wrapped lines without blank lines', '近年来，我市不断夯实企业创新主体地位，赋\n能企业转型升级，坚持栽大树。\n二是完善。', ['近年来，我市不断夯实企业创新主体地位，赋能企业转型升级，坚持栽大树。', '二是完善。']],
    ['joins a wrapped line whose indent made it full', '　　下一步，我委将认真吸纳您的意见建议，重点做好以\n下工作：一是持续开展营商环境评价，推动问题整改。二\n是完善惠企政策兑现机制，推动政策直达快享。三是密切\n跟踪国家和省政策动向，适时开展前期研究，推动项目落地\n见效。\n　　感谢您的关心和支持！', ['下一步，我委将认真吸纳您的意见建议，重点做好以下工作：一是持续开展营商环境评价，推动问题整改。二是完善惠企政策兑现机制，推动政策直达快享。三是密切跟踪国家和省政策动向，适时开展前期研究，推动项目落地见效。', '感谢您的关心和支持！']],
    ['keeps an indented paragraph apart from a full line above it', '近年来，我市不断夯实企业创新主体地位，赋能企业转型升\n级，坚持栽大树，培育小企业，推动产业集群发展，壮大\n　　二〇二四年，全市新增高新技术企业一百二十家。', ['近年来，我市不断夯实企业创新主体地位，赋能企业转型升级，坚持栽大树，培育小企业，推动产业集群发展，壮大', '二〇二四年，全市新增高新技术企业一百二十家。']],
    ['keeps the 印发 line and a note in brackets apart', '（联系人：范筠豪；联系电话：0785-7315426）\n某市发展和改革委员会办公室　　　　2019年7月13日印发\n（本函为测试用虚构文本）', ['（联系人：范筠豪；联系电话：0785-7315426）', '某市发展和改革委员会办公室　　　　2019年7月13日印发', '（本函为测试用虚构文本）']],
    ['joins an enumerator split from its item', '一是加强监管。\n二\n是加大投入。', ['一是加强监管。', '二是加大投入。']],
    ['joins an enumerator split at its bracket', '（一）加强监管。\n（\n二）加大投入。', ['（一）加强监管。', '（二）加大投入。']],
    ['keeps a letter spaced out as printed', '关 于 加 强 监 管 ， 建 立\n制 度 。', ['关 于 加 强 监 管 ， 建 立制 度 。']],
    ['keeps a table pasted with tabs as text', '项目\t2023年\t2024年\n投入\t1.5\t2.6', ['项目\t2023年\t2024年', '投入\t1.5\t2.6']],
  ])('%s', (_, text, want) => expect(repairText(text).paragraphs).toEqual(want));

  it('lists what it removed', () => {
    expect(repairText('甲，乙\n\n— 2 —\n\n页眉\n\n丙。\n\n— 3 —\n\n页眉\n\n丁。').removed).toEqual(['— 2 —', '页眉', '— 3 —', '页眉']);
  });
});
