/**
 * The word lists behind `namedInstitutions`: the generic suffixes that end an institution's
 * name, the places that make a name proper, the generic words that do not, and the verbs and
 * particles that end the running text before a name. Data only.
 */

/**
 * Generic suffixes, longest first where one contains another, each with the evidence its
 * proper-noun part needs: `lead` — the name starts with a proper noun of 2+ characters
 * (清华大学, 桐溪高新区); `place` — the name starts with a place (上海…, 桐溪市…, 中国科学院…),
 * for suffixes whose descriptive names are common nouns (创新实验室, 生物医药产业园).
 */
export const SUFFIXES: { suffix: string; needs: 'lead' | 'place' }[] = [
  { suffix: '重点实验室', needs: 'lead' },
  { suffix: '实验室', needs: 'place' },
  { suffix: '科学院', needs: 'place' },
  { suffix: '研究院', needs: 'place' },
  { suffix: '研究所', needs: 'place' },
  { suffix: '大学', needs: 'lead' },
  { suffix: '学院', needs: 'lead' },
  { suffix: '高新技术产业开发区', needs: 'lead' },
  { suffix: '经济技术开发区', needs: 'lead' },
  { suffix: '开发区', needs: 'lead' },
  { suffix: '经开区', needs: 'lead' },
  { suffix: '高新区', needs: 'lead' },
  { suffix: '产业园区', needs: 'place' },
  { suffix: '产业园', needs: 'place' },
  { suffix: '工业园区', needs: 'place' },
  { suffix: '工业园', needs: 'place' },
  { suffix: '科技园', needs: 'place' },
];

/** Characters after a suffix that make it another word: 大学生, 大学城, 学院派. */
export const NOT_AFTER: Record<string, string> = { 大学: '生城', 学院: '派' };

/** Places (and the national academies) that start a proper name. */
export const PLACES = new Set(
  (
    '中国 中华 中科院 中国科学院 中国工程院 中国社会科学院 国科大 ' +
    '北京 天津 上海 重庆 河北 山西 内蒙古 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 ' +
    '湖北 湖南 广东 广西 海南 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾 ' +
    '石家庄 太原 呼和浩特 沈阳 长春 哈尔滨 南京 杭州 合肥 福州 南昌 济南 郑州 武汉 长沙 广州 南宁 ' +
    '海口 成都 贵阳 昆明 拉萨 西安 兰州 西宁 银川 乌鲁木齐 深圳 大连 青岛 宁波 厦门 苏州 无锡 ' +
    '包头 鄂尔多斯 雄安 东莞 佛山 珠海 温州 徐州 常州 烟台 洛阳 ' +
    '华北 华东 华南 华中 西北 西南 东北 东南 中南 京津冀 长三角 珠三角 粤港澳 成渝'
  ).split(' '),
);

/** Administrative suffixes that make the proper noun before them a place: 桐溪市, 江岚省. */
export const ADMIN = new Set('省市县州盟旗'.split(''));

/**
 * Words that can open a generic noun phrase before a suffix (联合实验室, 产业学院, 省内外高校,
 * 中小学创新实验室): a name must start with a proper noun, not with one of these.
 */
export const GENERIC = new Set(
  (
    '国家 国家级 省级 市级 县级 区级 部级 省部 省部共建 国际 全国 全省 全市 全区 全县 本市 本省 本区 ' +
    '我市 我省 我区 我县 该市 各地 各级 各类 相关 有关 其他 其它 一批 若干 多家 多所 省内外 省内 省外 ' +
    '市内 区内外 国内外 国内 境内外 区域 地方 当地 本地 一流 知名 高水平 重点 骨干 龙头 标杆 示范 ' +
    '特色 新型 现代 先进 高端 综合 联合 共建 开放 公共 专业 行业 企业 产业 高校 院校 学校 中小学 ' +
    '小学 中学 高中 初中 职业 职业技术 技术 工程 工程技术 科技 科学 创新 研发 研究 实验 教学 校内 ' +
    '校外 校企 校地 乡镇 中心校 农村 城乡 社区 老年 网络 空中 二级 产教 融合 应用 交通 理工 工业 ' +
    '师范 农业 林业 医科 医学 中医药 财经 政法 外国语 艺术 体育 电子 信息 电子信息 经济 高新 ' +
    '高新技术 生物 医药 生物医药 新能源 新材料 能源 材料 化工 化学 物理 数字 数字经济 智能 ' +
    '人工智能 智能制造 装备 制造 装备制造 软件 物流 文化 创意 文化创意 食品 纺织 汽车 航空 航天 ' +
    '海洋 环境 生态 绿色 低碳 零碳 光伏 氢能 煤化工 农产品 加工 商贸 电商 跨境 大数据 云计算 ' +
    '互联网 半导体 集成电路 机器人 服务 孵化 双创 众创 创业 青年 人才 大学生 留学人员 博士后 院士 ' +
    '专家 科研 基础 前沿 关键 核心 共性 产学研 工匠 技能 社会 管理 干部 中心 平台 基地 山区 城区 ' +
    '园区 景区 辖区 市区 片区 新区 街区 校区 地区 港区 矿区 国有 民营 中小 小微 规上 省属 市属 ' +
    '部属 直属 附属 自动化 智慧 未来 新兴 战略性 传统 优势 主导 首批 第一批 本科 高职 中职 开放式 ' +
    '虚拟 云端 在线 实训 实践 创客 科创 科普 协同'
  ).split(' '),
);

/**
 * Verbs and particles after which a name starts: the running text before a name is cut at the
 * last of these (`常态化开展清华大学` → `清华大学`, `推动与南方科技大学` → `南方科技大学`). Left
 * out on purpose, since names contain them: 同 (同济), 对 (对外经济贸易), 如 (如皋), 以, 于, 共, 将;
 * 联合 is in, at the cost of 北京联合大学, for 我局联合XX大学.
 */
export const BOUNDARIES: string[] = (
  '推动 推进 开展 组织 举办 共建 建设 建成 新建 组建 筹建 引进 引入 落户 入驻 签署 签订 携手 ' +
  '邀请 支持 实现 加强 深化 对接 牵头 带动 包括 依托 设立 成立 通过 借助 会同 联系 走进 进入 ' +
  '前往 参观 考察 申报 获批 认定 培育 打造 创建 争创 入选 获评 合作 协同 选派 聘请 来自 面向 ' +
  '覆盖 吸引 依靠 委托 联手 对标 学习 获得 荣获 成为 作为 推荐 入围 进驻 落地 挂牌 授牌 命名 ' +
  '整合 用好 利用 发挥 依据 按照 根据 参与 加入 申请 承担 承接 主办 承办 协办 指导 帮助 协助 ' +
  '联合 联络 包含 例如 比如 其中 分别 以及 并与 赴 到 至 向 往 为 在 与 和 及 或 并 是 的 了 由 被 把 从 等'
).split(' ');

/** A count before a name's suffix (两所大学, 三家研究院, 多个实验室): never a proper noun. */
export const COUNT = /^[一二两三四五六七八九十百千万几数多余]+[个家所项批名位座处间]/;
