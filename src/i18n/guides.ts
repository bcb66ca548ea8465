/**
 * Words of service guides (办事指南): field names, page words and the messages of their checks
 * (src/schemas/guide.ts, src/lib/content/guideRules.ts).
 */
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
  /** Under the first guides of a topic on /guides/, linking to the topic's pages. */
  allInTopic: (topic: string, n: number) => `查看${topic}的全部 ${n} 项办事指南`,
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
  /** What is wrong in a guide's fields, and what to write instead. */
  messages: {
    badItemCode: (input: string) =>
      `事项编码“${input}”格式不对；只能包含字母、数字、点、横线和下划线，例如 MZ-GF-001，并与权责清单中该事项的编码一致。`,
    noPhoneNumber: (input: string, expected: string) =>
      `“${input}”里没有电话号码；应填写${expected}，例如 0599-8800 1201。`,
    badOnlineUrl: (input: string) =>
      `网址“${input}”格式不对；应以 https:// 开头且不含空格，例如 https://zwfw.example.gov.cn/。`,
    promisedLongerThanStatutory: (promised: number, statutory: number) =>
      `承诺办结时限 ${promised} 个工作日长于法定办结时限 ${statutory} 个工作日；承诺时限不能超过法定时限，请核对两个数字。`,
    updatedBeforePublished: (updateDate: string, publishDate: string) =>
      `更新时间 ${updateDate} 早于发布日期 ${publishDate}；更新时间不能早于发布日期。`,
    /** `topics` are the guideTopics of content/site.yaml. */
    unknownTopic: (topic: string, topics: readonly { slug: string; name: string }[]) =>
      `“${topic}”不是本站配置的办事指南主题；可选：${topics.map((t) => `${t.slug}（${t.name}）`).join('、') || '（尚未配置任何主题）'}。如需新主题，请先加到 content/site.yaml 的 guideTopics。`,
    sameUrl: (file: string, url: string, topic: string) =>
      `与 ${file} 的网页地址相同（${url}）；同一主题下办事指南的文件名不能相同，请把其中一篇改名（办事指南建议放在 content/guides/${topic}/ 下）。`,
  },
} as const;
