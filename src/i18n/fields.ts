/**
 * Chinese names of fields and collections, as problems and pages name them: `docNumber（文号）`.
 * The fields of guides, annual reports, regulations and the integrity settings join the table
 * from their own modules, so every problem names its field the same way. Also the messages of
 * the field types every schema shares (src/schemas/fields.ts): a value missing, empty, of the
 * wrong kind or not among the choices, and an unknown field name.
 */
import { groupText } from './group.ts';
import { guideText } from './guides.ts';
import { annualReportText } from './annualReports.ts';
import { regulationText } from './regulations.ts';
import { integrityText } from './integrity.ts';

/** Chinese names of content fields, used in error messages: `docNumber（文号）`. */
export const fieldLabels: Record<string, string> = {
  // shared by documents
  title: '标题',
  indexNo: '索引号',
  docNumber: '文号',
  issuers: '发文机关',
  issuer: '发布机关',
  writtenDate: '成文日期',
  publishDate: '发布日期',
  topic: '主题分类',
  genre: '体裁',
  disclosure: '公开方式',
  validity: '有效性',
  validityDate: '有效性变更日期',
  replacedBy: '替代文件',
  expiryDate: '有效期至',
  replaces: '被替代的旧版',
  relations: '相关文件',
  target: '相关文件',
  changes: '更新记录',
  'changes.kind': '更新类别',
  'changes.date': '更新日期',
  'relations.type': '关系类型',
  groups: '同义词组',
  note: '更新说明',
  summary: '内容概述',
  keywords: '主题词/关键词',
  attachments: '附件',
  file: '文件路径',
  source: '来源',
  column: '所属栏目',
  updated: '更新时间',
  leaders: '主要领导',
  post: '职务',
  duties: '职责',
  functions: '主要职能',
  departments: '内设机构',
  affiliated: '直属机构',
  history: '历史沿革',
  event: '事件',
  updateDate: '更新时间',
  // interpretations
  interprets: '所解读的政策',
  form: '解读形式',
  author: '作者/解读人',
  publisher: '发布机构',
  // checklists
  kind: '清单类型',
  effectiveDate: '施行日期',
  items: '事项',
  code: '事项编码',
  name: '名称',
  category: '类别',
  powerType: '权力类型',
  content: '事项内容',
  basis: '设定依据',
  law: '法律法规名称',
  article: '条款',
  department: '责任单位/实施主体',
  notes: '备注',
  // bulletins
  series: '简报名称',
  year: '年份',
  issue: '期号',
  totalIssue: '总期号',
  supplement: '增刊',
  date: '日期',
  editingUnit: '编发单位',
  editor: '编辑',
  reportTo: '报',
  copyTo: '送',
  distributeTo: '发',
  // site configuration
  domain: '网站域名',
  url: '网站地址',
  siteIdCode: '政府网站标识码',
  sponsor: '主办单位',
  contact: '联系方式',
  address: '地址',
  postcode: '邮政编码',
  phone: '电话',
  icp: 'ICP备案号',
  publicSecurity: '公安机关备案号',
  conacId: '党政机关网站标识注册号',
  timeZone: '时区',
  pattern: '格式',
  org: '机构代码',
  seqDigits: '顺序号位数',
  topics: '主题分类表',
  columns: '栏目',
  type: '类型',
  nav: '显示在导航栏',
  display: '栏目显示方式',
  freshness: '更新频率类别',
  guideTopics: '办事指南主题',
  links: '友情链接',
  inspection: '栏目更新检查',
  attachmentMaxMB: '附件大小上限',
  cms: '浏览器编辑器',
  repo: '仓库',
  backend: '代码托管平台',
  branch: '分支',
  baseUrl: '登录服务地址',
  newsDays: '动态类栏目天数',
  noticeDays: '通知类栏目天数',
  href: '链接',
  children: '子栏目',
  bulletinSeries: '简报系列',
  citedElsewhere: '法规库以外引用的文件',
  slug: '网址名',
  description: '说明',
  // search language files (src/search/*.yaml)
  'entries.everyday': '日常说法',
  'entries.legal': '正式用语',
  'entries.field': '领域',
  'entries.query': '测试问句',
  'frames.text': '问法',
  'frames.section': '对应部分',
  'names.name': '俗称',
  'names.law': '法律法规标题',
  'names.article': '条文序号',
  'names.about': '说明',
};

/** Collection names as readers and editors know them. */
export const collectionLabels = {
  policies: '政策文件',
  interpretations: '政策解读',
  checklists: '权责清单',
  bulletins: '工作简报',
  articles: '文章',
  guides: '办事指南',
  annualReports: '政府信息公开年度报告',
  regulations: '法律法规',
} as const;

/**
 * Messages of the shared field types. `expected` is the field's own description of what to
 * write (its schema passes it); `value` is a wrong value as `values` describes it.
 */
export const fieldText = {
  /** How a wrong value is described back to the editor. */
  values: {
    null: '空值',
    date: '日期',
    list: '列表',
    text: (shown: string) => `“${shown}”`,
    number: (value: number) => `数字 ${value}`,
    boolean: (value: boolean) => `是/否值 ${value}`,
    object: '一组字段',
  },
  missing: (expected: string) => `缺少此项；应填写${expected}。`,
  empty: (expected: string) => `此项为空；应填写${expected}。`,
  wrong: (value: string, expected: string) => `不能是${value}；应填写${expected}。`,
  tooLong: (length: number, max: number) => `太长了（${length} 字）；最多 ${max} 字。`,
  missingChoice: (what: string, choices: readonly string[]) => `缺少此项；应填写${what}，可选：${choices.join('、')}。`,
  notAChoice: (value: string, what: string, choices: readonly string[]) =>
    `${value}不是可用的${what}；可选：${choices.join('、')}。`,
  notInteger: (value: string, expected: string) => `不能是${value}；应填写${expected}（正整数）。`,
  notPositive: (value: string, expected: string) => `不能是${value}；应填写${expected}（从 1 开始的正整数）。`,
  emptyList: (expected: string) => `列表为空；至少应填写一项${expected}。`,
  /** `reason` says why the date or 文号 cannot be read (src/i18n/formats.ts). */
  badDate: (reason: string, expected: string) => `${reason}；应填写${expected}。`,
  badDocNumber: (reason: string) => `${reason}。`,
  /** `suggestion`: the known field within a typo's reach, with its Chinese label. */
  unknownKey: (key: string, suggestion: { name: string; label: string } | undefined, known: readonly string[]) =>
    `未知字段“${key}”。${suggestion ? `是否想写 ${suggestion.name}（${suggestion.label}）？` : ''}可用字段：${known.join('、')}。`,
} as const;

Object.assign(
  fieldLabels,
  guideText.fieldLabels,
  annualReportText.fieldLabels,
  regulationText.fieldLabels,
  integrityText.fieldLabels,
  groupText.fieldLabels,
);
