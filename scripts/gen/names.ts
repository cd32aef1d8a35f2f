/**
 * Invented personal names (2–3 characters) for members, deputies, signers and contacts.
 * Surnames are common ones; given-name characters are combined at random, so any match with a
 * real person is accidental.
 */
import type { Rng } from './prng.ts';

const SURNAMES = (
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程' +
  '苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝' +
  '龚邵万钱严覃武戴莫孔向汤柯易卓祁闵庞'
).split('');
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容'];
const GIVEN = (
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲兰凤洁梅琳素云莲真环雪荣爱妹' +
  '香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪' +
  '荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭' +
  '凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽峰建国文辉力明永健世广志义兴良海山仁波宁贵福生龙元' +
  '全胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思' +
  '群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦' +
  '翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘'
).split('');

/** One invented name: surname + one or two given characters (2–3 characters in all). */
export function personName(rng: Rng): string {
  if (rng.chance(0.02)) return rng.pick(COMPOUND) + rng.pick(GIVEN);
  const surname = rng.pick(SURNAMES);
  if (rng.chance(0.4)) return surname + rng.pick(GIVEN);
  let given = rng.pick(GIVEN) + rng.pick(GIVEN);
  while (given[0] === given[1] && rng.chance(0.8)) given = rng.pick(GIVEN) + rng.pick(GIVEN);
  return surname + given;
}

/** n distinct invented names. */
export function distinctNames(rng: Rng, n: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let guard = 0; out.length < n && guard < n * 50; guard++) {
    const name = personName(rng);
    if (!seen.has(name)) { seen.add(name); out.push(name); }
  }
  return out;
}
