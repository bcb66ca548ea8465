/**
 * Messages about reading content files as files: their encoding, their front matter and its
 * YAML, the shape of the site's folders, and bodies too large or too deep to read safely
 * (src/lib/content/read.ts, src/lib/content/files.ts, src/lib/content/load.ts,
 * src/lib/content/markdown.ts).
 */
export const contentText = {
  noFrontMatter: '文件开头缺少用 --- 包围的字段区（front matter）；应以一行 --- 开始，写完字段后再写一行 ---。',
  tomlFrontMatter:
    '字段区用了 +++（TOML 格式）；本站只读 YAML 格式，请把开头和结尾的 +++ 都改为 ---，字段写成“字段名: 值”。',
  yamlUnclosed: (open: string, close: string, line: number) =>
    open === '"' || open === "'"
      ? `YAML 格式错误：第 ${line} 行的引号 ${open} 没有闭合；请在这个值的末尾补上 ${close}。`
      : open === '['
        ? `YAML 格式错误：第 ${line} 行的方括号 [ 没有闭合；列表应在同一行以 ] 结束，例如 [社会救助, 养老服务]。`
        : `YAML 格式错误：第 ${line} 行的花括号 { 没有闭合；应在同一行以 } 结束，例如 { name: 居民身份证, form: 原件 }。`,
  /** A YAML mistake the parser reported; `reason` from `yamlReason`, or the parser's own words. */
  yamlError: (reason: string, line: number) => `YAML 格式错误：${reason}。请检查第 ${line} 行附近的缩进、冒号和引号。`,
  /** What the YAML parser's error codes mean, in an editor's words. */
  yamlCodes: {
    DUPLICATE_KEY: '同一个字段写了两次',
    BAD_INDENT: '缩进不一致',
    MISSING_CHAR: '缺少必要的符号（例如冒号后的空格或配对的引号）',
    MULTILINE_IMPLICIT_KEY: '字段名不能跨行，可能缺少冒号或引号未闭合',
    BLOCK_AS_IMPLICIT_KEY: '缩进或冒号位置有误',
    TAB_AS_INDENT: '用了制表符缩进，只能用空格',
    UNEXPECTED_TOKEN: '出现了意外的字符',
    BAD_SCALAR_START: '值的开头字符有误，含特殊符号时请用引号括起来',
  } as Record<string, string>,
  /** A known error code explained, with the parser's first line in brackets. */
  yamlReason: (explained: string, parser: string) => `${explained}（${parser}）`,
  /** The YAML could be read but not turned into values, e.g. an alias (*name) without its anchor. */
  yamlValue: (reason: string) => `YAML 格式错误：${reason}。值中含有 * & ! 等符号时请用引号括起来。`,
  notAMap: '字段区应是“字段名: 值”的列表；现在的内容不是这种形式。',
  noSiteFile: '找不到网站配置文件；应在 content/site.yaml 写明网站名称、域名、标识码等（见 docs/configuration.md）。',
  nestedFile: (folder: string) =>
    `${folder} 下的文件必须直接放在 content/${folder}/ 中，子文件夹里的文件不会发布；请把它移到 content/${folder}/。`,
  notUtf8:
    '文件不是有效的 UTF-8 编码（这一行附近有无法识别的字节）；请用编辑器“另存为 UTF-8”后再提交，否则部分文字会变成乱码。',
  bidiControl: (code: string, count: number) =>
    `文件含有 ${count} 个改变文字显示方向的不可见控制字符（第一个是 ${code}）：它们会让文件显示的内容与实际内容不同，常被用来隐藏恶意内容。请删除这些字符（编辑器中通常看不见，可用“显示不可见字符”功能查找）。`,
  symlink: (target: string) =>
    `这是一个符号链接（指向 ${target}），不是普通文件：它可能把网站以外的文件（系统文件、密钥、仓库配置）发布出去。请删除链接，把需要的文件本身复制到这里。`,
  danglingSymlink: '这是一个指向不存在位置的符号链接；请删除它，或换成普通文件。',
  notAFile: '这既不是普通文件也不是文件夹（例如设备或管道文件），不能发布；请删除它。',
  extensionCase: (extension: string, expected: string) =>
    `扩展名“${extension}”不是小写：网站只读取扩展名为 ${expected} 的文件，这个文件不会发布。请把扩展名改为小写。`,
  sameId: (id: string, other: string) =>
    `与 ${other} 的地址相同（${id}）：两个文件只差扩展名，网站只能发布其中一个。请删除或改名其中一个。`,
  tooDeep: (depth: number, limit: number) =>
    `正文的嵌套层级有 ${depth} 层（例如引用 > 或列表套列表），超过了 ${limit} 层的上限；这样的文件无法安全检查和显示。请减少嵌套。`,
  tooDeepHtml: (depth: number, limit: number) =>
    `正文中的 HTML 标签一层套一层，有 ${depth} 层没有结束，超过了 ${limit} 层的上限；浏览器和检查都要花很长时间才能读完。请补上结束标签（如 </div>），或改用 Markdown。`,
  tooManyTags: (count: number, limit: number) =>
    `正文中的 HTML 标签有 ${count} 个，超过了 ${limit} 个的上限；这样的正文无法在合理时间内检查。请改用 Markdown 书写，或把内容拆成几个文件。`,
  unreadableBody: (reason: string) => `正文无法读取：${reason}。请检查这个文件的标签和符号是否成对。`,
  moreProblems: (count: number) => `这个文件还有 ${count} 处同类问题没有列出；请先改正上面各行，再运行 npm run check。`,
  mdxSyntax: (reason: string) => `MDX 语法错误：${reason}。请检查这一行的标签是否成对、属性是否加了引号。`,
} as const;
