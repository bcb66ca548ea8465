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
      '如果本局执行这部法规，请用 npm run import:regulations 导入；如已导入，请核对名称是否与法规库中的标题一致；' +
      '如果是法规库以外的文件（如国务院、部委的规范性文件），请把名称加到 content/site.yaml 的 citedElsewhere。',
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
    allOfLevel: (level: string, n: number) => `查看全部 ${n} 部${level}`,
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
