/**
 * Messages of the content schemas about one file's own fields: the site configuration
 * (src/schemas/site.ts, column.ts), policies, checklists, bulletins, articles, attachments and
 * the organisation page (policy.ts, checklist.ts, bulletin.ts, article.ts, attachment.ts,
 * organisation.ts), and the search language files (synonyms.ts, searchVocabulary.ts,
 * popularNames.ts, questionFrames.ts). The messages of the shared field types are in ./fields.ts;
 * those of guides, annual reports and regulations in the modules of their domain.
 */
export const schemaText = {
  /** content/site.yaml. */
  site: {
    badDomain: (input: string) =>
      `域名“${input}”格式不对；应只写主机名，不含 https:// 和路径，例如 mzj.example.gov.cn。`,
    badSiteIdCode: (input: string) =>
      `标识码“${input}”格式不对；应为 10 位数字（6 位行政区划代码加 4 位序号），或 bm 加 8 位数字。`,
    badPostcode: '邮政编码应为 6 位数字。',
    badIcp: (input: string) =>
      `ICP备案号“${input}”格式不对；应为“省份简称ICP备8位数字号”，可带 -序号，例如 苏ICP备20260001号-1。`,
    badConacId: (input: string) =>
      `党政机关网站标识注册号“${input}”格式不对；应为 32 位数字和字母（A—F），即标识注册信息网址 bszs.conac.cn/sitename?method=show&id= 后面的部分。`,
    badPublicSecurity: (input: string) =>
      `公安机关备案号“${input}”格式不对；应为“省份简称公网安备 14位数字号”，例如 苏公网安备 32990002000001号。`,
    badTimeZone: (input: string) => `“${input}”不是有效的时区名；应填写 IANA 时区名，例如 Asia/Shanghai。`,
    indexNoWithoutSeq: '索引号模板必须包含 {seq}（顺序号）。',
    tooManySeqDigits: '顺序号位数最多 9 位。',
    topicWithoutSubtopics: '每个一级主题至少要有一个二级主题。',
    noColumns: '至少要配置一个栏目。',
    badGuideTopicSlug: '网址名只能包含小写字母、数字和横线，例如 shjz。',
    badLinkUrl: '网址应以 https:// 开头。',
    badRepo: '仓库名应形如 owner/name。',
    badBaseUrl: '登录服务地址应以 https:// 开头。',
    attachmentMaxNotPositive: '附件大小上限应大于 0。',
    badSeriesSlug: '网址名只能包含小写字母、数字和横线，例如 gzjb。',
    noSeries: '至少要配置一个简报系列。',
  },
  /** A column of content/site.yaml. */
  column: {
    badSlug: '栏目网址名只能包含小写字母、数字和横线，例如 gzdt。',
    noKeywords: '至少填写一个栏目关键词。',
    badHref: '链接应以 / 开头（本站页面）或以 https:// 开头（外部网站）。',
    notBoolean: '应填写 true 或 false。',
  },
  policy: {
    validityWithoutDate: (validity: string) =>
      `有效性为“${validity}”时必须填写变更日期；应填写 validityDate，例如 2024-03-05。`,
    validityWithoutReplacement: (validity: string) =>
      `有效性为“${validity}”时必须指明替代它的文件；应填写 replacedBy（替代文件的文件名，不含 .md）。`,
    expiryBeforeEffective: (expiryDate: string, effectiveDate: string) =>
      `有效期至 ${expiryDate} 早于施行日期 ${effectiveDate}；有效期至不能早于施行日期。`,
    effectiveBeforeWritten: (effectiveDate: string, writtenDate: string) =>
      `施行日期 ${effectiveDate} 早于成文日期 ${writtenDate}；施行日期不能早于成文日期。`,
    publishedBeforeWritten: (publishDate: string, writtenDate: string) =>
      `发布日期 ${publishDate} 早于成文日期 ${writtenDate}；发布日期不能早于成文日期。`,
  },
  checklist: {
    badItemCode: '事项编码只能包含字母、数字、点、横线和下划线，例如 LZ-01；它也是网页中该事项的锚点。',
    noItemsField: '缺少此项；应列出清单的事项（至少一项）。',
    noItems: '清单没有任何事项；应至少列出一项。',
    /** `first`: the item that has the code already, counted from 1. */
    duplicateCode: (code: string, first: number) => `事项编码“${code}”与第 ${first} 项重复；同一清单中的编码必须唯一。`,
    basisRequired: (kind: string) =>
      `“${kind}”中的每个事项都必须有设定依据；应填写 basis，列出法律法规名称（law）和条款（article）。`,
    powerTypeRequired: (powerTypes: readonly string[]) =>
      `权责清单中的每个事项都必须填写权力类型；可选：${powerTypes.join('、')}。`,
    departmentRequired: '协助政府工作事项必须写明主管部门；应填写 department，例如 区民政局。',
  },
  bulletin: {
    badSupplement: (missing: boolean) => `${missing ? '缺少此项' : '填写有误'}；应填写 true（增刊）或 false（正刊）。`,
    dateOutsideYear: (date: string, year: number) => `日期 ${date} 不在 ${year} 年；简报日期应与年份（year）一致。`,
  },
  article: {
    updatedBeforePublished: (updateDate: string, publishDate: string) =>
      `更新时间 ${updateDate} 早于发布时间 ${publishDate}；更新时间不能早于发布时间。`,
  },
  attachment: {
    /** `formats`: the allowed extensions, lower case. */
    badFormat: (file: string, formats: readonly string[]) =>
      `附件“${file}”的格式不在允许范围内；只能上传 ${formats.map((f) => f.toUpperCase()).join('、')} 文件。`,
  },
  /** content/organisation.yaml. */
  organisation: {
    noLeaders: '至少填写一位领导。',
    noFunctions: '至少填写一项职能。',
  },
  /** content/synonyms.yaml. */
  synonyms: {
    groupTooSmall: '每组至少要有两个词。',
    onlyGroups: '同义词表只有一个字段 groups（同义词组的列表）。',
    /** `group`: the group that has the word already, counted from 1. */
    inTwoGroups: (word: string, group: number) => `“${word}”已在第 ${group} 组中；一个词只能属于一组，请合并这两组。`,
  },
  /** Everyday words → legal terms (src/search/vocabulary.yaml, content/vocabulary.yaml). */
  vocabulary: {
    noLegalTerm: '至少写一个正式用语。',
    unknownField: (field: string, fields: readonly string[]) =>
      `领域“${field}”不在 fields 中；可选：${fields.join('、')}。`,
    /** `first`: the entry with the same mapping, counted from 1. */
    duplicate: (everyday: string, first: number) => `“${everyday}”与第 ${first} 条的对照完全相同；请删除其中一条。`,
    queryWithoutWord: (everyday: string) => `测试问句应包含日常说法“${everyday}”。`,
  },
  /** Popular names of provisions (src/search/popular-names.yaml, content/popular-names.yaml). */
  popularNames: {
    badArticle: '条文序号应写成“第十八条”或“第二百六十条之一”的形式。',
    duplicateName: (name: string) => `俗称“${name}”写了两次。`,
  },
  /** Question frames of search (src/search/question-frames.yaml). */
  questionFrames: {
    duplicateFrame: (text: string) => `问法“${text}”写了两次。`,
  },
} as const;
