/**
 * Messages of the content rules of `npm run check` that look across files or at the site
 * configuration (src/lib/content/rules.ts, links.ts, columnRules.ts, gitChanges.ts, and the
 * status check of src/lib/documents/validity.ts), and the summary line after the problems
 * (src/lib/content/problems.ts). Each message says what is wrong and what to do.
 */

/** `栏目“工作动态”（gzdt，/columns/gzdt/）`: a column as the inspection messages name it. */
const columnLabel = (title: string, slug: string, url: string) => `栏目“${title}”（${slug}，${url}）`;

/** What the page shows when the declared 有效性 and the dates disagree. */
const shownByDates = (validity: string) => `网页按日期显示为“${validity}”`;

export const checkText = {
  /** 索引号 and 文号 (src/lib/content/rules.ts). */
  indexNoFormat: (indexNo: string, pattern: string, example: string, seqDigits: number) =>
    `索引号“${indexNo}”不符合本站格式 ${pattern}；应形如 ${example}（顺序号 ${seqDigits} 位）。`,
  indexNoTaken: (indexNo: string, file: string) =>
    `索引号“${indexNo}”已被 ${file} 使用；索引号在全站必须唯一，请换一个未用过的顺序号。`,
  docNumberDeviations: (written: string, deviations: readonly string[], canonical: string) =>
    `文号“${written}”${deviations.join('，')}；规范写法是 ${canonical}（GB/T 9704-2012）。网页上显示规范写法。`,
  docNumberTaken: (canonical: string, file: string) =>
    `文号 ${canonical} 已被 ${file} 使用；同一文号只能属于一个文件，请核对文号。`,

  /** Policies, their references and their topics. */
  missingPolicy: (id: string, near: readonly string[]) =>
    `找不到政策文件“${id}”。应填写 content/policies 下某个文件的路径（不含 .md），${near.length ? `例如 ${near.join('、')}` : '请检查拼写'}。`,
  replacedBySelf: '文件不能被它自己替代；应填写替代它的另一个文件。',
  unknownTopic: (topic: string, topics: readonly string[]) =>
    `“${topic}”不在网站配置的主题分类中；可选：${topics.join('、')}（也可只写二级名称）。如需新主题，请先加到 content/site.yaml 的 topics。`,
  supersessionCycle: (loop: string) =>
    `替代关系形成了循环：${loop}；一个文件不能最终替代它自己，请检查这些文件的 relations 和 replacedBy。`,
  repealedButValid: (by: string, validity: string) =>
    `本文件已被 ${by} 废止，但有效性写的是“${validity}”；请改为 废止，并填写 validityDate 和 replacedBy。`,

  /** A policy whose declared 有效性 disagrees with its dates (src/lib/documents/validity.ts). */
  validityConflict: {
    notYetInForce: (declared: string, since: string | undefined, shown: string) =>
      `声明为“${declared}”，但施行日期 ${since} 还没到；${shownByDates(shown)}，到期自动改为有效。`,
    expired: (declared: string, expiryDate: string | undefined, shown: string, since: string | undefined) =>
      `声明为“${declared}”，但有效期至 ${expiryDate} 已过；${shownByDates(shown)}。请把 validity 改为 失效，validityDate 写 ${since}。`,
    inForce: (since: string | undefined, shown: string) =>
      `声明为“尚未生效”，但施行日期 ${since} 已到；${shownByDates(shown)}。请把 validity 改为 有效。`,
    other: (declared: string, shown: string) => `声明为“${declared}”，与日期不一致；${shownByDates(shown)}。`,
  },

  /** Checklist versions (replaces). */
  checklistReplacesSelf: '清单不能替代它自己；应填写旧版清单的文件名。',
  missingChecklist: (replaces: string, choices: readonly string[]) =>
    `找不到清单“${replaces}”；应填写 content/checklists 下旧版清单的文件名（不含 .yaml），可选：${choices.join('、')}。`,
  checklistAlreadyReplaced: (replaces: string, file: string) =>
    `旧版清单“${replaces}”已被 ${file} 替代；一个旧版只能有一个新版，请检查 replaces。`,
  checklistKindChanged: (kind: string, replaces: string, oldKind: string) =>
    `新版是“${kind}”，旧版“${replaces}”是“${oldKind}”；新旧版本应是同一类清单。`,
  checklistCycle: (chain: readonly string[], id: string) =>
    `清单版本形成了循环（${chain.join(' → ')} → ${id}）；请检查 replaces。`,

  /** Attachments and placeholders left by `npm run new`. */
  missingAttachment: (file: string) => `附件文件 public/${file} 不存在；请把文件放到该位置，或改正路径。`,
  largeAttachment: (file: string, megabytes: number, limit: number) =>
    `附件 public/${file} 有 ${megabytes.toFixed(1)} MB，超过 ${limit} MB；较大的文件在手机上难以下载，建议压缩或拆分。`,
  placeholder: '文件中还有“（请填写……）”或“（请在此撰写正文。）”这样的占位文字；发布前请换成实际内容。',

  /** Bulletins: the series, and issue numbers per series, year and supplement. */
  unknownSeries: (series: string, names: readonly string[]) =>
    `“${series}”不是本站配置的简报；可选：${names.join('、')}。如是新简报，请先加到 content/site.yaml 的 bulletinSeries。`,
  /** `label` names the issue, e.g. `柳塘民政工作简报 2025年第3期`. */
  issueTaken: (label: string, file: string) => `${label}已存在（${file}）；期号重复，请改为下一个未用的期号。`,
  missingIssues: (
    series: string | undefined,
    year: string | undefined,
    supplement: boolean,
    missing: readonly number[],
  ) =>
    `${series} ${year}年${supplement ? '增刊' : ''}缺少第 ${missing.join('、')} 期；期号应从 1 开始连续编排。如果确实没有出版，可忽略此提示。`,

  /** Columns (src/lib/content/columnRules.ts). */
  duplicateColumnSlug: (slug: string) => `栏目网址名“${slug}”重复；每个栏目的 slug 必须唯一。`,
  unknownColumn: (column: string, choices: readonly string[]) =>
    `没有网址名为“${column}”的栏目；可选：${choices.join('、')}。`,
  builtInColumn: (title: string, slug: string, href: string, choices: readonly string[]) =>
    `栏目“${title}”（${slug}）由内置页面 ${href} 承载，不列出文章；请选择没有 href 的栏目：${choices.join('、')}。`,
  emptyColumn: (title: string, slug: string, url: string) =>
    `${columnLabel(title, slug, url)}没有任何内容；空栏目在网站检查中按不合格计，请补充内容或删除该栏目。`,
  staleColumn: (title: string, slug: string, url: string, newest: string, age: number, news: boolean, limit: number) =>
    `${columnLabel(title, slug, url)}最近一次更新是 ${newest}，已 ${age} 天未更新，超过${news ? '动态类' : '通知公告类'}栏目 ${limit} 天的要求；请及时发布新内容。`,

  /** Links and images in bodies and column links (src/lib/content/links.ts). */
  columnLink: (title: string, problem: string) => `栏目“${title}”的${problem}`,
  relativeLink: (isImage: boolean, url: string) => {
    const what = isImage ? '图片' : '链接';
    return `${what}“${url}”是相对地址；站内${what}请写以 / 开头的完整路径，例如 /policies/2024/dibao-biaozhun/。`;
  },
  missingImage: (path: string) => `图片 ${path} 不存在；请把图片放到 public${path}，或改正路径。`,
  missingLinkedFile: (path: string) => `链接的文件 ${path} 不存在；请把文件放到 public${path}，或改正路径。`,
  missingPage: (url: string) =>
    `链接 ${url} 指向的页面不存在；请检查地址（本站页面地址以 / 结尾，例如 /policies/2024/dibao-biaozhun/）。`,

  /** A published policy whose body changed (src/lib/content/gitChanges.ts). */
  changedWithoutRecord:
    '已发布文件的正文有改动，但没有新增更新记录；请在 changes 中添加一条（date、kind、note），说明改了什么。',

  /** The line printed after the problems (src/lib/content/problems.ts). */
  summary: {
    clean: '内容检查通过：没有发现问题。',
    warningsOnly: (warnings: number) => `内容检查通过，有 ${warnings} 个警告（不影响发布，建议修正）。`,
    errors: (errors: number, warnings: number) =>
      `内容检查发现 ${errors} 个错误${warnings ? `、${warnings} 个警告` : ''}。请按上面每行所说修改对应文件和字段，然后重新运行 npm run check。`,
  },
} as const;
