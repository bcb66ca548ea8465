/**
 * The strings of the search page's script (src/scripts/search.ts) and the search keys shown as
 * facets: the script imports this module only, so its bundle carries no other message.
 */

/** Filter and meta keys of the search index, shown to readers as facet names (Chinese, STACK). */
export const searchKeys = {
  type: '类型',
  issuer: '发文机关',
  year: '年份',
  status: '效力状态',
  topic: '主题',
  docNumber: '文号',
  indexNo: '索引号',
  /** 层级 of a law or regulation (法律、行政法规 …). */
  level: '层级',
  date: '日期',
  /** The department of a site group (站群) a document is from: the portal's one search. */
  department: '部门',
} as const;

export const searchText = {
  loading: '正在加载搜索……',
  noResults: '没有找到相关文件。请尝试更换关键词，或去掉部分筛选条件。',
  resultCount: (n: number) => `找到 ${n} 个结果`,
  more: '显示更多结果',
  sections: '相关章节：',
  indexNoHit: (indexNo: string) => `按索引号“${indexNo}”查找`,
  docNumberHit: (canonical: string) => `按文号“${canonical}”查找`,
  failed: '搜索暂时无法使用，请稍后再试，或按栏目浏览。',
  /** When not every word of the question is in one document. */
  relaxed: (kept: string[]) => `没有同时包含全部词语的文件，以下结果包含${kept.map((w) => `“${w}”`).join('')}。`,
  relaxedMore: (kept: string[]) => `以下结果只包含${kept.map((w) => `“${w}”`).join('')}：`,
  /** A popular name of a provision, pinned to its article. */
  popularName: (name: string) => `俗称“${name}”`,
  /** A chapter or section heading that is the question. */
  heading: '章节',
  /** The part of a service guide or law that answers a kind of question. */
  answer: (section: string) => `${section}：`,
  /** The button that opens the facets on a phone. */
  filters: '筛选',
  filtersChosen: (n: number) => `筛选（已选 ${n} 项）`,
  /** Help under 没有找到: how the question was read, and other ways in. */
  help: {
    readAs: (words: string[]) => `已按这些词语查找：${words.join('、')}。可以换一种说法，或只留下最要紧的一两个词。`,
    onlyParticles: '“的”“了”“吗”这样的字不能单独查找；请写出要办的事或文件的名称，例如 低保、婚姻登记。',
    traditional: (simplified: string) => `繁体字已按简体字查找：${simplified}。`,
    docNumber: '按文号查找时请写成“机关代字〔年份〕序号号”，例如 国办发〔2017〕47号；年份写四位。',
    browse: '也可以按栏目浏览：',
  },
} as const;
