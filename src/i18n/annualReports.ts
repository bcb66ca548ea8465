/**
 * Words of the annual report (国办公开办函〔2021〕30号): section headings, the labels of
 * tables 2, 3 and 4 exactly as the official format prints them, page words, and the messages
 * of the arithmetic checks (src/lib/annualReport.ts).
 */
/** The six sections of the report, in the official format's words. */
const sections = {
  overview: '一、总体情况',
  activeDisclosure: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  reviewAndLitigation: '四、政府信息公开行政复议、行政诉讼情况',
  problemsAndImprovements: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
} as const;

export const annualReportText = {
  /** Field labels for error messages (`applications.received.person（自然人）`). */
  fieldLabels: {
    ...sections,
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
  sections,
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
