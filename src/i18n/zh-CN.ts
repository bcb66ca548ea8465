/**
 * Every string a reader or an editor sees, in one place. Pages, components, schemas and the
 * check command take their words from here; nothing user-facing is written inline elsewhere.
 */
import { searchText } from './search.ts';

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

export const ui = {
  skipToContent: '跳到正文',
  documentCrumb: '正文',
  about: {
    leaders: '主要领导',
    functions: '主要职能',
    departments: '内设机构',
    affiliated: '直属机构',
    history: '历史沿革',
    type: '机构概况',
    leaderDuties: '工作分工：',
  },
  catalogue: {
    title: '政府信息公开目录',
    intro: '本局主动公开的政府信息，每条都有唯一的索引号。可按类型、年份浏览，或按索引号排序。',
    browse: '浏览目录',
    byType: '按类型：',
    byYear: '按年份：',
    sort: '排序：',
    all: '全部',
    newestFirst: '按发布日期（新到旧）',
    byIndexNo: '按索引号',
    typeTitle: (label: string) => `政府信息公开目录：${label}`,
    yearTitle: (year: number) => `政府信息公开目录：${year}年`,
    indexTitle: '政府信息公开目录（按索引号排序）',
    columns: { indexNo: '索引号', title: '名称', issuer: '发布机构', date: '发布日期', type: '类型' },
  },
  reading: {
    fontGroup: '字体大小',
    font: '字体：',
    large: '大',
    medium: '中',
    small: '小',
    largeLabel: '大字体',
    mediumLabel: '中字体',
    smallLabel: '小字体',
    elderly: '适老模式',
  },
  feeds: {
    policies: '政策文件',
    policiesDescription: (name: string) => `${name}发布的政策文件，含有效性。`,
    bulletins: '工作简报',
    bulletinsDescription: (name: string) => `${name}编发的工作简报。`,
    topic: (topic: string) => `政策文件：${topic}`,
    topicDescription: (name: string, topic: string) => `${name}发布的${topic}类政策文件。`,
    subscribe: '订阅（RSS）',
  },
  openData: {
    title: '数据开放',
    intro: '本站政策文件和各类清单的数据，可直接下载使用，随网站每次发布自动更新。',
    policiesHeading: '政策文件目录',
    policiesNote: '每个政策文件一行：索引号、文号、标题、发文机关、日期、有效性、主题分类和网址。',
    checklistsHeading: '权责清单和社区事项清单',
    feedsHeading: '订阅（RSS）',
    topicFeeds: '按主题订阅政策文件：',
    json: 'JSON',
    csv: 'CSV（可用 Excel 打开）',
  },
  admin: {
    title: '内容编辑',
    needsJs: '内容编辑器需要浏览器启用 JavaScript。',
  },
  pagination: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    page: (n: number) => `第 ${n} 页`,
    of: (n: number, count: number) => `（第 ${n} 页，共 ${count} 页）`,
  },
  linksTitle: '友情链接',
  linksIntro: '以下链接将离开本站，打开其他政府网站。',
  subColumns: '子栏目',
  emptyColumn: '本栏目暂无内容。',
  youAreHere: '您现在的位置：',
  home: '首页',
  mainNav: '主导航',
  breadcrumb: '面包屑导航',
  search: '搜索',
  searchPlaceholder: '输入关键词、文号或发文机关',
  searchLabel: '搜索本站文件',
  searchButton: '搜索',
  searchNeedsJs: '站内搜索需要浏览器启用 JavaScript。您也可以按栏目浏览：',
  searchLoading: searchText.loading,
  searchNoResults: searchText.noResults,
  searchResultCount: searchText.resultCount,
  searchFilters: '筛选',
  searchMore: searchText.more,
  searchSections: searchText.sections,
  searchIndexNoHit: searchText.indexNoHit,
  searchClearFilters: '清除筛选',
  searchDocNumberHit: searchText.docNumberHit,
  sortLabel: '排序',
  sortRelevance: '按相关度',
  sortNewest: '按日期（新到旧）',
  searchFailed: searchText.failed,
  latestPolicies: '最新政策文件',
  latestBulletins: '最新工作简报',
  more: '更多',
  allSections: '栏目导航',
  policyLibrary: '政策文件库',
  policyLibraryIntro: '本局发布的政策文件，按发布日期从新到旧排列。已失效或废止的文件仍可查阅，并标明替代文件。',
  interpretationList: '政策解读',
  interpretationListIntro: '对本局政策文件的解读，每篇解读都链接到它所解读的文件。',
  checklistListIntro: '本局权责清单，以及社区居委会依法履职事项清单和协助政府工作事项清单。',
  checklistList: '权责清单与社区事项清单',
  bulletinArchive: '工作简报',
  bulletinYear: (year: number) => `${year}年`,
  bulletinIssue: (year: number, issue: number, supplement: boolean) =>
    supplement ? `${year}年增刊第${issue}期` : `${year}年第${issue}期`,
  bulletinTotal: (n: number) => `总第${n}期`,
  issuePager: '上一期和下一期',
  previousIssue: '上一期',
  nextIssue: '下一期',
  infoBlock: '文件信息',
  info: {
    indexNo: '索引号',
    topic: '主题分类',
    issuers: '发文机关',
    writtenDate: '成文日期',
    title: '标题',
    docNumber: '发文字号',
    publishDate: '发布日期',
    validity: '有效性',
    effectiveDate: '施行日期',
    expiryDate: '有效期至',
    genre: '体裁',
    disclosure: '公开方式',
  },
  attachmentsHeading: '附件',
  interpretationsHeading: '相关解读',
  replacesHeading: '本文件替代的文件',
  relatedHeading: '相关文件',
  basisHeading: '制定依据',
  changeHistory: '更新记录',
  topicLabel: '主题分类：',
  keywordsLabel: '主题词：',
  interpretsHeading: '解读的文件',
  statusBanner: {
    尚未生效: (since: string) => `本文件尚未生效，将于${since}起施行。`,
    已修改: (since: string) => `本文件已于${since}被修改，请以修改后的文件为准。`,
    失效: (since: string) => `本文件已于${since}失效，不再执行。`,
    废止: (since: string) => `本文件已于${since}废止，不再执行。`,
  },
  replacedByLabel: '现行文件：',
  validityStatus: '效力状态',
  updatedAt: '更新时间：',
  sourceLabel: '来源：',
  authorLabel: '作者：',
  editorLabel: '编辑：',
  publishedAt: '发布日期：',
  author: '解读人：',
  itemCount: (n: number) => `共 ${n} 项`,
  checklistColumns: {
    code: '编码',
    name: '事项名称',
    powerType: '权力类型',
    content: '事项内容',
    basis: '依据',
    department: '责任单位',
    notes: '备注',
  },
  checklistEffective: '施行日期：',
  communityListType: '社区事项清单',
  checklistInfo: {
    kind: '清单类型',
    issuers: '发布单位',
    effectiveDate: '施行日期',
    publishDate: '发布日期',
    count: '事项数量',
    indexNo: '索引号',
  },
  checklistVersion: {
    heading: '与上一版相比',
    previous: '上一版：',
    counts: (before: number, after: number) => `事项数量：${before} 项 → ${after} 项`,
    added: (n: number) => `新增 ${n} 项`,
    removed: (n: number) => `取消 ${n} 项`,
    changed: (n: number) => `调整 ${n} 项`,
    unchanged: (n: number) => `未变 ${n} 项`,
    addedHeading: '新增事项',
    removedHeading: '取消事项',
    changedHeading: '调整事项',
    fields: (labels: string[]) => `调整了：${labels.join('、')}`,
    superseded: '本清单已被新版替代，仅供查阅。',
    current: '现行版本：',
    supersededBadge: '已被替代',
  },
  checklistIssuer: '发布单位：',
  recipients: { reportTo: '报：', copyTo: '送：', distributeTo: '发：' },
  editingUnit: '编发：',
  notFoundTitle: '页面不存在',
  notFoundBody: '您访问的页面不存在或已被移动。可以返回首页，或使用站内搜索查找文件。',
  footer: {
    sponsor: '主办单位：',
    address: '地址：',
    postcode: '邮编：',
    phone: '电话：',
    siteIdCode: '网站标识码：',
    linksLabel: '网站服务',
  },
  noDocNumber: '无',
  listColumns: { title: '标题', docNumber: '文号', date: '发布日期', status: '有效性' },
} as const;

/** Pagefind filter, meta and sort keys. Readers see them, so they are Chinese. */
export { searchKeys } from './search.ts';

// --- service guides (办事指南) ---
export const guideText = {
  /** Field labels for error messages; `parent.field` labels a field inside a list entry. */
  fieldLabels: {
    itemCode: '事项编码',
    conditions: '受理条件',
    materials: '申请材料',
    'materials.name': '材料名称',
    'materials.form': '原件或复印件',
    copies: '份数',
    steps: '办理流程',
    'steps.name': '环节名称',
    'steps.description': '环节说明',
    timeLimit: '环节时限',
    statutoryDays: '法定办结时限',
    promisedDays: '承诺办结时限',
    fee: '收费依据及标准',
    place: '办理地点',
    hours: '办理时间',
    complaintPhone: '监督投诉电话',
    onlineUrl: '网上办理网址',
    faq: '常见问题',
    'faq.q': '问题',
    'faq.a': '解答',
  } as Record<string, string>,
  title: '办事指南',
  columnType: '办事服务',
  indexIntro: '按业务主题列出本局民政业务的办事指南：依据、条件、材料、流程、时限、地点和电话。',
  topicIntro: (topic: string) => `${topic}类民政业务的办事指南。`,
  topicsNav: '业务主题',
  noGuides: '暂无办事指南',
  guideCount: (n: number) => `${n} 项`,
  description: (title: string) => `${title}的设定依据、受理条件、申请材料、办理流程、办理时限和办理地点。`,
  info: {
    title: '事项名称',
    itemCode: '事项编码',
    department: '实施主体',
    topic: '业务主题',
    indexNo: '索引号',
    publishDate: '发布日期',
    updateDate: '更新时间',
  },
  checklistLink: '权责清单：',
  sections: {
    basis: '设定依据',
    conditions: '受理条件',
    materials: '申请材料',
    steps: '办理流程',
    timeLimits: '办理时限',
    fee: '收费依据及标准',
    placeAndHours: '办理地点和时间',
    phones: '咨询和投诉电话',
    online: '网上办理',
    faq: '常见问题',
    notes: '补充说明',
  },
  materialColumns: { name: '材料名称', form: '原件/复印件', copies: '份数', notes: '备注' },
  copies: (n: number) => `${n} 份`,
  days: (n: number) => (n === 0 ? '即办（当场办结）' : `${n} 个工作日`),
  statutory: '法定办结时限',
  promised: '承诺办结时限',
  promisedShort: (days: string) => `承诺时限：${days}`,
  stepTimeLimit: '时限：',
  place: '办理地点',
  hours: '办理时间',
  phone: '咨询电话',
  complaintPhone: '监督投诉电话',
  onlineAvailable: '可网上办理',
  onlineIntro: '本事项可在网上申请：',
  noOnline: '本事项暂不提供网上办理，请到办理地点申请。',
  question: '问：',
  answer: '答：',
} as const;

// Guide fields join the shared label table, so problems name them like every other field.
Object.assign(fieldLabels, guideText.fieldLabels);

// --- annual reports (政府信息公开工作年度报告) ---
/**
 * Words of the annual report (国办公开办函〔2021〕30号): section headings, the labels of
 * tables 2, 3 and 4 exactly as the official format prints them, page words, and the messages
 * of the arithmetic checks (src/lib/annualReport.ts).
 */
export const annualReportText = {
  /** Field labels for error messages (`applications.received.person（自然人）`). */
  fieldLabels: {
    overview: '一、总体情况',
    activeDisclosure: '二、主动公开政府信息情况',
    applications: '三、收到和处理政府信息公开申请情况',
    reviewAndLitigation: '四、政府信息公开行政复议、行政诉讼情况',
    problemsAndImprovements: '五、存在的主要问题及改进情况',
    otherMatters: '六、其他需要报告的事项',
    text: '正文',
    regulations: '规章',
    normativeDocuments: '行政规范性文件',
    issued: '本年制发件数',
    repealed: '本年废止件数',
    inForce: '现行有效件数',
    licensing: '行政许可',
    punishment: '行政处罚',
    enforcement: '行政强制',
    feeAmount: '行政事业性收费金额',
    received: '本年新收申请数量',
    carriedOver: '上年结转申请数量',
    results: '本年度办理结果',
    disclosed: '予以公开',
    partlyDisclosed: '部分公开',
    withheld: '不予公开',
    unavailable: '无法提供',
    notProcessed: '不予处理',
    otherHandling: '其他处理',
    carriedForward: '结转下年度继续办理',
    stateSecret: '属于国家秘密',
    prohibitedByLaw: '其他法律行政法规禁止公开',
    securityAndStability: '危及“三安全一稳定”',
    thirdPartyRights: '保护第三方合法权益',
    internalAffairs: '属于三类内部事务信息',
    processInformation: '属于四类过程性信息',
    enforcementCaseFiles: '属于行政执法案卷',
    inquiryMatters: '属于行政查询事项',
    notHeld: '本机关不掌握相关政府信息',
    needsCreation: '没有现成信息需要另行制作',
    stillUnclear: '补正后申请内容仍不明确',
    complaints: '信访举报投诉类申请',
    repeated: '重复申请',
    publications: '要求提供公开出版物',
    excessive: '无正当理由大量反复申请',
    confirmation: '要求行政机关确认或重新出具已获取信息',
    noCorrection: '逾期不补正',
    feeUnpaid: '逾期未缴纳费用',
    other: '其他',
    person: '自然人',
    business: '商业企业',
    research: '科研机构',
    welfare: '社会公益组织',
    legal: '法律服务机构',
    otherOrg: '其他法人或其他组织',
    total: '总计',
    review: '行政复议',
    litigationDirect: '行政诉讼（未经复议直接起诉）',
    litigationAfterReview: '行政诉讼（复议后起诉）',
    upheld: '结果维持',
    corrected: '结果纠正',
    pending: '尚未审结',
    'review.other': '其他结果',
    'litigationDirect.other': '其他结果',
    'litigationAfterReview.other': '其他结果',
  } as Record<string, string>,
  /** Value of the 类型 search filter. */
  searchType: '年度报告',
  columnType: '信息公开年报',
  listTitle: '政府信息公开工作年度报告',
  listIntro: '本局历年政府信息公开工作年度报告，按年度从新到旧排列。',
  noReports: '暂无年度报告。',
  yearLabel: (year: number) => `${year}年度`,
  publishedOn: (date: string) => `发布日期：${date}`,
  info: { indexNo: '索引号', publisher: '发布机构', year: '报告年度', publishDate: '发布日期' },
  sections: {
    overview: '一、总体情况',
    activeDisclosure: '二、主动公开政府信息情况',
    applications: '三、收到和处理政府信息公开申请情况',
    reviewAndLitigation: '四、政府信息公开行政复议、行政诉讼情况',
    problemsAndImprovements: '五、存在的主要问题及改进情况',
    otherMatters: '六、其他需要报告的事项',
  },
  /** What the editor must write in a section's text. */
  sectionText: (heading: string) => `“${heading}”的正文（段落之间空一行）`,
  /** Label of the scrollable region around a wide table. */
  scrollRegion: (caption: string) => `${caption}（表格较宽，可左右滚动）`,
  table2: {
    name: '表2',
    caption: '主动公开政府信息情况',
    groups: {
      documents: '第二十条第（一）项',
      licensing: '第二十条第（五）项',
      enforcement: '第二十条第（六）项',
      fees: '第二十条第（八）项',
    },
    item: '信息内容',
    rows: {
      regulations: '规章',
      normativeDocuments: '行政规范性文件',
      licensing: '行政许可',
      punishment: '行政处罚',
      enforcement: '行政强制',
      feeAmount: '行政事业性收费',
    },
    columns: {
      issued: '本年制发件数',
      repealed: '本年废止件数',
      inForce: '现行有效件数',
      decisions: '本年处理决定数量',
      feeAmount: '本年收费金额（单位：万元）',
    },
  },
  table3: {
    name: '表3',
    caption: '收到和处理政府信息公开申请情况',
    corner: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    applicants: '申请人情况',
    organisations: '法人或其他组织',
    columns: {
      person: '自然人',
      business: '商业企业',
      research: '科研机构',
      welfare: '社会公益组织',
      legal: '法律服务机构',
      otherOrg: '其他',
      total: '总计',
    },
    /** Column names in messages, where “其他” alone would be ambiguous. */
    columnNames: {
      person: '自然人',
      business: '商业企业',
      research: '科研机构',
      welfare: '社会公益组织',
      legal: '法律服务机构',
      otherOrg: '其他（法人或其他组织）',
      total: '总计',
    },
    rows: {
      received: '一、本年新收政府信息公开申请数量',
      carriedOver: '二、上年结转政府信息公开申请数量',
      results: '三、本年度办理结果',
      disclosed: '（一）予以公开',
      partlyDisclosed: '（二）部分公开',
      withheld: '（三）不予公开',
      unavailable: '（四）无法提供',
      notProcessed: '（五）不予处理',
      otherHandling: '（六）其他处理',
      total: '（七）总计',
      carriedForward: '四、结转下年度继续办理',
    },
    partlyDisclosedNote: '（区分处理的，只计这一情形，不计其他情形）',
    subRows: {
      withheld: {
        stateSecret: '1.属于国家秘密',
        prohibitedByLaw: '2.其他法律行政法规禁止公开',
        securityAndStability: '3.危及“三安全一稳定”',
        thirdPartyRights: '4.保护第三方合法权益',
        internalAffairs: '5.属于三类内部事务信息',
        processInformation: '6.属于四类过程性信息',
        enforcementCaseFiles: '7.属于行政执法案卷',
        inquiryMatters: '8.属于行政查询事项',
      },
      unavailable: {
        notHeld: '1.本机关不掌握相关政府信息',
        needsCreation: '2.没有现成信息需要另行制作',
        stillUnclear: '3.补正后申请内容仍不明确',
      },
      notProcessed: {
        complaints: '1.信访举报投诉类申请',
        repeated: '2.重复申请',
        publications: '3.要求提供公开出版物',
        excessive: '4.无正当理由大量反复申请',
        confirmation: '5.要求行政机关确认或重新出具已获取信息',
      },
      otherHandling: {
        noCorrection: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
        feeUnpaid: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        other: '3.其他',
      },
    },
  },
  table4: {
    name: '表4',
    caption: '政府信息公开行政复议、行政诉讼情况',
    review: '行政复议',
    litigation: '行政诉讼',
    rows: {
      review: '行政复议',
      litigationDirect: '未经复议直接起诉',
      litigationAfterReview: '复议后起诉',
    },
    /** Names in messages: the litigation groups with their parent heading. */
    rowNames: {
      review: '行政复议',
      litigationDirect: '行政诉讼（未经复议直接起诉）',
      litigationAfterReview: '行政诉讼（复议后起诉）',
    },
    columns: { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结', total: '总计' },
  },
  messages: {
    /** A cell of a table with rows and columns (tables 2 and 3). */
    cell: (table: string, row: string, column: string) => `${table}“${row}”行“${column}”列`,
    /** A cell of table 4, whose groups are column headings in the printed table. */
    groupCell: (table: string, group: string, column: string) => `${table}“${group}”下的“${column}”`,
    count: (cell: string) => `${cell}的件数（不小于 0 的整数，没有请填 0）`,
    amount: (cell: string) => `${cell}的金额（单位万元，可以有小数，没有请填 0）`,
    wrongSum: (cell: string, written: number, what: string, expected: number, terms: string) =>
      `${cell}：填写 ${written}，但${what}之和为 ${expected}（${terms}）；应为 ${expected}。`,
    applicantsSum: '六类申请人',
    resultsSum: '各项办理结果',
    outcomesSum: '各项结果',
    subtotal: (label: string) => `${label}小计`,
    balance: (
      column: string,
      received: number,
      carriedOver: number,
      total: number,
      carriedForward: number,
      hint: string,
    ) =>
      `表3“${column}”列：一、本年新收 ${received} + 二、上年结转 ${carriedOver} = ${received + carriedOver}，` +
      `但（七）总计 ${total} + 四、结转下年度继续办理 ${carriedForward} = ${total + carriedForward}；` +
      `第一项加第二项之和应等于第三项加第四项之和。${hint}`,
    balanceHint: (expected: number) => `若其他数字无误，“四、结转下年度继续办理”应为 ${expected}。`,
    balanceHintNegative: '请核对这几项数字。',
    year: '报告年度（四位年份，例如 2025）',
    yearRange: (described: string) =>
      `不能是${described}；报告年度应为 2008 年（《政府信息公开条例》施行）以后的四位年份，例如 2025。`,
    titleWithoutYear: (year: number) =>
      `标题中没有“${year}年”；报告年度是 ${year}，标题应写明年度，例如 某某局${year}年政府信息公开工作年度报告。`,
    publishedTooEarly: (publishDate: string, year: number) =>
      `发布日期 ${publishDate} 在报告年度 ${year} 结束之前；${year} 年度的报告应在 ${year + 1} 年发布（每年 1 月 31 日前）。`,
    duplicateYear: (year: number, file: string) =>
      `${year} 年度的报告已在 ${file} 中；每个年度只能有一份报告，请改正 year 或删除重复的文件。`,
    carriedOverMismatch: (
      cell: string,
      written: number,
      previousYear: number,
      previousFile: string,
      previous: number,
    ) =>
      `${cell}：填写 ${written}，但 ${previousYear} 年度报告（${previousFile}）的“四、结转下年度继续办理”为 ${previous}；两者应相等，请核对本年或上年的报告。`,
    inForceMismatch: (
      cell: string,
      written: number,
      previousYear: number,
      previous: number,
      issued: number,
      repealed: number,
    ) =>
      `${cell}：填写 ${written}，但 ${previousYear} 年度的现行有效件数 ${previous} + 本年制发 ${issued} − 本年废止 ${repealed} = ${previous + issued - repealed}；` +
      `应为 ${previous + issued - repealed}。如有文件因有效期届满等原因失效而未列入废止，可忽略此提示。`,
  },
} as const;

// Annual-report fields join the shared label table, so problems name them like every other field.
Object.assign(fieldLabels, annualReportText.fieldLabels);

// --- regulations library (法规库) ---
/**
 * Words of the regulations library: field descriptions and check messages
 * (src/schemas/regulation.ts, src/lib/content/regulationRules.ts), the importer's report
 * (scripts/import-regulations.ts) and the pages under /regulations/.
 */
export const regulationText = {
  /** Field labels for error messages (`status（时效性）`). */
  fieldLabels: {
    level: '层级',
    part: '分编',
    status: '时效性',
    statusDate: '时效性变更日期',
    'history.date': '沿革日期',
    'history.event': '沿革事项',
  } as Record<string, string>,
  /** Value of the 类型 search filter, and the library's name. */
  searchType: '法律法规',
  title: '法律法规',
  columnType: '政策文件',
  intro:
    '本局执行的法律、法规、规章和规范性文件。每部法规显示现行版本，条文可以直接引用和链接；旧版本保留原文，并标明已被修改。',
  expected: {
    title: '法规的完整标题，例如 中华人民共和国城市居民委员会组织法',
    part: '分编或部分的名称，例如 婚姻家庭编',
    level: '层级',
    issuer: '制定机关的全称，例如 全国人民代表大会常务委员会',
    status: '时效性',
    historyEvent: '沿革事项，例如 第十三届全国人民代表大会常务委员会第七次会议修正',
    historyEntry: '沿革：日期（date）和事项（event）',
    history: '沿革',
    source: '来源，例如 国家法律法规数据库',
    fields: '法规的字段',
  },
  messages: {
    repealedWithoutDate: '时效性为“废止”时必须填写废止日期；应填写 statusDate，例如 2024-03-05。',
    statusDateWithoutStatus: (date: string) =>
      `填写了时效性变更日期 ${date}，但没有填写时效性；应同时填写 status（例如 废止），或删除 statusDate。`,
    effectiveBeforePublished: (effective: string, published: string) =>
      `施行日期 ${effective} 早于公布日期 ${published}；施行日期不能早于公布日期，请核对两个日期。`,
    historyOutOfOrder: (date: string, previous: string) =>
      `沿革日期 ${date} 早于上一条的 ${previous}；沿革应按时间从早到晚排列。`,
    lawNotInLibrary: (law: string, files: number, count: number, suggestion: string | undefined) =>
      `《${law}》不在法规库中${count > 1 ? `（${files > 1 ? `${files} 个文件` : '本文件'}共引用 ${count} 处，这里是第一处）` : ''}，无法链接到条文。` +
      `${suggestion ? `是否指《${suggestion.replace(/《/g, '〈').replace(/》/g, '〉')}》？` : ''}` +
      '如果本局执行这部法规，请用 npm run import:regulations 导入；如已导入，请核对名称是否与法规库中的标题一致。',
    popularNameLawMissing: (name: string, law: string) =>
      `俗称“${name}”所指的《${law}》不在法规库中，搜索时不会显示这个俗称；请导入这部法规，或核对标题是否与法规库中的一字不差。`,
    articleMissing: (law: string, articles: string[], last: string | undefined) =>
      `《${law}》没有${articles.join('、')}（${last ? `现行版本最后一条是${last}` : '现行版本没有编号的条文'}）；请核对条款。`,
    articlesInMissingPart: (law: string, articles: string[], parts: string[]) =>
      `《${law}》的${articles.join('、')}不在法规库已有的分编（${parts.join('、')}）中，可能属于还没有导入的分编，无法链接到条文；请导入该分编，或核对条款。`,
    articleOnlyInOlder: (law: string, articles: string[], date: string) =>
      `《${law}》现行版本没有${articles.join('、')}，只有 ${date} 公布的旧版本有；请按现行版本核对条款。`,
    duplicateVersion: (title: string, version: string, other: string) =>
      `《${title}》${version === 'undated' ? '未注明公布日期' : `公布日期为 ${version} `}的版本已在 ${other} 中；同一法规的每个版本只能有一个文件，请删除其中一个，或改正 publishDate。`,
    declaredInForceButAmended: (date: string, file: string) =>
      `时效性写的是“有效”，但法规库中有 ${date} 公布的新版本（${file}）；请改为 已修改，或删除 status 让网站按版本自动判断。`,
    duplicateArticle: (label: string) =>
      `正文中的“${label}”出现了不止一次；引用只能链接到第一处，这一处的锚点另行编号。请核对条文编号。`,
  },
  /** scripts/import-regulations.ts. */
  importer: {
    help: `用法：npm run import:regulations -- <导出文件夹> [--out 文件夹] [--source 名称] [--verbose] [--json]

把国家法律法规数据库导出的 Markdown 文件（# 标题、沿革行、<!-- INFO END -->、正文）转换为法规库条目，
写入 content/regulations/<标题>/<公布日期>.md。每个条文得到固定锚点（#art-3），编、章、节得到目录锚点。
重复运行只更新有变化的文件，不会产生重复条目；来源文件与条目的对应关系记在 import-manifest.json。
无法解析的内容逐个文件报告，不会中断导入。

  --out DIR       输出文件夹，默认 content/regulations
  --source NAME   写入“来源”的名称，默认 国家法律法规数据库
  --verbose       也列出每个文件自动处理了哪些问题
  --json          以 JSON 输出报告`,
    missingDir: (dir: string) =>
      `找不到文件夹 ${dir}。用法：npm run import:regulations -- <导出文件夹> [--out content/regulations]`,
    noFiles: (dir: string) => `${dir} 中没有 .md 文件；请指向国家法律法规数据库导出的文件夹。`,
    heading: (files: number, dir: string, out: string) => `导入 ${files} 个文件：${dir} → ${out}`,
    summary: (added: number, updated: number, unchanged: number, laws: number, versions: number, ms: number) =>
      `新增 ${added} 个、更新 ${updated} 个、未变 ${unchanged} 个，共 ${laws} 部法规 ${versions} 个版本。用时 ${ms} 毫秒。`,
    removed: (n: number) => `删除了 ${n} 个旧条目（来源文件的标题或日期变了，条目已改名）。`,
    duplicates: (n: number) => `${n} 个文件与另一个文件内容完全相同，只导入了一次。`,
    ignoredEntries: (entries: string[]) =>
      `导入清单 import-manifest.json 中有 ${entries.length} 条记录指向法规库以外或格式不对（${entries.slice(0, 3).join('、')}${entries.length > 3 ? ' 等' : ''}），已忽略：导入程序只在法规库文件夹内读写和删除。`,
    skippedLinks: (paths: string[]) =>
      `导出文件夹中有 ${paths.length} 个符号链接（${paths.slice(0, 3).join('、')}${paths.length > 3 ? ' 等' : ''}），没有读取：导入程序只读导出文件夹里的文件本身。`,
    fixedSummary: (items: string[]) => `自动处理：${items.join('；')}。`,
    fixedCount: (label: string, files: number) => `${label} ${files} 个文件`,
    warnings: (n: number) => `${n} 个文件有无法解析的内容（见上面“警告”各行），已照常导入。`,
    failed: (n: number) =>
      `${n} 个文件未能导入（见上面“错误”各行）。修正这些文件后重新运行即可，已导入的文件不受影响。`,
    manifestAbout:
      '由 npm run import:regulations 生成：导出文件夹中的来源文件 → 法规库条目。重新导入时据此更新同一条目，请勿手工修改。',
    warningPrefix: '警告',
    errorPrefix: '错误',
    fixedPrefix: '已处理',
    /** Labels of what was fixed, for the summary line. */
    fixed: {
      'fullwidth-space': '全角空格',
      nbsp: '不间断空格',
      'zero-width': '零宽字符',
      'fullwidth-digits': '全角数字',
      'stray-bracket': '沿革行多余的括号',
      'joined-lines': '跨行的沿革',
      'title-lines': '头部重复的标题行',
      'toc-removed': '正文前重复的目录',
      'duplicate-heading': '重复的标题锚点',
      'empty-heading': '空标题',
      'title-repeated': '正文开头重复的标题',
      'body-history': '正文开头的沿革',
      'multiple-titles': '分编标题',
      'issuer-from-folder': '按文件夹确定的制定机关',
      'issuer-from-level': '按层级确定的制定机关（国务院）',
      'no-final-newline': '文件末尾没有换行',
    } as Record<string, string>,
    notes: {
      fullwidthSpace: (n: number) => `${n} 个全角空格已换成普通空格`,
      nbsp: (n: number) => `${n} 个不间断空格已换成普通空格`,
      zeroWidth: (n: number) => `删除了 ${n} 个零宽字符`,
      fullwidthDigits: '沿革中的全角数字已换成半角数字',
      strayBracket: (line: string) => `删除了沿革行多余的括号：${line}`,
      joinedLines: (line: string) => `合并了跨行的沿革：${line}`,
      titleLines: '删除了头部重复标题的行',
      tocRemoved: (n: number) => `删除了正文前重复列出的目录（${n} 个标题）`,
      duplicateHeading: (text: string, id: string) => `标题“${text}”的锚点与前面的重复，改为 #${id}`,
      emptyHeading: '删除了没有文字的标题',
      titleRepeated: '删除了正文开头重复的标题',
      bodyHistory: (n: number) => `正文开头括号中的沿革（${n} 条）已移入沿革`,
      bodyHistoryDiffers: '头部的沿革行与正文开头括号中的沿革不一致，采用正文开头的沿革',
      multipleTitles: (part: string) => `第二个一级标题“${part}”作为分编名称`,
      noFinalNewline: '文件末尾没有换行',
      noHistory: (date: string | undefined) =>
        `没有沿革行；${date ? `公布日期取自文件名（${date}）` : '公布日期无法确定'}`,
      unparsedHeader: (lines: string) => `头部有不是沿革的内容，已放到正文开头：${lines}`,
      impossibleDate: (line: string, reason: string) => `沿革行的日期不能使用（${reason}），已跳过：${line}`,
      noIssuer: '无法确定制定机关（沿革行和标题都没有写明）',
      issuerFromFolder: (department: string) => `沿革行没有写明制定机关，按所在文件夹取为“${department}”`,
      issuerFromLevel: '沿革行没有写明制定机关，行政法规由国务院制定，取为“国务院”',
      noPublishDate: '无法确定公布日期（文件名和沿革行都没有日期）',
      noEffectiveDate: '无法确定施行日期（沿革行和正文都没有写明本版本的施行日期）',
      noBody: '没有正文，只导入了标题和沿革',
      duplicateArticle: (label: string, id: string) => `“${label}”出现了不止一次，后一处的锚点为 #${id}`,
      noTitle: (title: string) => `没有“# 标题”行，标题取自文件名：${title}`,
      noMarker: '没有 <!-- INFO END --> 行，头部按日期行判断',
      levelGuessed: (level: string) => `无法从文件夹或名称判断层级，按“${level}”导入`,
      emptyFile: '文件是空的',
      unreadable: (reason: string) => `无法读取：${reason}`,
      sameVersion: (other: string) =>
        `与 ${other} 是同一法规的同一版本（标题和公布日期相同），但正文不同，未导入；请确认哪个文件是正确的，删除另一个`,
      duplicateFile: (other: string) => `与 ${other} 的内容完全相同，未重复导入`,
      handWritten: (file: string) => `${file} 已存在且不是导入生成的，未覆盖；请改名或删除该文件后重新导入`,
    },
  },
  /** The pages. */
  page: {
    levelsNav: '按层级浏览',
    lawCount: (n: number) => `共 ${n} 部`,
    versionCount: (n: number) => `${n} 个版本`,
    info: {
      title: '标题',
      part: '分编',
      level: '层级',
      issuer: '制定机关',
      publishDate: '公布日期',
      effectiveDate: '施行日期',
      status: '时效性',
      source: '来源',
    },
    unknown: '不详',
    toc: '目录',
    history: '沿革',
    versions: '版本',
    versionsIntro: '本法规在法规库中的各个版本：',
    current: '现行版本',
    thisPage: '本页',
    version: (date: string | undefined) => (date ? `${date}公布` : '未注明日期'),
    banner: {
      已修改: (date: string) => `本页是${date}公布的版本，已被修改，仅供查阅。`,
      废止: (date: string) => `本法规已于${date}废止，不再执行。`,
      尚未生效: (date: string) => `本版本尚未生效，将于${date}起施行。`,
      newVersion: (date: string) => `本法规已公布新版本，将于${date}起施行；在此之前仍以本页为准。`,
      currentLabel: '现行版本：',
      pendingLabel: '将施行的新版本：',
    },
    cite: {
      label: '引用本条',
      copy: '复制引用',
      copied: '已复制',
      failed: '无法复制，请手动选择文字复制',
      hint: '点击条文编号可以复制该条的引用和链接。',
    },
    articleCount: (n: number) => `共 ${n} 条`,
  },
} as const;

// Regulation fields join the shared label table, so problems name them like every other field.
Object.assign(fieldLabels, regulationText.fieldLabels);

// --- content guard and integrity (内容安全与完整性) ---
/** Content guard, page check, signed manifest and verifier (docs/security.md). */
export const integrityText = {
  fieldLabels: {
    allowedDomains: '允许链接的外部域名',
    manifestPublicKey: '完整性清单公钥',
  },

  /** content/site.yaml fields. */
  site: {
    domainExpected: '域名，例如 zwfw.example.gov.cn，或以点开头的 .gov.cn',
    domainsExpected: '允许链接的外部域名',
    badDomain: (input: string) =>
      `“${input}”格式不对；应只写域名，不含 https:// 和路径：zwfw.example.gov.cn 只允许这一个网站，.gov.cn（以点开头）允许所有以 .gov.cn 结尾的网站。`,
    publicKeyExpected: '完整性清单公钥（npm run keygen 输出的一行 base64）',
    badPublicKey:
      '这不是有效的 Ed25519 公钥；请填写 npm run keygen 输出的 manifestPublicKey 那一行（一行 base64 文字）。',
  },

  /** src/guard/denylist.yaml and content/guard/denylist.yaml. */
  denylist: {
    fileExpected: '违禁词表：entries 列表',
    entriesExpected: '违禁词条目',
    entryExpected: '违禁词条目：term 或 pattern、category、rule，可选 with、gap、scope、severity、note',
    termExpected: '违禁词',
    patternExpected: '正则表达式',
    badPattern: (input: string) => `正则表达式“${input}”写法有误，无法使用；请按 JavaScript 正则表达式的语法改正。`,
    categoryExpected: '类别，例如 赌博 或 色情',
    ruleExpected: '规则',
    withExpected: '连用才违规的词',
    withEmpty: 'with 至少要有一个词。',
    gapExpected: '两个词之间最多相隔的字数（0 到 20 的整数）',
    scopeExpected: '检查范围',
    noteExpected: '说明',
    severityExpected: '严重程度：error（阻止发布）或 warning（只提醒）',
    termOrPattern: '每个条目要写 term（词语）或 pattern（正则表达式），二者只能写一个。',
    combinationNeedsWith: 'rule 为 combination 的条目必须写 term 和 with（与之连用才违规的词）。',
    withOnlyForCombination:
      'with 只用于 rule: combination 的条目；rule: always 的词在任何位置出现都是错误，请删除 with。',
  },

  /** The content guard's messages (src/lib/guard/check.ts). */
  guard: {
    places: {
      body: '正文',
      alt: '图片说明（alt）',
      linkTitle: '链接提示文字（title）',
      comment: '注释',
      key: '字段名',
      attribute: (name: string) => `组件属性 ${name} `,
    },
    denied: (place: string, shown: string, label: string, category: string) =>
      `${place}含有违禁内容“${shown}”（${category}：${label}）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。`,
    deniedWarning: (place: string, shown: string, label: string, category: string) =>
      `${place}含有疑似违禁内容的拼音“${shown}”（${category}：${label}）；如果这不是本单位写的，请报告网站管理员。拼音也可能是正常用语，所以只是提醒，不阻止发布。`,
    tagReasons: {
      script: '它会在读者的浏览器里运行代码',
      iframe: '它会把其他网站的页面嵌进本站',
      object: '它会嵌入插件或外部程序',
      embed: '它会嵌入插件或外部程序',
      style: '它会改变或隐藏页面内容',
      form: '它会把读者填写的信息提交出去',
      meta: '它会改变页面的跳转或地址',
      svg: '它可以包含脚本和隐藏的链接',
    },
    dangerousTag: (tag: string, raw: string, reason: string) =>
      `正文中不允许使用 <${tag}> 标签（“${raw}”）：${reason}，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。`,
    otherTag: (tag: string, raw: string) =>
      `正文中不允许使用 <${tag}> 标签（“${raw}”）；正文只能用 Markdown 和少数排版标签（如 <sup>、<sub>、<br>、<table>）。请删除或改用 Markdown。`,
    styleAttribute: (tag: string, raw: string) =>
      `正文中的 <${tag}> 不允许使用 style 属性（“${raw}”）：它能把链接和文字隐藏起来，只给搜索引擎看。请删除；排版请用 Markdown。`,
    eventAttribute: (tag: string, name: string) =>
      `正文中的 <${tag}> 不允许使用 ${name} 属性：它会在读者的浏览器里运行代码。请删除。`,
    hidingAttribute: (tag: string, name: string) =>
      `正文中的 <${tag}> 不允许使用 ${name} 属性隐藏内容：读者看不到、只有搜索引擎能看到的文字和链接是网站被挂“黑链”的典型手法。请删除。`,
    otherAttribute: (tag: string, name: string) =>
      `正文中的 <${tag}> 不允许使用 ${name} 属性（class、id 等可以套用网站样式把内容隐藏）；只能用 href、src、alt、title 等基本属性。请删除。`,
    emptyLink: (shown: string) =>
      `链接没有读者能看到的文字（“${shown}”）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请给链接写上文字，或删除它。`,
    commentLink: (shown: string) =>
      `注释中含有链接（“${shown}”）：注释不显示给读者，却会发布到网页中，常被用来藏“黑链”。请删除这段注释。`,
    mdxComponent: (name: string, allowed: string) =>
      `MDX 中不能使用 <${name}>：只能使用本站提供的组件（${allowed}）。请改用这些组件或普通 Markdown。`,
    mdxProp: (component: string, prop: string, allowed: string) =>
      `组件 <${component}> 没有 ${prop} 属性；可用的属性是 ${allowed}。请删除或改正这个属性。`,
    mdxEsm: (allowed: string) =>
      `MDX 中不允许 import 或 export 语句：它们可以引入并运行任意代码。本站组件（${allowed}）无需导入即可使用；请删除这一行。`,
    mdxExpression: (shown: string) =>
      `MDX 中不允许使用 {…} 表达式（“${shown}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。`,
    externalLink: (url: string, host: string) =>
      `链接“${url}”指向的网站 ${host} 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。`,
    externalImage: (url: string, host: string) =>
      `图片“${url}”来自 ${host}，不在允许名单中。图片请放到 public/ 下，用以 / 开头的站内路径引用；确需引用外部图片时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains。`,
    badProtocol: (url: string, protocol: string) =>
      `链接“${url}”使用了不允许的 ${protocol} 协议；链接只能是 https:// 网址、以 / 开头的站内路径、mailto: 或 tel:。请改正或删除。`,
  },

  /** The check of the built pages (src/lib/integrity/pages.ts); `file` is the page's path in the output. */
  pages: {
    title: (file: string, found: string, expected: string) =>
      `${file}: 网页标题 <title> 是“${found}”，应为“${expected}”。`,
    titleSuffix: (file: string, found: string, siteName: string) =>
      `${file}: 网页标题 <title> 是“${found}”，应以网站名称结尾（“… - ${siteName}”），网站名称只能来自 content/site.yaml。`,
    articleTitle: (file: string, found: string, expected: string) =>
      `${file}: ArticleTitle 是“${found}”，应为“${expected}”。`,
    heading: (file: string, found: string, expected: string) =>
      `${file}: 页面大标题 <h1> 是“${found}”，应为“${expected}”。`,
    siteNameMeta: (file: string, found: string, expected: string) =>
      `${file}: SiteName 是“${found}”，应为网站名称“${expected}”（content/site.yaml 的 name）。`,
    siteNameHeader: (file: string, found: string, expected: string) =>
      `${file}: 页头显示的网站名称是“${found}”，应为“${expected}”（content/site.yaml 的 name）。`,
    headerSiteName: '页头网站名称',
    count: (file: string, what: string, count: number) => `${file}: ${what} 有 ${count} 处，应正好 1 处。`,
    denied: (file: string, what: string, shown: string, label: string, category: string) =>
      `${file}: ${what} 含有违禁内容“${shown}”（${category}：${label}）。`,
    symlink: '是一个符号链接：它会把网站以外的文件发布出去。请从 public/ 中删除这个链接，换成文件本身。',
    summary: (problems: number, pages: number) =>
      `生成的网页与内容和网站配置不符：${problems} 处问题（检查了 ${pages} 个网页）。网页在生成过程中被改动，可能是模板、构建环境或依赖包被篡改，或有人在 public/ 中放入了网页；请停止发布，核对下列页面和最近的改动：`,
    passed: (pages: number, ms: number) => `网页标题和网站名称检查通过：${pages} 个网页（用时 ${ms} 毫秒）。`,
  },

  /** The signing keys (src/lib/integrity/keys.ts). */
  keys: {
    notEd25519: (type: string) => `密钥类型是 ${type}，应为 Ed25519（请用 npm run keygen 生成）`,
    bothSet: '同时设置了 GONGKAI_SIGNING_KEY 和 GONGKAI_SIGNING_KEY_FILE；请只保留一个。',
    fileInProject: (file: string) =>
      `签名私钥文件 ${file} 在项目文件夹内，可能被提交到代码仓库；请把它移到项目以外（例如 ~/.config/gongkai/signing-key.pem），再修改 GONGKAI_SIGNING_KEY_FILE。`,
    fileUnreadable: (file: string, reason: string) =>
      `无法读取签名私钥文件 ${file}（${reason}）；请检查 GONGKAI_SIGNING_KEY_FILE。`,
    badPrivateKey: (source: string, reason: string) =>
      `${source} 中不是有效的签名私钥（${reason}）；应为 npm run keygen 输出的 PEM 私钥。`,
  },

  /** The manifest written after each build (src/integrations/integrity.ts). */
  manifest: {
    signed: (files: number, pages: number, ms: number) =>
      `完整性清单已生成并签名：${files} 个文件、${pages} 个网页（用时 ${ms} 毫秒）。任何人都可以用 npm run verify 核对网站是否被篡改。`,
    unsigned: (files: number, pages: number, ms: number) =>
      `完整性清单已生成，但未签名：${files} 个文件、${pages} 个网页（用时 ${ms} 毫秒）。没有设置签名私钥（GONGKAI_SIGNING_KEY 或 GONGKAI_SIGNING_KEY_FILE）；运行 npm run keygen 生成密钥对。`,
    noPublicKey:
      '设置了签名私钥，但 content/site.yaml 中没有 manifestPublicKey；请把 npm run keygen 输出的公钥填入 manifestPublicKey，否则别人无法核对签名。',
    keyMismatch:
      '签名私钥与 content/site.yaml 中的 manifestPublicKey 不是一对；请使用与该公钥配对的私钥，或换用新密钥对并同时更新 manifestPublicKey。',
    missingPrivateKey:
      'content/site.yaml 设置了 manifestPublicKey，但没有提供签名私钥（GONGKAI_SIGNING_KEY 或 GONGKAI_SIGNING_KEY_FILE）：不签名就发布，任何人都无法证明网站未被篡改，所以构建停止。正式发布请提供私钥；只做预览时设置 GONGKAI_UNSIGNED_PREVIEW=1（预览不会发布公钥，也不能用于正式网站）。',
    unsignedPreview: (files: number, pages: number, ms: number) =>
      `未签名的预览版：完整性清单已生成但未签名，也没有发布公钥（${files} 个文件、${pages} 个网页，用时 ${ms} 毫秒）。这个版本不能作为正式网站发布。`,
    notLast: (last: string) =>
      `完整性清单应在所有集成之后生成，但 ${last} 排在 gongkai:integrity 之后，它写出的文件不会列入清单；请在 astro.config.mjs 中把 integrity() 放到 integrations 的最后。`,
  },

  /** npm run keygen (scripts/keygen.ts). */
  keygen: {
    help: `用法：npm run keygen [-- --out 文件]

生成一对新的 Ed25519 密钥，用于给每次构建的完整性清单签名。私钥只给构建使用，绝不能提交到代码仓库；
公钥写进 content/site.yaml，随网站发布，供任何人核对。

  --out 文件    把私钥写入这个文件（权限 600，必须在项目文件夹以外），而不是打印出来`,
    privateKey: '私钥（保密！只放在构建机器上，不要提交到代码仓库）：',
    savedTo: (file: string) => `私钥已写入 ${file}（只有你能读取）。`,
    publicKey: '公钥（写入 content/site.yaml）：',
    steps: (publicLine: string, keyFile: string | undefined) =>
      [
        '接下来：',
        `1. 在 content/site.yaml 末尾加一行：manifestPublicKey: ${publicLine}`,
        keyFile
          ? `2. 构建时设置 GONGKAI_SIGNING_KEY_FILE=${keyFile}`
          : '2. 把私钥保存到项目以外的文件（chmod 600），构建时设置 GONGKAI_SIGNING_KEY_FILE=该文件；或在 CI 中把私钥存为机密变量 GONGKAI_SIGNING_KEY。',
        '3. 运行 npm run build：输出“完整性清单已生成并签名”即成功；发布后用 npm run verify -- https://网站域名/ 核对。',
      ].join('\n'),
    outInProject: (file: string) =>
      `不能把私钥写到项目文件夹内（${file}）：它可能被提交到代码仓库。请换一个项目以外的位置。`,
    outExists: (file: string) => `${file} 已存在；为免覆盖已有私钥，请换一个文件名，或先手动删除它。`,
  },

  /** npm run verify (scripts/verify.ts, src/lib/integrity/verify.ts). */
  verify: {
    help: `用法：npm run verify -- <网站文件夹 | https://网站地址/> [--public-key 公钥] [--site 站点文件夹] [--allow-unsigned] [--json]

按签名的完整性清单（/.well-known/gongkai-manifest.json）核对一份网站文件或正在运行的网站：
列出被改动、缺少和多出的文件（例如被植入的 shell.php）。核对网址时，还会以百度、谷歌爬虫的身份、
以从搜索引擎点进来的访客身份，以及访问不存在的地址，检查网站是否对他们返回了不同的内容（“黑帽 SEO”
劫持和 404 页面劫持）。清单的签名用本地 content/site.yaml 中的公钥（或 --public-key）验证，
篡改网站的人无法重新签名。

  --public-key KEY   用这个公钥（一行 base64、PEM 文字或 PEM 文件路径）验证签名
  --site DIR         从另一个站点文件夹读取 content/site.yaml
  --allow-unsigned   清单没有签名时只给出警告（默认是错误）
  --json             以 JSON 输出

退出码：0 一切一致；1 发现问题；2 无法核对（参数错误、无法读取清单或网站）。`,
    usage:
      '请指定要核对的网站文件夹或网址，例如 npm run verify -- dist 或 npm run verify -- https://mzj.example.gov.cn/。',
    noPublicKey:
      '没有可用来验证签名的公钥：content/site.yaml 中没有 manifestPublicKey，也没有给出 --public-key。只能核对文件是否与清单一致，无法证明清单本身未被篡改。',
    badPublicKey: (reason: string) =>
      `公钥无效（${reason}）；请检查 --public-key 或 content/site.yaml 的 manifestPublicKey。`,
    keyFromSite: (where: string) =>
      `--public-key 给出的公钥（${where}）取自被核对的网站本身：篡改网站的人可以连公钥一起替换，用它核对什么也证明不了。请用本单位代码仓库中 content/site.yaml 的 manifestPublicKey，或通过网站以外的渠道（书面通知、内网）得到的公钥。`,
    keySameAsPublished:
      '警告 你给出的公钥与网站上发布的公钥（/.well-known/gongkai-public-key.pem）相同。只有当你是从网站以外的渠道得到它时，这次核对才有意义；如果是从网站上复制的，它什么也证明不了——篡改网站的人可以连公钥一起替换。',
    manifestMissing: (where: string, reason: string) =>
      `读取不到完整性清单 ${where}（${reason}）；请确认网站是用 npm run build 生成的，且 /.well-known/ 可以访问。`,
    manifestInvalid: (reason: string) => `完整性清单格式不对（${reason}），可能已被篡改。`,
    /** One line per finding. */
    findings: {
      unsigned:
        '清单没有签名：无法证明它出自本单位，攻击者可以连同网页一起伪造清单。请配置签名密钥（npm run keygen）后重新构建发布。',
      badSignature:
        '清单签名无效：清单在签名后被改动过，或是用别的密钥签的。网站可能已被篡改，请立即检查服务器，并从可信的构建重新发布。',
      changed: (path: string, detail: string) => `已改动 ${path}：${detail}`,
      missing: (path: string) => `缺少 ${path}：清单中有这个文件，但网站上没有。`,
      missingOnline: (path: string, status: number) => `缺少 ${path}：清单中有这个文件，但网站返回状态 ${status}。`,
      unexpected: (path: string) =>
        `多出 ${path}：清单中没有这个文件，可能是被植入的（如网页后门、黑链页面）。请核实后删除。`,
      probe: (path: string, status: number) =>
        `多出 ${path}：网站对这个常见后门地址返回了状态 ${status} 和内容；静态网站不应有它，请检查服务器是否被植入文件。`,
      cloaked: (path: string, visitor: string, detail: string) =>
        `${visitor}看到的 ${path} 与清单不同：${detail}。这是“黑帽 SEO”劫持的典型特征：只给搜索引擎或从搜索引擎来的访客看赌博等内容。`,
      notFound: (path: string, visitor: string, detail: string) =>
        `${visitor}访问不存在的地址 ${path} 时，${detail}；应返回状态 404 和本站的 404 页面（404.html）。这可能是 404 页面被劫持。`,
      unreachable: (path: string, visitor: string, reason: string) => `${visitor}无法读取 ${path}（${reason}）。`,
    },
    details: {
      hash: (expectedSize: number, actualSize: number) =>
        `内容与清单不符（清单 ${expectedSize} 字节，现为 ${actualSize} 字节）`,
      title: (expected: string, actual: string) => `标题由“${expected}”变为“${actual}”`,
      links: (hosts: string) => `含有指向 ${hosts} 的链接`,
      status: (status: number) => `返回状态 ${status}`,
      redirect: (status: number, location: string) => `被重定向（状态 ${status}）到 ${location}`,
      notFoundBody: '返回的内容不是本站的 404 页面',
    },
    visitors: {
      browser: '普通访客',
      baidu: '百度爬虫（Baiduspider）',
      google: '谷歌爬虫（Googlebot）',
      fromSearch: '从百度搜索结果点进来的访客',
    },
    signatureOk: (key: string) => `清单签名有效（公钥 ${key}）。`,
    summaryOk: (files: number, online: boolean) =>
      online
        ? `核对通过：清单中的 ${files} 个文件与网站一致，爬虫和搜索来访者看到的内容相同，404 页面正常。（核对网址时无法列出服务器上多出的文件。）`
        : `核对通过：${files} 个文件与完整性清单完全一致，没有多出的文件。`,
    summaryFailed: (count: number, counts: string, online: boolean) =>
      `核对发现 ${count} 处问题（${counts}）。${online ? '（核对网址时无法列出服务器上多出的文件。）' : ''}网站可能已被篡改：请从可信的构建重新发布，并检查服务器和账号安全。`,
    counts: {
      signature: '签名',
      changed: '改动',
      missing: '缺少',
      unexpected: '多出',
      cloaked: '区别对待访客',
      notFound: '404 异常',
      unreachable: '无法读取',
    },
    unsignedWarning: '警告 清单没有签名（--allow-unsigned）：只核对了文件与清单是否一致。',
  },
} as const;

// Guard and integrity fields join the shared label table, so problems name them like every other field.
Object.assign(fieldLabels, integrityText.fieldLabels);

// --- search (搜索) ---
