/**
 * Phrases shared by all letters: openings, background paragraphs, generic body sentences,
 * the 下一步 lead-in, thanks. Placeholders besides those of vocab-types.ts: {you} 您/你们/贵委,
 * {kind} 提案/建议, {title} the proposal title, {self} 我局/我委/我市, {gov} 市政府/我局,
 * {lead} the leading bureau, {partners} consulted bureaus joined with 、, {field} the field.
 */
import { lines } from './vocab-types.ts';

export const OPENINGS = lines(`
  {you}提出的《{title}》收悉。经研究，现答复如下。
  {you}提出的《{title}》收悉。{gov}高度重视，责成{lead}会同{partners}等单位认真研究办理。现答复如下：
  {you}提出的《{title}》收悉。经认真研究，并征求{partners}意见，现答复如下：
  {you}提出的《{title}》收悉。经会同{partners}等单位认真研究，现将办理情况答复如下。
  {you}在{session}上提出的《{title}》收悉。{gov}高度重视，组织专人开展实地调研，并与{partners}共同研究。现将办理情况答复如下：`);

export const BACKGROUNDS = lines(`
  近年来，{self}坚持把{field}作为民生实事的重要内容，持续加大投入力度，截至 {y} 年底相关领域累计投入资金 {yi}，惠及群众 {n} 万人次。但在推进过程中，仍存在统筹协调不够、要素保障不足、基层力量薄弱等问题。{you}在{kind}中指出的情况客观存在，所提建议针对性强，对我们改进工作很有帮助。
  {field}事关群众切身利益。{y} 年，{place}相关工作取得阶段性成效，主要指标较 {y0} 年提高 {p}，但与群众期盼相比仍有差距。{you}的{kind}切中要害，所提建议具有很强的针对性和可操作性。
  近年来，{self}深入贯彻{term}部署要求，把{field}放在突出位置，建立健全工作机制，形成了部门协同、上下联动的工作格局。{you}在{kind}中分析的问题，也是我们在工作中着力破解的难点。
  {you}在{kind}中提出的建议，对推动{place}{field}高质量发展具有重要参考价值。我们结合{kind}内容，对相关工作进行了全面梳理，并赴基层开展专题调研 {n} 次，召开座谈会 {n} 场，听取意见建议 {N} 条。`);

export const GENERIC_BODIES = lines(`
  {y} 年共投入资金 {w}，惠及群众 {n} 万人次。
  相关工作已纳入年度重点工作清单，实行清单化管理、项目化推进。
  目前已完成年度目标任务的 {hp}，群众满意度达到 {hp}。
  该做法被{term}典型案例收录，在全省范围内推广。
  {y} 年共组织专题培训 {n} 期，培训相关人员 {N} 人次。
  与{inst}建立合作关系，联合开展课题研究 {n} 项。
  建立部门联席会议制度，每季度召开一次会议，协调解决问题 {n} 个。
  工作开展以来，累计受理群众诉求 {N} 件，办结率达到 {hp}。
  按照{term}要求，{place}累计实施项目 {N} 个。
  相关经验做法在全省会议上作交流发言。
  通过政府购买服务方式引入专业机构 {n} 家，服务覆盖面进一步扩大。
  组织开展专项督查 {n} 次，发现并整改问题 {N} 个。
  建立健全考核评价机制，将工作成效纳入年度绩效考核。
  {y0} 年至 {y} 年，相关指标年均增长 {p}。
  在{inst}专家团队的指导下，形成了可复制推广的工作模式。`);

/** Clauses appended to a short lead to make a long one (`lead，clause`). */
export const LEAD_TAILS = lines(`
  切实减轻群众负担
  形成工作合力
  推动政策落地见效
  提升服务质量和效率
  补齐短板弱项
  激发市场主体活力
  筑牢安全底线`);

/** The sentence before a 一是 enumeration inside a section paragraph. */
export const SECTION_INTROS = lines(`
  近年来，{self}持续加大工作力度，重点抓了以下几个方面的工作。
  对此，我们重点做了以下工作。
  {self}坚持问题导向，多措并举推进相关工作。`);

export const PROSE_SECTIONS = lines(`
  {self}联合{inst}开展专题研究，{y} 年培训相关工作人员 {N} 人次；同时建立常态化沟通协调机制，定期会商解决工作中遇到的困难和问题，切实形成工作合力。
  针对{you}提出的问题，{self}会同{partners}进行了专题研究，认为相关工作涉及面广、政策性强，需要统筹考虑财力状况和实施条件，目前已纳入{y}—{y1} 年工作计划，分步有序推进。`);

export const CAVEATS = lines(`
  需要说明的是，{you}提出的部分建议涉及体制机制调整和财政保障方式等深层次改革，受当前财力和政策限制，短期内难以全面实现。我们将积极向上级有关部门反映，争取政策支持。
  需要说明的是，相关事项须按程序报请上级部门批准，且需在新一轮规划修编时统筹考虑，短期内难以实现。我们将持续跟踪政策动向，待条件成熟时再研究推进。`);

export const NEXT_INTROS = lines(`
  下一步，{self}将认真吸纳{you}的意见建议，重点做好以下工作：
  下一步，{self}将结合{you}的建议，重点抓好以下工作：
  下一步，{self}将会同相关部门认真吸纳{you}的意见建议，持续做好以下工作：
  下一步，{self}将充分结合{you}提出的意见建议，着力做好以下工作：`);

export const THANKS = lines(`
  感谢{you}对{place}{field}的关心和支持！
  感谢{you}对{place}{field}的关心和支持。
  衷心感谢{you}对{place}{field}的关心和支持！
  再次感谢{you}对{place}{field}的关心和支持，欢迎继续提出宝贵意见。`);

/** Leads usable in any domain, drawn after the domain's own. */
export const GENERIC_LEADS = lines(`
  加强组织领导
  强化资金保障
  完善工作机制
  加强宣传引导
  强化督促检查
  推进数字化赋能
  加强队伍建设
  深化区域合作
  健全考核评价机制
  加强部门协同`);

/** Headings usable in any domain, drawn after the domain's own. */
export const GENERIC_HEADINGS = lines(`
  关于强化组织保障
  加强宣传引导，营造良好氛围
  关于强化监督考核
  完善体制机制，形成工作合力`);
