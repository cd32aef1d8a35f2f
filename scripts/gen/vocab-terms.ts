/**
 * Shared programme, policy and slogan names (written in “…” or 《…》 in letters) and named
 * institutions. Terms are ranked; letters pick them with a Zipf-like law, so a few appear in
 * thousands of letters and most in a handful. `{prov}` and `{city}` are replaced with the
 * letter's own province and city, making those names shared within a province or city.
 */
import { lines } from './vocab-types.ts';

const SLOGANS = lines(`
  揭榜挂帅
  一网通办
  免申即享
  十四五
  青苗计划
  放管服
  最多跑一次
  高效办成一件事
  专精特新
  一老一小
  双减
  跨省通办
  链长制
  河长制
  上云用数赋智
  十五五
  千万工程
  一件事一次办
  15分钟生活圈
  双碳
  无废城市
  银龄行动
  企业出题、政府立题、科研院所答题
  一街一中心
  一点一策
  四好农村路`);

const PROGRAMME_HEADS = '启明 领航 星火 沃土 筑巢 金种子 雏鹰 鲲鹏 清源 春笋 磐石 繁星 灯塔 润苗 育才 暖心 安居 乐业 惠企 兴农 聚才 强基 焕新 碧水 绿廊 织网 引凤 薪火 烛光 春风'.split(' ');
const PROGRAMME_TAILS = ['计划', '工程', '行动', '专项行动', '服务平台', '人才计划'];

const PROVINCE_LAWS = lines(`
  科技创新促进条例
  养老服务条例
  优化营商环境条例
  生态环境保护条例
  农村公路条例
  职业教育条例
  数字经济促进条例
  历史文化名城名镇名村保护条例
  中小企业促进条例
  物业管理条例`);

const CITY_DOCS = lines(`
  科技创新若干政策措施
  支持民营经济高质量发展若干措施
  人才引进实施办法
  中小企业数字化转型三年行动方案（2024—2026年）
  既有住宅增设电梯实施办法
  城市更新条例
  重点产业紧缺人才需求目录
  惠企政策汇编
  养老服务设施布局规划（2021—2035年）
  乡村振兴促进办法`);

/** All term templates, most frequent first after shuffling by the caller. */
export const TERM_TEMPLATES: readonly string[] = [
  ...SLOGANS.map((s) => `“${s}”`),
  ...PROGRAMME_HEADS.flatMap((h, i) =>
    [PROGRAMME_TAILS[i % PROGRAMME_TAILS.length], PROGRAMME_TAILS[(i * 7 + 3) % PROGRAMME_TAILS.length]]
      .map((t) => `“${h}${t}”`)),
  ...PROVINCE_LAWS.map((s) => `《{prov}${s}》`),
  ...CITY_DOCS.map((s) => `《{city}市${s}》`),
];

const UNIVERSITIES = lines(`
  上海交通大学
  浙江大学
  南方科技大学
  同济大学
  华中科技大学
  中国农业大学
  西安交通大学
  北京科技大学
  武汉大学
  中山大学
  东南大学
  四川大学`);
const LOCAL_INSTITUTES = ['{city}大学', '{city}理工学院', '{city}市农业科学院', '{prov}科学院', '{city}职业技术学院', '{city}医学院'];

/** Institution templates (plain text, not quoted), real universities and invented local ones. */
export const INSTITUTIONS: readonly string[] = [...UNIVERSITIES, ...LOCAL_INSTITUTES, ...LOCAL_INSTITUTES];

/** Collective proposers (organisation addressees), `{place}` = 桐溪市 / 枫渡县. */
export const ORGANISATIONS = lines(`
  民盟{place}委员会
  民建{place}委员会
  民进{place}委员会
  农工党{place}委员会
  九三学社{place}委员会
  致公党{place}委员会
  台盟{place}委员会`);
