/**
 * Messages of the document gate (src/lib/guard/documents.ts): what is wrong in an HTML, SVG or
 * XML file that would be published, whether it comes from public/ or from the build. Each
 * message follows `file: ` and says what to do.
 */
export const documentText = {
  encoding: {
    utf16: '文件是 UTF-16 编码；网页文件必须是 UTF-8，请用编辑器“另存为 UTF-8”。',
    invalid: '文件不是有效的 UTF-8 编码（含有无法识别的字节）；请另存为 UTF-8。',
    nul: '文件含有空字节（NUL），可能是 UTF-16 编码或二进制文件，不能作为网页发布。',
    declared: (charset: string) =>
      `文件声明的字符编码是“${charset}”；网页文件必须是 UTF-8，请改为 <meta charset="utf-8"> 并另存为 UTF-8。`,
  },
  script: (shown: string) =>
    `含有不属于本站程序的脚本（“${shown}”）：只允许网站自己生成的脚本文件（/_astro/、/pagefind/ 等）。被篡改的网页常被植入这类脚本；请停止发布并检查来源。`,
  inline: (shown: string) =>
    `网页中有内联脚本或样式（“${shown}”），严格的内容安全策略（CSP）会拦截它；脚本和样式请写成单独的文件。`,
  frame: (tag: string) => `含有 <${tag}> 标签：它会把其他网站或插件嵌进本站页面，常被用来植入广告或恶意内容。请删除。`,
  refresh: (content: string) =>
    `含有自动跳转（<meta http-equiv="refresh" content="${content}">）：被篡改的网站常用它把读者送到赌博网站。请删除。`,
  externalLink: (tag: string, url: string, host: string) =>
    `<${tag}> 链接到 ${host}（“${url}”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。`,
  badProtocol: (tag: string, url: string, protocol: string) =>
    `<${tag}> 使用了不允许的 ${protocol} 地址（“${url}”）；链接只能是 https:// 网址、站内路径、mailto: 或 tel:。`,
  hiddenLink: (url: string, reason: string) =>
    `有读者看不到的链接（“${url}”，${reason}）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请删除。`,
  hiddenReasons: {
    hidden: '在隐藏的元素里',
    style: '被样式隐藏',
    empty: '没有文字',
    tinyImage: '只有没有说明文字或极小的图片',
  },
  denied: (place: string, shown: string, label: string, category: string) =>
    `${place}含有违禁内容“${shown}”（${category}：${label}）。`,
  places: {
    text: '正文',
    title: '<title> ',
    attribute: (name: string) => `${name} 属性`,
    meta: (name: string) => `<meta name="${name}">`,
    comment: '注释',
  },
  svgActive: (what: string) =>
    `SVG 图片含有会运行或加载内容的部分（${what}）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。`,
  xmlDoctype:
    'XML/SVG 文件含有 DOCTYPE 实体声明（<!ENTITY …>），浏览器会展开它们，可借此藏入脚本或内容。请删除 DOCTYPE 部分。',
  xmlStylesheet: (target: string) =>
    `XML 文件引用了样式表（<?xml-stylesheet ${target}?>），浏览器会用它把文件变成网页。请删除这一行。`,
} as const;
