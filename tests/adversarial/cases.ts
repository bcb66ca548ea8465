/**
 * The adversarial corpus: hostile inputs, as an attacker with a stolen editor account or a
 * careless editor would write them, one class of bypass at a time (issue 13, docs/security.md).
 * Each case is a few files laid over the base fixture site (tests/fixtures/valid-site); `lines`
 * are the exact problem lines `npm run check` prints for them (errors; warnings start with 警告).
 *
 * tests/unit/adversarial.test.ts runs the check on every case, tests/build/adversarial.test.ts
 * builds all of them at once, and tests/unit/mdx-code-gate.test.ts proves with a marker file
 * that no `code` case runs anything, in the check or in the build's own MDX compiler.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type HostileFile = string | Uint8Array | { symlink: string };

export type HostileCase = {
  class: 'code' | 'html' | 'markdown' | 'spam' | 'public' | 'crash';
  /** What the attacker tries, as a sentence. */
  name: string;
  files: Record<string, HostileFile>;
  /** The problem lines of the check for these files (filled in from a reviewed run). */
  lines: string[];
  /** `refused` (default): at least one error; `warned`: only warnings; `accepted`: read without a problem. */
  outcome?: 'warned' | 'accepted';
};

/** The marker a `code` case writes when it runs; tests replace it with a real temporary path. */
export const MARKER = '__GONGKAI_MARKER__';
/** JavaScript that writes the marker file, as hostile MDX would run it at build time. */
const WRITE = `globalThis.process.getBuiltinModule('node:fs').writeFileSync('${MARKER}', 'ran')`;

let sequence = 0;
/** An article of the fixture site with this body (a new 索引号 each time). */
function article(body: string, extra = ''): string {
  sequence += 1;
  return `---\ntitle: 区民政局工作动态第${sequence}期\ncolumn: gzdt\npublishDate: 2026-11-20\nindexNo: 013000000/2026-9${String(sequence).padStart(4, '0')}\n${extra}---\n\n${body}\n`;
}

/** The base fixture's site configuration, to change one thing in it. */
const siteYaml = readFileSync(join(import.meta.dirname, '../fixtures/valid-site/content/site.yaml'), 'utf8');

const md = (slug: string) => `content/articles/gzdt/${slug}.md`;
const mdx = (slug: string) => `content/articles/gzdt/${slug}.mdx`;

/** UTF-16 little-endian bytes of a text, with its byte-order mark. */
function utf16(text: string, bom = true): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body;
}

const page = (body: string, head = '') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知 - 测试区民政局</title>${head}</head><body>${body}</body></html>`;

export const cases: HostileCase[] = [
  // --- build-time code from MDX ---------------------------------------------------------------
  {
    class: 'code',
    name: 'an export statement runs when the module is imported',
    files: { [mdx('esm-export')]: article(`export const x = ${WRITE}\n\n正文。`) },
    lines: [
      'content/articles/gzdt/esm-export.mdx:8: MDX 中不允许 import 或 export 语句：它们可以引入并运行任意代码。本站组件（KeyFigures、KeyFigure）无需导入即可使用；请删除这一行。',
    ],
  },
  {
    class: 'code',
    name: 'an import statement brings in a module',
    files: { [mdx('esm-import')]: article(`import fs from 'node:fs'\n\n正文。`) },
    lines: [
      'content/articles/gzdt/esm-import.mdx:8: MDX 中不允许 import 或 export 语句：它们可以引入并运行任意代码。本站组件（KeyFigures、KeyFigure）无需导入即可使用；请删除这一行。',
    ],
  },
  {
    class: 'code',
    name: 'a flow expression runs when the page is rendered',
    files: { [mdx('flow-expression')]: article(`{${WRITE}}`) },
    lines: [
      'content/articles/gzdt/flow-expression.mdx:8: MDX 中不允许使用 {…} 表达式（“{globalThis.process.getBuiltinModule(\'node:fs\').writeFileSyn…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'a text expression inside a sentence runs too',
    files: { [mdx('text-expression')]: article(`本期共收集意见 {${WRITE}} 条。`) },
    lines: [
      'content/articles/gzdt/text-expression.mdx:8: MDX 中不允许使用 {…} 表达式（“{globalThis.process.getBuiltinModule(\'node:fs\').writeFileSyn…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'a line comment ended by a carriage return, which JavaScript treats as a line end',
    files: { [mdx('comment-cr')]: article(`{// 说明\r${WRITE}\n}`) },
    lines: [
      'content/articles/gzdt/comment-cr.mdx:8: MDX 中不允许使用 {…} 表达式（“{// 说明 globalThis.process.getBuiltinModule(\'node:fs\').writeF…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'a line comment ended by U+2028 LINE SEPARATOR',
    files: { [mdx('comment-u2028')]: article(`{// 说明\u2028${WRITE}\n}`) },
    lines: [
      'content/articles/gzdt/comment-u2028.mdx:8: MDX 中不允许使用 {…} 表达式（“{// 说明 globalThis.process.getBuiltinModule(\'node:fs\').writeF…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'a line comment ended by U+2029 PARAGRAPH SEPARATOR',
    files: { [mdx('comment-u2029')]: article(`{// 说明\u2029${WRITE}\n}`) },
    lines: [
      'content/articles/gzdt/comment-u2029.mdx:8: MDX 中不允许使用 {…} 表达式（“{// 说明 globalThis.process.getBuiltinModule(\'node:fs\').writeF…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'code after a block comment',
    files: { [mdx('after-block-comment')]: article(`{/* 说明 */ ${WRITE}}`) },
    lines: [
      'content/articles/gzdt/after-block-comment.mdx:8: MDX 中不允许使用 {…} 表达式（“{/* 说明 */ globalThis.process.getBuiltinModule(\'node:fs\').wri…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'an attribute value that is an expression',
    files: { [mdx('attribute-expression')]: article(`<KeyFigure label="件数" value={${WRITE}} />`) },
    lines: [
      'content/articles/gzdt/attribute-expression.mdx:8: MDX 中不允许使用 {…} 表达式（“value={globalThis.process.getBuiltinModule(\'node:fs\').writeF…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'a spread attribute',
    files: { [mdx('spread-attribute')]: article(`<KeyFigure label="件数" value="1" {...(${WRITE})} />`) },
    lines: [
      'content/articles/gzdt/spread-attribute.mdx:8: MDX 中不允许使用 {…} 表达式（“{...(globalThis.process.getBuiltinModule(\'node:fs\').writeFil…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'a template literal as an attribute value',
    files: { [mdx('template-literal')]: article('<KeyFigure label="件数" value={`${1 + 1}`} />') },
    lines: [
      'content/articles/gzdt/template-literal.mdx:8: MDX 中不允许使用 {…} 表达式（“value={`${1 + 1}`}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'a regular expression as an attribute value',
    files: { [mdx('regexp-literal')]: article('<KeyFigure label="件数" value={/x/} />') },
    lines: [
      'content/articles/gzdt/regexp-literal.mdx:8: MDX 中不允许使用 {…} 表达式（“value={/x/}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'a member expression as a component name',
    files: { [mdx('member-component')]: article('<globalThis.gongkaiMarker label="x" />') },
    lines: [
      'content/articles/gzdt/member-component.mdx:8: MDX 中不能使用 <globalThis.gongkaiMarker>：只能使用本站提供的组件（KeyFigures、KeyFigure）。请改用这些组件或普通 Markdown。',
    ],
  },
  {
    class: 'code',
    name: 'a name starting with an underscore refers to a value in scope, not an HTML tag',
    files: { [mdx('underscore-component')]: article('<_components />') },
    lines: [
      'content/articles/gzdt/underscore-component.mdx:8: MDX 中不能使用 <_components>：只能使用本站提供的组件（KeyFigures、KeyFigure）。请改用这些组件或普通 Markdown。',
    ],
  },
  {
    class: 'code',
    name: 'a component that is not the site’s',
    files: { [mdx('unknown-component')]: article('<Ad />') },
    lines: [
      'content/articles/gzdt/unknown-component.mdx:8: MDX 中不能使用 <Ad>：只能使用本站提供的组件（KeyFigures、KeyFigure）。请改用这些组件或普通 Markdown。',
    ],
  },
  {
    class: 'code',
    name: 'a prop that the component does not take',
    files: { [mdx('unknown-prop')]: article('<KeyFigure label="件数" value="1" set:html="<script>x</script>" />') },
    lines: [
      'content/articles/gzdt/unknown-prop.mdx:8: 组件 <KeyFigure> 没有 set:html 属性；可用的属性是 label、value、unit。请删除或改正这个属性。',
    ],
  },
  {
    class: 'code',
    name: 'an expression nested inside a component’s children',
    files: { [mdx('nested-expression')]: article(`<KeyFigures>\n  {${WRITE}}\n</KeyFigures>`) },
    lines: [
      'content/articles/gzdt/nested-expression.mdx:9: MDX 中不允许使用 {…} 表达式（“{globalThis.process.getBuiltinModule(\'node:fs\').writeFileSyn…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'an expression as the value of an HTML attribute',
    files: { [mdx('html-attribute-expression')]: article(`<a href={${WRITE}}>链接</a>`) },
    lines: [
      'content/articles/gzdt/html-attribute-expression.mdx:8: MDX 中不允许使用 {…} 表达式（“href={globalThis.process.getBuiltinModule(\'node:fs\').writeFi…”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。',
    ],
  },
  {
    class: 'code',
    name: 'a layout exported as the default export',
    files: { [mdx('default-export')]: article(`export default function Layout() { return ${WRITE} }\n\n正文。`) },
    lines: [
      'content/articles/gzdt/default-export.mdx:8: MDX 中不允许 import 或 export 语句：它们可以引入并运行任意代码。本站组件（KeyFigures、KeyFigure）无需导入即可使用；请删除这一行。',
    ],
  },

  // --- raw HTML as a browser reads it ---------------------------------------------------------
  {
    class: 'html',
    name: 'a comment closed with --!>, as browsers close it, before a foreign link',
    files: { [md('comment-bang')]: article('<div>\n<!-- 注释 --!><a href="https://evil.example/">详情</a>\n</div>') },
    lines: [
      'content/articles/gzdt/comment-bang.md:9: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'a comment that ends at once, <!-->, before a foreign link',
    files: { [md('comment-empty')]: article('<div>\n<!--><a href="https://evil.example/">详情</a> -->\n</div>') },
    lines: [
      'content/articles/gzdt/comment-empty.md:9: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'a comment <!---> hiding a frame',
    files: { [md('comment-dash')]: article('<div>\n<!---><iframe src="https://evil.example/"></iframe>\n</div>') },
    lines: [
      'content/articles/gzdt/comment-dash.md:9: 正文中不允许使用 <iframe> 标签（“<iframe src="https://evil.example/">”）：它会把其他网站的页面嵌进本站，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。',
    ],
  },
  {
    class: 'html',
    name: 'javascript: spelt with a character entity',
    files: { [md('entity-javascript')]: article('<div>\n<a href="java&#115;cript:alert(1)">办事入口</a>\n</div>') },
    lines: [
      'content/articles/gzdt/entity-javascript.md:9: 链接“javascript:alert(1)”使用了不允许的 javascript: 协议；链接只能是 https:// 网址、以 / 开头的站内路径、mailto: 或 tel:。请改正或删除。',
    ],
  },
  {
    class: 'html',
    name: 'a host spelt with character entities',
    files: { [md('entity-host')]: article('<div>\n<a href="&#x68;ttps://&#101;vil.example/">详情</a>\n</div>') },
    lines: [
      'content/articles/gzdt/entity-host.md:9: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'a protocol-relative address',
    files: { [md('protocol-relative')]: article('<div>\n<a href="//evil.example/x">详情</a>\n</div>') },
    lines: [
      'content/articles/gzdt/protocol-relative.md:9: 链接“//evil.example/x”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'a backslash that browsers read as a slash',
    files: { [md('backslash-host')]: article('<div>\n<a href="/\\evil.example/x">详情</a>\n</div>') },
    lines: [
      'content/articles/gzdt/backslash-host.md:9: 链接“/\\evil.example/x”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'https:/\\ with one slash and a backslash',
    files: { [md('scheme-backslash')]: article('<div>\n<a href="https:/\\evil.example/">详情</a>\n</div>') },
    lines: [
      'content/articles/gzdt/scheme-backslash.md:9: 链接“https:/\\evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'a tab inside javascript:, which browsers remove',
    files: { [md('tab-javascript')]: article('<div>\n<a href=" java&Tab;script:alert(1)">办事入口</a>\n</div>') },
    lines: [
      'content/articles/gzdt/tab-javascript.md:9: 链接“java script:alert(1)”使用了不允许的 javascript: 协议；链接只能是 https:// 网址、以 / 开头的站内路径、mailto: 或 tel:。请改正或删除。',
    ],
  },
  {
    class: 'html',
    name: 'an automatic redirect',
    files: { [md('meta-refresh')]: article('<meta http-equiv="refresh" content="0;url=https://evil.example/">') },
    lines: [
      'content/articles/gzdt/meta-refresh.md:8: 正文中不允许使用 <meta> 标签（“<meta http-equiv="refresh" content="0;url=https://evil.examp…”）：它会改变页面的跳转或地址，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。',
    ],
  },
  {
    class: 'html',
    name: 'a base element that moves every relative link',
    files: { [md('base')]: article('<base href="https://evil.example/">') },
    lines: [
      'content/articles/gzdt/base.md:8: 正文中不允许使用 <base> 标签（“<base href="https://evil.example/">”）：它会改变页面的跳转或地址，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。',
    ],
  },
  {
    class: 'html',
    name: 'an event handler on an image',
    files: { [md('onerror')]: article('<img src="/files/x.png" alt="图" onerror="alert(1)">') },
    lines: [
      'content/articles/gzdt/onerror.md:8: 图片 /files/x.png 不存在；请把图片放到 public/files/x.png，或改正路径。',
      'content/articles/gzdt/onerror.md:8: 正文中的 <img> 不允许使用 onerror 属性：它会在读者的浏览器里运行代码。请删除。',
    ],
  },
  {
    class: 'html',
    name: 'a link inside SVG markup',
    files: { [md('inline-svg')]: article('<svg><a href="https://evil.example/"><text>详情</text></a></svg>') },
    lines: [
      'content/articles/gzdt/inline-svg.md:8: 正文中不允许使用 <svg> 标签（“<svg>”）：它可以包含脚本和隐藏的链接，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。',
      'content/articles/gzdt/inline-svg.md:8: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
      'content/articles/gzdt/inline-svg.md:8: 正文中不允许使用 <text> 标签（“<text>”）；正文只能用 Markdown 和少数排版标签（如 <sup>、<sub>、<br>、<table>）。请删除或改用 Markdown。',
    ],
  },
  {
    class: 'html',
    name: 'a link inside MathML',
    files: { [md('mathml')]: article('<math><mtext><a href="https://evil.example/">详情</a></mtext></math>') },
    lines: [
      'content/articles/gzdt/mathml.md:8: 正文中不允许使用 <math> 标签（“<math>”）：它可以包含脚本和隐藏的链接，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。',
      'content/articles/gzdt/mathml.md:8: 正文中不允许使用 <mtext> 标签（“<mtext>”）；正文只能用 Markdown 和少数排版标签（如 <sup>、<sub>、<br>、<table>）。请删除或改用 Markdown。',
      'content/articles/gzdt/mathml.md:8: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'a link in an element that is hidden',
    files: {
      [md('hidden-span')]: article('<p>见<span hidden><a href="https://www.mca.gov.cn/">民政部</a></span>。</p>'),
    },
    lines: [
      'content/articles/gzdt/hidden-span.md:8: 正文中的 <span> 不允许使用 hidden 属性隐藏内容：读者看不到、只有搜索引擎能看到的文字和链接是网站被挂“黑链”的典型手法。请删除。',
    ],
  },
  {
    class: 'html',
    name: 'a link around an image of no size',
    files: {
      [md('zero-size-image')]: article(
        '<p><a href="https://www.mca.gov.cn/"><img src="/files/x.png" alt="民政部" width="0" height="0"></a></p>',
      ),
    },
    lines: [
      'content/articles/gzdt/zero-size-image.md:8: 图片 /files/x.png 不存在；请把图片放到 public/files/x.png，或改正路径。',
      'content/articles/gzdt/zero-size-image.md:8: 链接没有读者能看到的文字（“<a href="https://www.mca.gov.cn/">”）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请给链接写上文字，或删除它。',
    ],
  },
  {
    class: 'html',
    name: 'a link around an image without alt text',
    files: {
      [md('image-only-link')]: article('<p><a href="https://www.mca.gov.cn/"><img src="/files/x.png"></a></p>'),
    },
    lines: [
      'content/articles/gzdt/image-only-link.md:8: 图片 /files/x.png 不存在；请把图片放到 public/files/x.png，或改正路径。',
      'content/articles/gzdt/image-only-link.md:8: 链接没有读者能看到的文字（“<a href="https://www.mca.gov.cn/">”）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请给链接写上文字，或删除它。',
    ],
  },
  {
    class: 'html',
    name: 'a link opened in one HTML block and closed in another',
    files: { [md('split-blocks')]: article('<div><a href="https://evil.example/">\n\n开奖结果\n\n</a></div>') },
    lines: [
      'content/articles/gzdt/split-blocks.md:8: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
      'content/articles/gzdt/split-blocks.md:8: 链接没有读者能看到的文字（“<a href="https://evil.example/">”）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请给链接写上文字，或删除它。',
    ],
  },
  {
    class: 'html',
    name: 'a script in mixed case',
    files: { [md('script-case')]: article('<ScRiPt src="https://evil.example/x.js"></ScRiPt>') },
    lines: [
      'content/articles/gzdt/script-case.md:8: 正文中不允许使用 <script> 标签（“<script src="https://evil.example/x.js">”）：它会在读者的浏览器里运行代码，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。',
    ],
  },
  {
    class: 'html',
    name: 'a link inside <noscript>, which crawlers read',
    files: { [md('noscript')]: article('<noscript><a href="https://evil.example/">详情</a></noscript>') },
    lines: [
      'content/articles/gzdt/noscript.md:8: 正文中不允许使用 <noscript> 标签（“<noscript>”）：它会在读者的浏览器里运行代码，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。',
      'content/articles/gzdt/noscript.md:8: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'a link inside <template>',
    files: { [md('template')]: article('<template><a href="https://evil.example/">详情</a></template>') },
    lines: [
      'content/articles/gzdt/template.md:8: 正文中不允许使用 <template> 标签（“<template>”）：它会在读者的浏览器里运行代码，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。',
      'content/articles/gzdt/template.md:8: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'an inline link in a sentence',
    files: { [md('inline-link')]: article('详见<a href="https://evil.example/">通知</a>。') },
    lines: [
      'content/articles/gzdt/inline-link.md:8: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'html',
    name: 'a style attribute that hides a link',
    files: {
      [md('style-hidden')]: article(
        '<p><span style="display:none"><a href="https://www.mca.gov.cn/">民政部</a></span></p>',
      ),
    },
    lines: [
      'content/articles/gzdt/style-hidden.md:8: 正文中的 <span> 不允许使用 style 属性（“<span style="display:none">”）：它能把链接和文字隐藏起来，只给搜索引擎看。请删除；排版请用 Markdown。',
    ],
  },

  // --- Markdown as the renderer reads it (GFM) ------------------------------------------------
  {
    class: 'markdown',
    name: 'a bare www. address, which GFM makes a link',
    files: { [md('bare-www')]: article('更多信息见 www.evil.example 。') },
    lines: [
      'content/articles/gzdt/bare-www.md:8: 链接“http://www.evil.example”指向的网站 www.evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'markdown',
    name: 'a bare https:// address, which GFM makes a link',
    files: { [md('bare-https')]: article('更多信息见 https://evil.example/news 。') },
    lines: [
      'content/articles/gzdt/bare-https.md:8: 链接“https://evil.example/news”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'markdown',
    name: 'an autolink in angle brackets',
    files: { [md('angle-autolink')]: article('更多信息见 <https://evil.example/news>。') },
    lines: [
      'content/articles/gzdt/angle-autolink.md:8: 链接“https://evil.example/news”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'markdown',
    name: 'a reference link whose definition points elsewhere',
    files: { [md('reference-link')]: article('详见[通知][tz]。\n\n[tz]: https://evil.example/') },
    lines: [
      'content/articles/gzdt/reference-link.md:8: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'markdown',
    name: 'a bare address inside a footnote',
    files: { [md('footnote-link')]: article('本办法另有规定[^1]。\n\n[^1]: 见 https://evil.example/rule') },
    lines: [
      'content/articles/gzdt/footnote-link.md:10: 链接“https://evil.example/rule”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'markdown',
    name: 'a link inside a table cell',
    files: { [md('table-link')]: article('| 事项 | 网址 |\n| --- | --- |\n| 办理 | [入口](https://evil.example/) |') },
    lines: [
      'content/articles/gzdt/table-link.md:10: 链接“https://evil.example/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'markdown',
    name: 'an image from another site',
    files: { [md('foreign-image')]: article('![宣传图](https://evil.example/a.png)') },
    lines: [
      'content/articles/gzdt/foreign-image.md:8: 图片“https://evil.example/a.png”来自 evil.example，不在允许名单中。图片请放到 public/ 下，用以 / 开头的站内路径引用；确需引用外部图片时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains。',
    ],
  },
  {
    class: 'markdown',
    name: 'javascript: in a Markdown link, spelt with an entity',
    files: { [md('markdown-entity')]: article('[办理入口](java&#115;cript:alert(1))') },
    lines: [
      'content/articles/gzdt/markdown-entity.md:8: 链接“javascript:alert(1)”使用了不允许的 javascript: 协议；链接只能是 https:// 网址、以 / 开头的站内路径、mailto: 或 tel:。请改正或删除。',
    ],
  },
  {
    class: 'markdown',
    name: 'a data: address that is a page',
    files: { [md('data-url')]: article('[办理入口](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)') },
    lines: [
      'content/articles/gzdt/data-url.md:8: 链接“data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==”使用了不允许的 data: 协议；链接只能是 https:// 网址、以 / 开头的站内路径、mailto: 或 tel:。请改正或删除。',
    ],
  },
  {
    class: 'markdown',
    name: 'a column link in the site configuration that a browser reads as another site',
    files: { 'content/site.yaml': siteYaml.replace('    href: /policies/', '    href: /\\evil.example/policies/') },
    lines: [
      'content/site.yaml:59: columns[2].href（链接）: 链接“/\\evil.example/policies/”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },
  {
    class: 'markdown',
    name: 'a link destination in angle brackets',
    files: { [md('angle-destination')]: article('[办理入口](<https://evil.example/a b>)') },
    lines: [
      'content/articles/gzdt/angle-destination.md:8: 链接“https://evil.example/a%20b”指向的网站 evil.example 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。',
    ],
  },

  // --- spam written to slip past the denylist --------------------------------------------------
  {
    class: 'spam',
    name: 'traditional characters',
    files: { [md('traditional')]: article('歡迎參與百家樂線上活動。') },
    lines: [
      'content/articles/gzdt/traditional.md:8: 正文含有违禁内容“百家樂”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'emoji between the characters',
    files: { [md('emoji')]: article('欢迎参与百🎲家🎲乐活动。') },
    lines: [
      'content/articles/gzdt/emoji.md:8: 正文含有违禁内容“百🎲家🎲乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'symbols between the characters',
    files: { [md('symbols')]: article('本期六★合☆彩开奖。') },
    lines: [
      'content/articles/gzdt/symbols.md:8: 正文含有违禁内容“六★合☆彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'brackets around each character',
    files: { [md('brackets')]: article('本期【六】【合】【彩】开奖。') },
    lines: [
      'content/articles/gzdt/brackets.md:8: 正文含有违禁内容“六】【合】【彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'commas between the characters',
    files: { [md('commas')]: article('本期六，合，彩开奖。') },
    lines: [
      'content/articles/gzdt/commas.md:8: 正文含有违禁内容“六，合，彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'a word split by inline tags in raw HTML',
    files: { [md('inline-tags')]: article('<p>欢迎参与百<span>家</span>乐活动。</p>') },
    lines: [
      'content/articles/gzdt/inline-tags.md:8: 正文含有违禁内容“百家乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'a word split by emphasis',
    files: { [md('emphasis')]: article('欢迎参与百**家**乐活动。') },
    lines: [
      'content/articles/gzdt/emphasis.md:8: 正文含有违禁内容“百家乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'a word split by strike-through',
    files: { [md('strikethrough')]: article('欢迎参与~~百家~~乐活动。') },
    lines: [
      'content/articles/gzdt/strikethrough.md:8: 正文含有违禁内容“百家乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'bidirectional override characters in the body',
    files: { [md('bidi-body')]: article('通知：\u202E563teb\u202C 已停止。') },
    lines: [
      'content/articles/gzdt/bidi-body.md:8: 文件含有 2 个改变文字显示方向的不可见控制字符（第一个是 U+202E）：它们会让文件显示的内容与实际内容不同，常被用来隐藏恶意内容。请删除这些字符（编辑器中通常看不见，可用“显示不可见字符”功能查找）。',
    ],
  },
  {
    class: 'spam',
    name: 'a bidirectional isolate in the front matter',
    files: { [md('bidi-yaml')]: article('正文。').replace('title: ', 'title: \u2066通知\u2069') },
    lines: [
      'content/articles/gzdt/bidi-yaml.md:2: 文件含有 2 个改变文字显示方向的不可见控制字符（第一个是 U+2066）：它们会让文件显示的内容与实际内容不同，常被用来隐藏恶意内容。请删除这些字符（编辑器中通常看不见，可用“显示不可见字符”功能查找）。',
    ],
  },
  {
    class: 'spam',
    name: 'spam as a key of the front matter',
    files: { [md('yaml-key')]: article('正文。', '百家乐官网: 1\n') },
    lines: [
      'content/articles/gzdt/yaml-key.md:6: 百家乐官网: 未知字段“百家乐官网”。可用字段：title、column、source、author、editor、publishDate、updateDate、indexNo、summary、keywords、attachments。',
    ],
  },
  {
    class: 'spam',
    name: 'spam as a key of a map in the site configuration (a topic name)',
    files: {
      'content/site.yaml': siteYaml.replace(
        '  民政: [社会救助, 社区治理]',
        '  民政: [社会救助, 社区治理]\n  百家乐官网: [开奖]',
      ),
    },
    lines: [
      'content/site.yaml:19: topics.百家乐官网: 字段名含有违禁内容“百家乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'spam in the text of a footnote',
    files: { [md('footnote-text')]: article('本办法另有规定[^1]。\n\n[^1]: 六合彩开奖结果') },
    lines: [
      'content/articles/gzdt/footnote-text.md:10: 正文含有违禁内容“六合彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'spam in the title of a link definition',
    files: { [md('definition-title')]: article('详见[通知][tz]。\n\n[tz]: /policies/ "澳门威尼斯人娱乐场"') },
    lines: [
      'content/articles/gzdt/definition-title.md:8: 链接提示文字（title）含有违禁内容“澳门威尼斯人”（赌博：澳门+威尼斯人）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'Hangul fillers, which show as blanks, between the characters',
    files: { [md('hangul-filler')]: article('欢迎参与百\u3164家\u3164乐活动。') },
    lines: [
      'content/articles/gzdt/hangul-filler.md:8: 正文含有违禁内容“百[U+3164]家[U+3164]乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'a combination in traditional characters',
    files: { [md('traditional-combination')]: article('澳門威尼斯人娛樂場開業。') },
    lines: [
      'content/articles/gzdt/traditional-combination.md:8: 正文含有违禁内容“澳門威尼斯人”（赌博：澳门+威尼斯人）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'spam inside an HTML comment',
    files: { [md('html-comment')]: article('正文。\n\n<!-- 六合彩开奖 -->') },
    lines: [
      'content/articles/gzdt/html-comment.md:10: 注释含有违禁内容“六合彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'spam inside an MDX comment',
    files: { [mdx('mdx-comment')]: article('正文。\n\n{/* 六合彩开奖 */}') },
    lines: [
      'content/articles/gzdt/mdx-comment.mdx:10: 注释含有违禁内容“六合彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'spam in alt text, in traditional characters',
    files: { [md('alt-traditional')]: article('![六合彩開獎](/files/x.png)') },
    lines: [
      'content/articles/gzdt/alt-traditional.md:8: 图片 /files/x.png 不存在；请把图片放到 public/files/x.png，或改正路径。',
      'content/articles/gzdt/alt-traditional.md:8: 图片说明（alt）含有违禁内容“六合彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
  {
    class: 'spam',
    name: 'a gambling phrase in pinyin is a warning',
    files: { [md('pinyin')]: article('活动代码 baijiale 。') },
    outcome: 'warned',
    lines: [
      '警告 content/articles/gzdt/pinyin.md:8: 正文含有疑似违禁内容的拼音“baijiale”（赌博：baijiale）；如果这不是本单位写的，请报告网站管理员。拼音也可能是正常用语，所以只是提醒，不阻止发布。',
    ],
  },
  {
    class: 'spam',
    name: 'full-width letters with a zero-width space',
    files: { [md('full-width')]: article('ＢＥ\u200BＴ３６５ 体育') },
    lines: [
      'content/articles/gzdt/full-width.md:8: 正文含有违禁内容“ＢＥ[U+200B]Ｔ３６５”（赌博：bet365）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },

  // --- public/ ---------------------------------------------------------------------------------
  {
    class: 'public',
    name: 'a symbolic link to a system file',
    files: { 'public/files/passwd.txt': { symlink: '/etc/passwd' } },
    lines: [
      'public/files/passwd.txt: 这是一个符号链接（指向 /etc/passwd），不是普通文件：它可能把网站以外的文件（系统文件、密钥、仓库配置）发布出去。请删除链接，把需要的文件本身复制到这里。',
    ],
  },
  {
    class: 'public',
    name: 'a symbolic link to a folder outside the site',
    files: { 'public/files/repo': { symlink: '../../..' } },
    lines: [
      'public/files/repo: 这是一个符号链接（指向 ../../..），不是普通文件：它可能把网站以外的文件（系统文件、密钥、仓库配置）发布出去。请删除链接，把需要的文件本身复制到这里。',
    ],
  },
  {
    class: 'public',
    name: 'a dangling symbolic link',
    files: { 'public/files/gone.pdf': { symlink: '/nonexistent/gongkai/file.pdf' } },
    lines: ['public/files/gone.pdf: 这是一个指向不存在位置的符号链接；请删除它，或换成普通文件。'],
  },
  {
    class: 'public',
    name: 'an SVG with a script',
    files: { 'public/files/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' },
    lines: [
      'public/files/logo.svg: SVG 图片含有会运行或加载内容的部分（<script>）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。',
    ],
  },
  {
    class: 'public',
    name: 'an SVG with an event handler',
    files: {
      'public/files/badge.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>',
    },
    lines: [
      'public/files/badge.svg: SVG 图片含有会运行或加载内容的部分（onload）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。',
    ],
  },
  {
    class: 'public',
    name: 'an SVG with HTML inside foreignObject',
    files: {
      'public/files/chart.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="9" height="9"><p>百家乐</p></foreignObject></svg>',
    },
    lines: [
      'public/files/chart.svg: SVG 图片含有会运行或加载内容的部分（<foreignObject>）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。',
      'public/files/chart.svg: 正文含有违禁内容“百家乐”（赌博：百家乐）。',
    ],
  },
  {
    class: 'public',
    name: 'an SVG that loads an image from another site',
    files: {
      'public/files/map.svg':
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/a.png"/></svg>',
    },
    lines: [
      'public/files/map.svg: SVG 图片含有会运行或加载内容的部分（href="https://evil.example/a.png"）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。',
    ],
  },
  {
    class: 'public',
    name: 'an SVG with a link',
    files: {
      'public/files/icon.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="https://evil.example/"><text>x</text></a></svg>',
    },
    lines: [
      'public/files/icon.svg: SVG 图片含有会运行或加载内容的部分（<a>）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。',
      'public/files/icon.svg: SVG 图片含有会运行或加载内容的部分（xlink:href="https://evil.example/"）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。',
    ],
  },
  {
    class: 'public',
    name: 'an HTML page in UTF-16 with a byte-order mark',
    files: { 'public/notice.html': utf16(page('<h1>通知</h1><script>location.href="https://evil.example/"</script>')) },
    lines: ['public/notice.html: 文件是 UTF-16 编码；网页文件必须是 UTF-8，请用编辑器“另存为 UTF-8”。'],
  },
  {
    class: 'public',
    name: 'an HTML page in UTF-16 without a byte-order mark',
    files: { 'public/notice2.html': utf16(page('<h1>通知</h1>'), false) },
    lines: ['public/notice2.html: 文件含有空字节（NUL），可能是 UTF-16 编码或二进制文件，不能作为网页发布。'],
  },
  {
    class: 'public',
    name: 'a page with the .htm extension',
    files: { 'public/news/today.htm': page('<h1>bet365体育</h1>') },
    lines: ['public/news/today.htm: 正文含有违禁内容“bet365”（赌博：bet365）。'],
  },
  {
    class: 'public',
    name: 'an .xhtml page with an inline script',
    files: { 'public/news/x.xhtml': page('<h1>通知</h1><script>alert(1)</script>') },
    lines: [
      'public/news/x.xhtml: 网页中有内联脚本或样式（“<script>”），严格的内容安全策略（CSP）会拦截它；脚本和样式请写成单独的文件。',
    ],
  },
  {
    class: 'public',
    name: 'an XML file that turns itself into a page with XSLT',
    files: {
      'public/feed.xml':
        '<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?><rss><channel><title>通知</title></channel></rss>',
    },
    lines: [
      'public/feed.xml: XML 文件引用了样式表（<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>），浏览器会用它把文件变成网页。请删除这一行。',
    ],
  },
  {
    class: 'public',
    name: 'an XML file with entity declarations',
    files: {
      'public/data.xml':
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY s "&#60;script&#62;alert(1)&#60;/script&#62;">]><r>&s;</r>',
    },
    lines: [
      'public/data.xml: XML/SVG 文件含有 DOCTYPE 实体声明（<!ENTITY …>），浏览器会展开它们，可借此藏入脚本或内容。请删除 DOCTYPE 部分。',
    ],
  },
  {
    class: 'public',
    name: 'a page that declares another character set',
    files: { 'public/gbk.html': page('<h1>通知</h1>', '<meta charset="gbk">') },
    lines: [
      'public/gbk.html: 文件声明的字符编码是“gbk”；网页文件必须是 UTF-8，请改为 <meta charset="utf-8"> 并另存为 UTF-8。',
    ],
  },
  {
    class: 'public',
    name: 'a symbolic link in content/ to a file outside the site',
    files: { 'content/articles/gzdt/linked.md': { symlink: '/etc/hostname' } },
    lines: [
      'content/articles/gzdt/linked.md: 这是一个符号链接（指向 /etc/hostname），不是普通文件：它可能把网站以外的文件（系统文件、密钥、仓库配置）发布出去。请删除链接，把需要的文件本身复制到这里。',
    ],
  },

  // --- never crash, never lose -----------------------------------------------------------------
  {
    class: 'crash',
    name: 'twenty thousand nested block quotes',
    files: { [md('deep-quotes')]: article(`${'>'.repeat(20_000)} 正文`) },
    lines: [
      'content/articles/gzdt/deep-quotes.md:8: 正文的嵌套层级有 20003 层（例如引用 > 或列表套列表），超过了 100 层的上限；这样的文件无法安全检查和显示。请减少嵌套。',
    ],
  },
  {
    class: 'crash',
    name: 'thirty thousand nested HTML elements',
    files: { [md('deep-html')]: article(`<div>${'<div>'.repeat(30_000)}正文`) },
    lines: [
      'content/articles/gzdt/deep-html.md:8: 正文中的 HTML 标签一层套一层，有 30001 层没有结束，超过了 2000 层的上限；浏览器和检查都要花很长时间才能读完。请补上结束标签（如 </div>），或改用 Markdown。',
    ],
  },
  {
    class: 'crash',
    name: 'a file of 1.5 MB of nested list items',
    files: {
      [md('huge-list')]: article(
        Array.from({ length: 50_000 }, (_, i) => `${'  '.repeat(i % 40)}- 第 ${i} 项`).join('\n'),
      ),
    },
    outcome: 'accepted',
    lines: [],
  },
  {
    class: 'crash',
    name: 'one id from two files, x.md beside x.mdx',
    files: { [md('twin')]: article('正文一。'), [mdx('twin')]: article('正文二。') },
    lines: [
      'content/articles/gzdt/twin.mdx: 与 content/articles/gzdt/twin.md 的地址相同（gzdt/twin）：两个文件只差扩展名，网站只能发布其中一个。请删除或改名其中一个。',
    ],
  },
  {
    class: 'crash',
    name: 'an extension in upper case, which the build would skip',
    files: { 'content/articles/gzdt/upper.MD': article('正文。') },
    lines: [
      'content/articles/gzdt/upper.MD: 扩展名“.MD”不是小写：网站只读取扩展名为 .md、.mdx 的文件，这个文件不会发布。请把扩展名改为小写。',
    ],
  },
  {
    class: 'crash',
    name: 'bytes that are not UTF-8',
    files: {
      [md('latin1')]: Buffer.concat([Buffer.from(article('正文').slice(0, -1)), Buffer.from([0xc9, 0xe7, 0xbb, 0xe1])]),
    },
    lines: [
      'content/articles/gzdt/latin1.md:8: 文件不是有效的 UTF-8 编码（这一行附近有无法识别的字节）；请用编辑器“另存为 UTF-8”后再提交，否则部分文字会变成乱码。',
    ],
  },
  {
    class: 'crash',
    name: 'TOML front matter, which Astro would read and the check would not',
    files: { [md('toml')]: '+++\ntitle = "通知"\n+++\n\n正文。\n' },
    lines: [
      'content/articles/gzdt/toml.md:1: 字段区用了 +++（TOML 格式）；本站只读 YAML 格式，请把开头和结尾的 +++ 都改为 ---，字段写成“字段名: 值”。',
    ],
  },
  {
    class: 'crash',
    name: 'a line starting with --- inside the front matter ends it for Astro',
    files: { [md('early-close')]: article('正文。', 'summary: |\n  摘要\n---bet365 体育官网\n') },
    lines: [
      'content/articles/gzdt/early-close.md:8: 正文含有违禁内容“bet365”（赌博：bet365）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。',
    ],
  },
];
