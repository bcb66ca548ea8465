/**
 * Civil-affairs vocabulary and sentence templates for the synthetic benchmark site. The words are
 * those a district civil-affairs bureau (区民政局) really publishes, so Pagefind segments and
 * indexes text like a real department's, and the search queries of the benchmark find pages.
 *
 * A template holds `{slot}` names; `fill` replaces each with a word of that list (the topic's own
 * lists first: `matter`, `people`, `measure`, `keyword`, `law`).
 */
import type { Random } from './random.ts';

export type TopicWords = {
  /** `一级\二级` as in content/site.yaml. */
  topic: string;
  /** Pinyin, for file names. */
  slug: string;
  /** 事项: what the documents are about. */
  matter: readonly string[];
  /** 对象: the people concerned. */
  people: readonly string[];
  /** Measures, as verb phrases. */
  measure: readonly string[];
  keyword: readonly string[];
  /** Laws and regulations cited (real titles). */
  law: readonly string[];
};

export const topics: readonly TopicWords[] = [
  {
    topic: '民政\\社会救助',
    slug: 'shehui-jiuzhu',
    matter: [
      '最低生活保障',
      '特困人员救助供养',
      '临时救助',
      '低保边缘家庭认定',
      '支出型困难家庭救助',
      '社会救助家庭经济状况核对',
      '流浪乞讨人员救助管理',
      '医疗救助衔接',
    ],
    people: ['低保对象', '特困人员', '低保边缘家庭成员', '支出型困难家庭', '流浪乞讨人员', '重病患者', '重度残疾人'],
    measure: [
      '按月足额发放保障金',
      '落实分类施保',
      '开展入户调查',
      '实行动态管理',
      '先行救助',
      '开通急难救助绿色通道',
      '开展主动发现',
    ],
    keyword: ['社会救助', '最低生活保障', '低保', '特困人员', '临时救助', '救助标准'],
    law: ['社会救助暂行办法', '特困人员认定办法', '最低生活保障审核确认办法', '城市生活无着的流浪乞讨人员救助管理办法'],
  },
  {
    topic: '民政\\养老服务',
    slug: 'yanglao-fuwu',
    matter: [
      '居家养老服务',
      '养老服务补贴',
      '高龄津贴',
      '老年人助餐服务',
      '养老机构质量建设',
      '居家适老化改造',
      '家庭养老床位',
      '社区嵌入式养老服务',
    ],
    people: ['高龄老年人', '失能老年人', '独居老年人', '空巢老年人', '经济困难老年人', '计划生育特殊家庭老年人'],
    measure: [
      '开展老年人能力评估',
      '发放养老服务补贴',
      '建设老年食堂',
      '推进居家适老化改造',
      '开展养老机构安全检查',
      '提供上门照护服务',
    ],
    keyword: ['养老服务', '居家养老', '高龄津贴', '老年人助餐', '养老机构', '适老化改造'],
    law: ['中华人民共和国老年人权益保障法', '养老机构管理办法', '养老机构等级划分与评定'],
  },
  {
    topic: '民政\\社区治理',
    slug: 'shequ-zhili',
    matter: [
      '社区工作者队伍建设',
      '社区减负增效',
      '居民委员会换届选举',
      '城乡社区协商',
      '社区工作事项准入',
      '社区服务设施建设',
      '志愿服务',
      '社会工作服务站建设',
    ],
    people: ['社区工作者', '居民委员会成员', '社区居民', '社会工作者', '志愿者', '网格员'],
    measure: [
      '精简社区工作台账',
      '规范社区工作事项准入',
      '开展居民议事协商',
      '建设社区综合服务设施',
      '培育社区社会组织',
      '开展社区工作者培训',
    ],
    keyword: ['社区治理', '居民委员会', '社区减负', '社区协商', '社区工作者', '社会工作'],
    law: ['中华人民共和国城市居民委员会组织法', '中华人民共和国村民委员会组织法', '志愿服务条例'],
  },
  {
    topic: '民政\\婚姻登记',
    slug: 'hunyin-dengji',
    matter: ['婚姻登记', '婚姻登记“跨省通办”', '颁证服务', '婚姻家庭辅导', '收养登记', '婚俗改革'],
    people: ['婚姻当事人', '登记员', '收养人', '被收养人'],
    measure: ['推行婚姻登记预约服务', '开展集体颁证', '设立婚姻家庭辅导室', '推进婚俗改革', '规范收养评估'],
    keyword: ['婚姻登记', '结婚登记', '离婚登记', '收养登记', '婚俗改革'],
    law: ['婚姻登记条例', '中国公民收养子女登记办法', '中华人民共和国民法典'],
  },
  {
    topic: '民政\\殡葬管理',
    slug: 'binzang-guanli',
    matter: ['惠民殡葬', '基本殡葬服务费用减免', '生态安葬奖补', '公益性公墓建设', '殡葬服务收费管理', '文明祭扫'],
    people: ['逝者家属', '殡葬服务机构', '困难群众', '户籍居民'],
    measure: [
      '减免基本殡葬服务费用',
      '推行节地生态安葬',
      '规范殡葬服务收费',
      '开展殡葬领域专项整治',
      '组织清明节文明祭扫',
    ],
    keyword: ['殡葬', '惠民殡葬', '生态安葬', '公墓', '文明祭扫'],
    law: ['殡葬管理条例', '公墓管理暂行办法'],
  },
  {
    topic: '民政\\社会组织',
    slug: 'shehui-zuzhi',
    matter: [
      '社会组织登记管理',
      '社会组织年度检查',
      '社会组织等级评估',
      '慈善组织认定',
      '社会组织党建',
      '非法社会组织整治',
      '社会组织信用管理',
    ],
    people: ['社会团体', '民办非企业单位', '基金会', '慈善组织', '行业协会商会'],
    measure: ['开展年度检查', '开展等级评估', '公开社会组织信用信息', '打击整治非法社会组织', '规范涉企收费'],
    keyword: ['社会组织', '社会团体', '民办非企业单位', '年度检查', '慈善组织'],
    law: ['社会团体登记管理条例', '民办非企业单位登记管理暂行条例', '中华人民共和国慈善法', '社会组织信用信息管理办法'],
  },
  {
    topic: '民政\\儿童福利',
    slug: 'ertong-fuli',
    matter: [
      '困境儿童保障',
      '农村留守儿童关爱服务',
      '事实无人抚养儿童保障',
      '孤儿基本生活保障',
      '未成年人保护工作站建设',
      '儿童主任队伍建设',
    ],
    people: ['困境儿童', '留守儿童', '孤儿', '事实无人抚养儿童', '儿童主任', '儿童督导员'],
    measure: ['发放基本生活费', '开展定期探访', '建立关爱服务台账', '落实监护责任', '开展儿童主任培训'],
    keyword: ['儿童福利', '困境儿童', '留守儿童', '未成年人保护', '孤儿'],
    law: ['中华人民共和国未成年人保护法', '儿童福利机构管理办法'],
  },
  {
    topic: '民政\\区划地名',
    slug: 'quhua-diming',
    matter: ['地名管理', '门楼牌设置', '地名普查成果转化', '行政区域界线管理', '地名文化保护', '标准地名使用'],
    people: ['地名管理机构', '建设单位', '街道办事处'],
    measure: ['规范地名命名更名', '设置标准门楼牌', '开展界线联合检查', '编纂地名志', '清理不规范地名'],
    keyword: ['地名', '门楼牌', '区划', '行政区域界线', '地名文化'],
    law: ['地名管理条例', '行政区域界线管理条例', '行政区划管理条例'],
  },
  {
    topic: '综合政务\\政务公开',
    slug: 'zhengwu-gongkai',
    matter: ['政府信息公开', '政务公开标准化', '依申请公开', '政策解读', '政府网站管理', '政务新媒体管理'],
    people: ['申请人', '公开工作人员', '社会公众'],
    measure: ['编制政府信息公开目录', '按时答复依申请公开', '开展政府开放日活动', '发布政策解读', '开展网站内容检查'],
    keyword: ['政务公开', '政府信息公开', '依申请公开', '政策解读', '公开目录'],
    law: ['中华人民共和国政府信息公开条例', '政府网站发展指引'],
  },
];

/** Services (办事指南 titles) and their legal basis, by guide topic slug of content/site.yaml. */
export const guideServices: Record<string, { services: readonly string[]; law: readonly string[] }> = {
  shfl: {
    services: ['困境儿童基本生活费申请', '孤儿基本生活费申领', '事实无人抚养儿童认定', '残疾人两项补贴申请'],
    law: ['中华人民共和国未成年人保护法', '中华人民共和国残疾人保障法'],
  },
  hysy: {
    services: ['结婚登记', '离婚登记', '补领婚姻登记证', '收养登记', '撤销婚姻登记'],
    law: ['婚姻登记条例', '中国公民收养子女登记办法'],
  },
  sqjs: {
    services: ['社区社会组织备案', '社区综合服务设施使用申请', '志愿服务组织登记'],
    law: ['中华人民共和国城市居民委员会组织法', '志愿服务条例'],
  },
  jczq: {
    services: ['居民委员会印章备案', '村民委员会印章备案', '居民委员会成员补选备案'],
    law: ['中华人民共和国城市居民委员会组织法', '中华人民共和国村民委员会组织法'],
  },
  yfaz: { services: ['优抚对象抚恤补助申领', '优抚对象医疗补助申请'], law: ['军人抚恤优待条例'] },
  jzgz: { services: ['受灾人员冬春生活救助', '受灾群众倒损住房恢复重建补助'], law: ['自然灾害救助条例'] },
  qhdm: { services: ['地名命名更名', '门楼牌编制申请', '标准地名证明'], law: ['地名管理条例'] },
  llgz: {
    services: ['高龄津贴申领', '养老服务补贴申请', '居家适老化改造申请', '家庭养老床位申请'],
    law: ['中华人民共和国老年人权益保障法'],
  },
  mjzz: {
    services: ['社会团体成立登记', '民办非企业单位成立登记', '社会组织变更登记', '社会组织注销登记'],
    law: ['社会团体登记管理条例', '民办非企业单位登记管理暂行条例'],
  },
  sygz: { services: ['双拥模范单位推荐', '拥军优属先进个人推荐'], law: ['军人抚恤优待条例'] },
  flcp: { services: ['福利彩票销售站点设立', '福利彩票销售站点变更'], law: ['彩票管理条例'] },
  bzgl: { services: ['生态安葬奖补申领', '基本殡葬服务费用减免', '公益性公墓安葬申请'], law: ['殡葬管理条例'] },
  shjz: {
    services: ['最低生活保障申请', '特困人员救助供养申请', '临时救助申请', '低保边缘家庭认定'],
    law: ['社会救助暂行办法', '最低生活保障审核确认办法'],
  },
};

export const streets = [
  '兴民街道',
  '柳塘街道',
  '青石街道',
  '河西街道',
  '东湖街道',
  '南桥街道',
  '北苑街道',
  '新城街道',
  '白沙街道',
];
export const communities = [
  '兴安社区',
  '柳岸社区',
  '青石社区',
  '河西社区',
  '东湖社区',
  '南桥社区',
  '北苑社区',
  '新城社区',
  '白沙社区',
  '和平社区',
  '幸福社区',
  '文昌社区',
];
export const people = [
  '陈思远',
  '李晓梅',
  '王建国',
  '张丽华',
  '刘洋',
  '赵敏',
  '周杰',
  '吴静',
  '郑海',
  '孙芳',
  '黄立新',
  '何雪',
];
export const offices = [
  '区民政局办公室',
  '区民政局社会救助科',
  '区民政局养老服务科',
  '区民政局基层政权和社区建设科',
  '区民政局社会事务科',
  '区民政局社会组织管理科',
  '区民政局区划地名科',
];
export const partners = [
  '云川市柳塘区财政局',
  '云川市柳塘区卫生健康委员会',
  '云川市柳塘区人力资源和社会保障局',
  '云川市柳塘区医疗保障局',
  '云川市柳塘区残疾人联合会',
  '云川市柳塘区退役军人事务局',
];
export const bureau = '云川市柳塘区民政局';

/** Words used by every topic's sentences. */
const common = {
  actor: [
    '各街道办事处',
    '区民政局',
    '社区居民委员会',
    '区财政局',
    '区卫生健康委员会',
    '区医疗保障局',
    '街道社会救助服务窗口',
    '街道社工站',
    '区各有关部门',
  ],
  verb: ['加强', '规范', '完善', '落实', '推进', '健全', '优化', '做好', '强化', '建立'],
  goal: [
    '应保尽保、应退尽退',
    '按时足额发放到位',
    '不漏一户、不落一人',
    '政策落实到位',
    '群众满意度持续提升',
    '服务更加便捷高效',
    '底线民生兜准兜牢',
    '资金使用安全规范',
  ],
  street: streets,
  community: communities,
  office: offices,
  time: ['每月10日前', '每季度末', '每年6月底前', '次月15日前', '5个工作日内', '10个工作日内', '20个工作日内', '当场'],
};

export type Slots = Record<string, readonly string[]>;

export function slotsFor(topic: TopicWords): Slots {
  return {
    ...common,
    matter: topic.matter,
    people: topic.people,
    measure: topic.measure,
    keyword: topic.keyword,
    law: topic.law,
  };
}

/** Replaces each `{slot}` with a word of that list; `{n}` with a number, `{money}` with an amount. */
export function fill(template: string, r: Random, slots: Slots): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name === 'n') return String(r.int(2, 60));
    if (name === 'pct') return `${r.int(3, 98)}.${r.int(0, 9)}%`;
    if (name === 'money') return String(r.int(12, 240) * 10);
    const list = slots[name];
    if (!list) throw new Error(`no words for {${name}}`);
    return r.pick(list);
  });
}

/** Sentences of a policy (通知, 意见, 办法 …). */
export const policySentences = [
  '{actor}要把{matter}作为保障和改善民生的重要内容，{verb}组织领导，明确责任分工，确保{goal}。',
  '对符合条件的{people}，{actor}应当在{time}完成审核确认，并{measure}。',
  '{actor}负责{matter}的组织实施和日常管理，{actor}负责资金保障和监督检查。',
  '{matter}所需资金由区级财政统筹安排，纳入年度预算，实行专款专用，任何单位和个人不得截留、挤占、挪用。',
  '各街道办事处要{measure}，对{people}的家庭情况每年至少核查一次，发现情况变化的及时调整。',
  '{people}的{matter}标准由每人每月{money}元调整为每人每月{money}元，自文件施行之日起执行。',
  '申请{matter}的，由本人或者其委托的代理人向户籍所在地或者经常居住地街道办事处提出书面申请。',
  '{actor}应当通过社区公示栏、政府网站和居民微信群等渠道公开{matter}的政策内容、办理流程和咨询电话。',
  '对在{matter}工作中玩忽职守、徇私舞弊、滥用职权的，依法依规追究有关人员的责任。',
  '{actor}要会同{actor}建立信息共享机制，依托社会救助家庭经济状况核对平台，提高审核效率。',
  '本办法所称{people}，是指具有本区户籍或者在本区经常居住，符合本办法规定条件的人员。',
  '各单位要加强{matter}经办人员培训，每年至少组织一次业务培训，提高政策执行能力。',
  '区民政局将会同区财政局对{matter}落实情况开展专项检查，检查结果纳入年度绩效考核。',
  '对{people}中的重病患者、重度残疾人和高龄老年人，可以按照规定适当增发保障金。',
  '全区共有{people}{n}户、{n}人，{year}年发放资金{money}万元，比上年增长{pct}。',
  '{actor}要{verb}{matter}工作的数字化建设，推行“一网通办”，让群众少跑腿、好办事。',
];

/** Section headings of a notice or opinion. */
export const policyHeadings = [
  '总体要求',
  '主要内容',
  '工作措施',
  '保障措施',
  '工作要求',
  '适用范围',
  '申请条件',
  '办理程序',
  '资金管理',
  '监督检查',
  '职责分工',
  '实施步骤',
  '做好新旧政策衔接',
  '加强宣传引导',
];

export const chineseNumbers = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

/** Sentences of a news article (工作动态 …). */
export const articleSentences = [
  '近日，{street}{community}组织开展了{matter}主题活动，{n}名居民参加。',
  '{office}相关负责人介绍，今年以来全区{matter}工作稳步推进，累计服务{people}{n}人次。',
  '活动现场，工作人员向居民发放宣传资料{n}余份，面对面解答政策问题。',
  '下一步，区民政局将继续{measure}，推动{matter}工作提质增效。',
  '{street}负责人表示，将把{matter}与网格化管理结合起来，做到早发现、早介入、早帮扶。',
  '据统计，{year}年全区{matter}共投入资金{money}万元，惠及{people}{n}户。',
  '会议要求，各街道要聚焦{matter}，{measure}，确保各项任务按时完成。',
  '在{community}，社区工作者每周上门探访{people}，了解他们的生活和健康状况。',
  '区民政局还邀请{n}名居民代表和人大代表对{matter}工作进行评议，收集意见建议{n}条。',
  '此次检查共发现问题{n}个，已当场整改{n}个，其余问题限期整改到位。',
  '{office}将持续跟踪{matter}的落实情况，定期通报工作进展。',
  '参加活动的居民纷纷表示，政策讲得明白，办事流程也更清楚了。',
];

export const articleTitles = [
  '{street}开展{matter}主题宣传活动',
  '区民政局召开{year}年{matter}工作推进会',
  '{street}{community}{matter}服务点正式启用',
  '全区{matter}工作取得阶段性成效',
  '区民政局开展{matter}专项检查',
  '{street}扎实推进{matter}',
  '区民政局组织{matter}业务培训',
  '{community}探索“{keyword}+网格”服务新模式',
];

/** Sentences of a bulletin issue (工作简报). */
export const bulletinSentences = [
  '{year}年以来，区民政局围绕{matter}，{measure}，各项工作取得新进展。',
  '截至{month}月底，全区{people}{n}人，当月发放资金{money}万元。',
  '{street}在{matter}中探索形成了“一户一档、一月一访”的做法，经验已在全区推广。',
  '下一阶段，区民政局将重点{measure}，并对{matter}开展专项督查。',
  '各街道要对照任务清单，逐项抓好落实，{time}将进展情况报区民政局{office}。',
  '{office}对{n}个社区进行了实地抽查，总体情况良好，个别社区存在台账不全的问题。',
];

export const bulletinHeadings = ['工作进展', '主要做法', '存在问题', '下一步打算', '基层经验', '数据速览'];

/** Questions of a policy interpretation (政策解读). */
export const interpretationQuestions = [
  '为什么要出台这个文件？',
  '文件适用于哪些人？',
  '主要内容有哪些？',
  '与原来的政策相比有哪些变化？',
  '群众如何申请？',
  '有疑问可以向哪里咨询？',
  '资金什么时候发放到位？',
  '已经享受待遇的需要重新申请吗？',
];

export const guideConditions = [
  '申请人具有本区户籍，或者持有本区居住证并在本区经常居住满一年。',
  '家庭人均月收入低于本区最低生活保障标准，且家庭财产状况符合规定。',
  '申请人及其共同生活的家庭成员如实申报家庭收入和财产状况。',
  '年满80周岁的本区户籍老年人。',
  '经老年人能力评估为中度以上失能。',
  '双方均无配偶，且没有禁止结婚的亲属关系。',
  '拟成立的社会组织有规范的名称和相应的组织机构，有固定的住所。',
  '因意外事件或者突发重大疾病导致基本生活暂时出现严重困难。',
];

export const guideMaterials = [
  '申请人居民身份证',
  '户口簿',
  '居住证',
  '家庭经济状况核对授权书',
  '申请表',
  '困难情况证明材料',
  '医疗费用票据',
  '残疾人证',
  '结婚证或离婚证',
  '单位或社区出具的证明',
  '法定代表人身份证明',
  '章程草案',
];

export const guideSteps = [
  ['申请', '申请人向街道便民服务中心窗口提出申请，也可以通过“柳塘民政”网上服务平台提交。'],
  ['受理', '窗口当场审查申请材料；材料不齐全的，一次性告知需要补正的全部内容。'],
  ['调查核实', '街道办事处组织入户调查，核对家庭经济状况，并在社区公示。'],
  ['审核', '街道办事处提出审核意见，报区民政局。'],
  ['审批', '区民政局作出决定，并书面告知申请人；不予批准的说明理由。'],
  ['发放', '资金按月打入申请人的社会保障卡或者银行账户。'],
  ['办结', '窗口发放证件或者决定书，申请人签收。'],
] as const;

export const faqs = [
  ['办理这个事项收费吗？', '不收费。'],
  ['可以委托他人办理吗？', '可以。受托人应当携带委托书和本人居民身份证。'],
  ['不是本区户籍可以申请吗？', '在本区经常居住并持有居住证的，可以向经常居住地街道办事处申请。'],
  ['多长时间能办好？', '材料齐全的，在承诺时限内办结；需要入户调查的，时限自调查完成之日起计算。'],
  ['可以在网上办理吗？', '可以通过“柳塘民政”网上服务平台或者政务服务网提交申请，并上传材料照片。'],
] as const;
