/**
 * Fragments with characters that are significant to Markdown, MDX, HTML or shells, placed in
 * some letters the way real extracted letters carry them: formulas with braces, comparisons with
 * < and >, `R&D`, paragraphs broken so that a line starts with `#3 楼`, `-5℃` or `1.86 亿元`,
 * the words import and <script>, `*`, `_`, `|` and a backslash. None is ever part of a term or
 * placed where it could be taken for an enumerator.
 */
import type { Rng } from './prng.ts';

/** Body sentences (complete, ending with 。); `\n\n` marks a paragraph broken by extraction. */
export const HOSTILE_BODIES: readonly string[] = [
  '奖补金额={当年研发投入-上年研发投入}×10%，单个企业年度最高 200 万元。',
  '按照{年度计划}和{季度安排}分解任务，逐项明确责任单位。',
  '对研发投入强度<3%且营业收入>5000 万元的企业开展一对一上门辅导。',
  '规模以上企业研发（R&D）经费支出同比增长 12.6%。',
  '在产业园\n\n#3 楼建成公共服务平台，面积 1.2 万平方米，向中小企业开放共享。',
  '路面温度低于\n\n-5℃ 时由道路管理员提前撒布融雪剂并设置警示。',
  '在政务网站安全检查中清理违规嵌入的 <script> 脚本 46 处，修复 import 接口漏洞 12 个。',
  '数据接口统一采用 org_code、unit_id 等字段命名，按市*县*乡三级汇总。',
  '报表模板采用指标|口径|来源三栏格式，统一存放于 D:\\共享\\年度报表 目录。',
  '系统上线后支持通过 import 方式批量导入台账数据，单次最多导入 5000 条。',
];

/** Leads (no closing 。) with hostile characters. */
export const HOSTILE_LEADS: readonly string[] = [
  '落实研发（R&D）费用加计扣除政策',
  '实施研发投入增量奖补，奖补金额={当年研发投入-上年研发投入}×10%',
  '对投入强度<3%且营业收入>5000万元的企业开展精准辅导',
];

/** An opening paragraph broken so that its second line starts with an amount such as `1.86 亿元`. */
export function hostileOpening(rng: Rng, year: number, place: string): string {
  const amount = `${rng.int(1, 9)}.${rng.int(11, 99)}`;
  const share = `${rng.int(1, 2)}.${rng.int(11, 99)}`;
  return `${year - 1} 年，${place}规模以上工业企业研发经费支出达到\n\n` +
    `${amount} 亿元，研发投入强度为 ${share}%，低于全省平均水平。`;
}
