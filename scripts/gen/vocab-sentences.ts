/**
 * Combinatorial generic sentences (lead-in + subject + one or two actions + result), so that a
 * long letter does not repeat itself. Uses the placeholders of vocab-types.ts/vocab-common.ts
 * and {hp}, a high percentage (satisfaction, completion).
 */
import type { Rng } from './prng.ts';
import { lines } from './vocab-types.ts';

const LEAD_INS = ['{y} 年以来，', '截至 {y} 年底，', '今年以来，', '近三年来，', '{y0} 年以来，', '围绕{field}，', '', '', ''];
const SUBJECTS = ['{self}', '{place}', '各相关部门', '{self}会同{partners}', '各级各部门'];
const ACTIONS = lines(`
  累计投入资金 {w}
  组织开展专题培训 {n} 期，培训相关人员 {N} 人次
  开展调研督导 {n} 次
  召开推进会、协调会 {n} 次
  建成示范点 {n} 个
  发放宣传资料 {N} 份
  受理群众诉求 {N} 件
  推动解决具体问题 {N} 个
  新增服务站点 {n} 个
  培育示范单位 {n} 家
  出台配套政策文件 {n} 份
  开展专项检查 {N} 家次
  争取上级资金 {w}
  引导社会资本投入 {yi}
  实施重点项目 {n} 个，完成投资 {yi}
  举办宣传活动 {n} 场，覆盖群众 {n} 万人次
  完成年度任务的 {p}
  建立问题清单、任务清单、责任清单 {n} 项
  选派业务骨干 {n} 名下沉一线开展指导服务
  与{inst}开展合作项目 {n} 项
  落实{term}相关要求，细化工作举措 {n} 条`);
const RESULTS = [
  '，工作成效持续显现', '，群众满意度达到 {hp}', '，较上年增长 {p}', '，有力推动了各项工作落地见效',
  '，相关做法得到上级部门肯定', '，惠及群众 {n} 万人次', '，办结率达到 {hp}', '', '', '',
];

/** One generic sentence template (to be filled), ending with 。. */
export function genericSentence(rng: Rng): string {
  const first = rng.pick(ACTIONS);
  let second = rng.chance(0.45) ? rng.pick(ACTIONS) : '';
  if (second === first) second = '';
  return `${rng.pick(LEAD_INS)}${rng.pick(SUBJECTS)}${first}${second ? `，${second}` : ''}${rng.pick(RESULTS)}。`;
}
