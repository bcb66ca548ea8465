/**
 * Messages of `npm run new` (src/kinds/scaffold.ts and the scaffolds of the kinds in src/kinds/):
 * why a new file cannot be made from what was asked for or from the site as it is, and what to
 * give instead. The questions' own words and the placeholder text of a new file stay with the
 * kinds.
 */
export const scaffoldText = {
  invalidSite: '网站配置 content/site.yaml 无效，请先运行 npm run check 修正。',
  unknownKind: (kind: string, kinds: readonly string[]) => `没有这种类型：${kind}；可选：${kinds.join('、')}。`,
  /** `label`: the kind's name, e.g. 工作简报. */
  noPage: (label: string) =>
    `新建的${label}没有页面地址：所选的简报、栏目或主题不在 content/site.yaml 中；请核对 --series、--column 或 --topic。`,
  noGuideTopics: '网站配置中没有办事指南主题（guideTopics）。',
  noPolicyToInterpret: '还没有政策文件可以解读；请用 --interprets 指定政策文件。',
  noArticleColumn: '网站配置中没有可发布文章的栏目（没有 href 的栏目）。',
  badChecklistKind: (kinds: readonly string[]) => `清单类型应为：${kinds.join('、')}。`,
  checklistSlugRequired: '清单需要文件名；请用 --slug 指定，例如 --slug quanze-2027。',
} as const;
