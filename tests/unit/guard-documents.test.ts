/**
 * The document gate on its own (src/lib/guard/documents.ts): every HTML, SVG and XML file that
 * would be published, read as a browser reads it — its bytes, its scripts and styles, its links,
 * its SVG, its meta tags and the text a reader sees. Messages are pinned with inline snapshots.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Element } from 'hast';
import {
  checkDocument,
  decodeDocument,
  documentKind,
  findElement,
  linkedHosts,
  tagOf,
  textOf,
  type DocumentKind,
  type DocumentRules,
} from '../../src/lib/guard/documents.ts';
import { compileDenylist, parseDenylist, PROJECT_DENYLIST } from '../../src/lib/guard/denylist.ts';
import { domainAllowlist } from '../../src/lib/guard/domains.ts';

const denylist = compileDenylist(parseDenylist(readFileSync(PROJECT_DENYLIST, 'utf8'), 'x').entries);
const allowlist = domainAllowlist({ domain: 'mzj.test.example.gov.cn', links: [], allowedDomains: [] });
const rules: DocumentRules = { denylist, allowlist };

const check = (kind: DocumentKind, text: string, with_: DocumentRules = rules) =>
  checkDocument(kind, text, with_).problems;

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('which files are read, and as what', () => {
  test('a file is read by its extension, in any case, as nginx and Caddy serve it', () => {
    const files = [
      'index.html',
      'old/index.HTM',
      'about.xhtml',
      'ssi/index.shtml',
      'images/logo.svg',
      'images/map.svgz',
      'sitemap.xml',
      'feed/style.xsl',
      'feed/style.xslt',
      'feed/news.rss',
      'feed/news.atom',
      'files/2025-report.pdf',
      'html',
    ];
    expect(Object.fromEntries(files.map((file) => [file, documentKind(file)]))).toEqual({
      'index.html': 'html',
      'old/index.HTM': 'html',
      'about.xhtml': 'html',
      'ssi/index.shtml': 'html',
      'images/logo.svg': 'svg',
      'images/map.svgz': 'svg',
      'sitemap.xml': 'xml',
      'feed/style.xsl': 'xml',
      'feed/style.xslt': 'xml',
      'feed/news.rss': 'xml',
      'feed/news.atom': 'xml',
      'files/2025-report.pdf': undefined,
      html: undefined,
    });
  });
});

describe('the bytes of a file', () => {
  test('a page saved as UTF-16, little- or big-endian, is refused as UTF-16', () => {
    // 政务 in UTF-16: no NUL byte, so only the byte-order mark tells.
    expect(decodeDocument(bytes(0xff, 0xfe, 0x3f, 0x65, 0xa1, 0x52))).toMatchInlineSnapshot(`
      {
        "problem": "文件是 UTF-16 编码；网页文件必须是 UTF-8，请用编辑器“另存为 UTF-8”。",
      }
    `);
    expect(decodeDocument(bytes(0xfe, 0xff, 0x65, 0x3f, 0x52, 0xa1))).toEqual(
      decodeDocument(bytes(0xff, 0xfe, 0x3f, 0x65, 0xa1, 0x52)),
    );
  });

  test('a legacy-encoded file that starts with only half of a byte-order mark is invalid UTF-8, not UTF-16', () => {
    const invalid = decodeDocument(bytes(0xc3, 0x28));
    expect(invalid).toMatchInlineSnapshot(`
      {
        "problem": "文件不是有效的 UTF-8 编码（含有无法识别的字节）；请另存为 UTF-8。",
      }
    `);
    // Latin-1 ÿ then A; A then a GBK lead byte; GBK 兀-like lead byte then A; A then ÿ.
    for (const start of [
      [0xff, 0x41],
      [0x41, 0xfe],
      [0xfe, 0x41],
      [0x41, 0xff],
    ]) {
      expect(decodeDocument(bytes(...start, 0x50)), start.join(' ')).toEqual(invalid);
    }
  });

  test('a page saved in GBK is refused rather than shown with replacement characters', () => {
    // 政务公开 in GBK.
    expect(decodeDocument(bytes(0xd5, 0xfe, 0xce, 0xf1, 0xb9, 0xab, 0xbf, 0xaa))).toEqual({
      problem: '文件不是有效的 UTF-8 编码（含有无法识别的字节）；请另存为 UTF-8。',
    });
  });

  test('a UTF-8 byte-order mark is allowed and is not part of the text', () => {
    expect(decodeDocument(bytes(0xef, 0xbb, 0xbf, ...utf8('<p>政务公开</p>')))).toEqual({ text: '<p>政务公开</p>' });
  });

  test('a file with a NUL byte is refused', () => {
    expect(decodeDocument(utf8('<p>a\0b</p>'))).toMatchInlineSnapshot(`
      {
        "problem": "文件含有空字节（NUL），可能是 UTF-16 编码或二进制文件，不能作为网页发布。",
      }
    `);
  });
});

describe('links and addresses', () => {
  test('a link to another site is reported with its host, a javascript: link with its protocol', () => {
    expect(
      check(
        'html',
        '<p><a href="https://evil.example/x">甲</a> <a href="javascript:alert(1)">乙</a> <a href="/policies/">丙</a></p>',
      ),
    ).toMatchInlineSnapshot(`
      [
        "<a> 链接到 evil.example（“https://evil.example/x”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
        "<a> 使用了不允许的 javascript: 地址（“javascript:alert(1)”）；链接只能是 https:// 网址、站内路径、mailto: 或 tel:。",
      ]
    `);
  });

  test('the filing registry of the footer is allowed only where the rules name it', () => {
    const footer =
      '<footer><a href="https://beian.miit.gov.cn/">京ICP备00000000号</a> <a href="https://beian.mps.gov.cn/">京公网安备</a></footer>';
    expect(check('html', footer, { ...rules, extraHosts: ['beian.miit.gov.cn'] })).toMatchInlineSnapshot(`
      [
        "<a> 链接到 beian.mps.gov.cn（“https://beian.mps.gov.cn/”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
      ]
    `);
    expect(check('html', footer)).toHaveLength(2);
  });

  test('every address an element loads or follows counts, each srcset candidate included', () => {
    const html =
      '<img src="/a.png" alt="图" srcset="/a.png 1x,https://evil.example/a@2x.png 2x, https://cdn.bad.example/b.png 3x">' +
      '<blockquote cite="https://quotes.bad.example/q"><p>引文</p></blockquote>';
    expect(check('html', html)).toMatchInlineSnapshot(`
      [
        "<img> 链接到 evil.example（“https://evil.example/a@2x.png”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
        "<img> 链接到 cdn.bad.example（“https://cdn.bad.example/b.png”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
        "<blockquote> 链接到 quotes.bad.example（“https://quotes.bad.example/q”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
      ]
    `);
  });

  test('an address of exactly 80 characters is quoted whole, a longer one is cut with …', () => {
    const url80 = `https://evil.example/${'a'.repeat(59)}`;
    expect(url80).toHaveLength(80);
    expect(check('html', `<p><a href="${url80}">甲</a><a href="${url80}b">乙</a></p>`)).toMatchInlineSnapshot(`
      [
        "<a> 链接到 evil.example（“https://evil.example/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
        "<a> 链接到 evil.example（“https://evil.example/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
      ]
    `);
  });

  test('addresses in a sitemap are links: http or https, indented, or after a full-width space', () => {
    const sitemap =
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset>' +
      '<url><loc>https://mzj.test.example.gov.cn/policies/</loc></url>' +
      '<url><loc>\u3000https://evil.example/a</loc></url>' +
      '<url><loc>\n    http://plain.bad.example/</loc></url>' +
      '<url><loc>https://direct.bad.example/</loc></url>' +
      '</urlset>';
    expect(check('xml', sitemap)).toMatchInlineSnapshot(`
      [
        "<xml> 链接到 evil.example（“https://evil.example/a”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
        "<xml> 链接到 plain.bad.example（“http://plain.bad.example/”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
        "<xml> 链接到 direct.bad.example（“https://direct.bad.example/”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
      ]
    `);
  });

  test('a feed text that only mentions an address after other words is not a link', () => {
    expect(
      check('xml', '<rss><channel><description>Note:https://old.example/ 已停用</description></channel></rss>'),
    ).toEqual([]);
  });

  test('text of an HTML page that reads like an address is not a link', () => {
    expect(check('html', '<p>https://evil.example/</p>')).toEqual([]);
  });

  test('the hosts outside the allowlist that a page links to or loads from, each once', () => {
    const { tree } = checkDocument(
      'html',
      '<p>访问 <a href="https://evil.example/a">甲</a> <a href="https://evil.example/b">乙</a>' +
        '<img src="https://cdn.bad.example/x.png" alt="图"></p>' +
        '<a href="javascript:void(0)">丙</a><a href="/policies/">丁</a><a href="https://mzj.test.example.gov.cn/x">戊</a><a>己</a>',
      rules,
    );
    expect(linkedHosts(tree!, allowlist)).toEqual(['evil.example', 'cdn.bad.example']);
  });
});

describe('without a site configuration, where even the site’s own address is not allowed', () => {
  // `npm run verify` on a folder with no content/site.yaml judges links against localhost alone.
  const bare = domainAllowlist(undefined);

  test('a page of plain text and an image whose srcset was left empty link nowhere', () => {
    expect(check('html', '<p>政务公开</p><img alt="图" srcset="">', { denylist, allowlist: bare })).toEqual([]);
  });

  test('the hosts a page links to are those of its addresses, not of the attributes it lacks', () => {
    const { tree } = checkDocument('html', '<p>政务<a href="https://evil.example/">公开</a></p>', rules);
    expect(linkedHosts(tree!, bare)).toEqual(['evil.example']);
  });
});

describe('XML and SVG declarations and comments', () => {
  test('entity declarations are refused in SVG and XML; in HTML the same text is a bogus comment', () => {
    expect(check('svg', '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "图">]><svg><text>&x;</text></svg>'))
      .toMatchInlineSnapshot(`
      [
        "XML/SVG 文件含有 DOCTYPE 实体声明（<!ENTITY …>），浏览器会展开它们，可借此藏入脚本或内容。请删除 DOCTYPE 部分。",
      ]
    `);
    expect(check('html', '<p>XML 的 <!ENTITY> 声明</p>')).toEqual([]);
  });

  test('an XML stylesheet instruction is reported with its target; a comment mentioning one is not', () => {
    const feed =
      '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="/feed.xsl?v=2"?>\n' +
      '<!-- 旧版曾用 ?xml-stylesheet 指令 --><rss><channel><title>测试区民政局</title></channel></rss>';
    expect(check('xml', feed)).toMatchInlineSnapshot(`
      [
        "XML 文件引用了样式表（<?xml-stylesheet type="text/xsl" href="/feed.xsl?v=2"?>），浏览器会用它把文件变成网页。请删除这一行。",
      ]
    `);
  });

  test('spam in a comment counts in XML, read by machines, and not in an HTML page', () => {
    expect(check('xml', '<rss><channel><!-- bet365 --><title>测试区民政局</title></channel></rss>'))
      .toMatchInlineSnapshot(`
      [
        "注释含有违禁内容“bet365”（赌博：bet365）。",
      ]
    `);
    expect(check('html', '<!-- bet365 --><p>测试区民政局</p>')).toEqual([]);
  });
});

describe('SVG', () => {
  test('an SVG drawn inside a page is checked as SVG', () => {
    expect(check('html', '<p>图示</p><svg><foreignObject><p>说明</p></foreignObject></svg>')).toMatchInlineSnapshot(`
      [
        "SVG 图片含有会运行或加载内容的部分（<foreignObject>）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
      ]
    `);
  });

  test('in an .svg file, markup outside the <svg> element is SVG too', () => {
    expect(
      check('svg', '<a href="https://evil.example/"></a><script src="https://evil.example/x.js"></script><svg></svg>'),
    ).toMatchInlineSnapshot(`
      [
        "SVG 图片含有会运行或加载内容的部分（<a>）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "SVG 图片含有会运行或加载内容的部分（href="https://evil.example/"）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "SVG 图片含有会运行或加载内容的部分（<script>）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "SVG 图片含有会运行或加载内容的部分（src="https://evil.example/x.js"）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
      ]
    `);
  });

  test('an Atom feed that carries an SVG icon is read as XML, not as an SVG image', () => {
    expect(
      check('xml', '<feed><icon><svg><foreignObject></foreignObject><rect onclick="x()"/></svg></icon></feed>'),
    ).toEqual([]);
  });

  test('an XSL template may hold the style and the links of the page it writes', () => {
    const xsl =
      '<xsl:stylesheet version="1.0"><xsl:template match="/"><style>li { margin: 0 }</style><ul>' +
      '<xsl:for-each select="rss/channel/item"><li><a href="{link}"><xsl:value-of select="title"/></a></li></xsl:for-each>' +
      '</ul></xsl:template></xsl:stylesheet>';
    expect(check('xml', xsl)).toEqual([]);
  });

  test('an animation that changes a link target is refused; one that changes a colour is not', () => {
    const svg =
      '<svg><a><rect width="10" height="10"><animate attributeName="HREF" to="https://evil.example/"/>' +
      '<set attributeName="xlink:href" to="https://evil.example/"/>' +
      '<set attributeName="fill" to="red"/><animate attributeName="opacity" from="0" to="1"/><animate/></rect></a></svg>';
    expect(check('svg', svg)).toMatchInlineSnapshot(`
      [
        "SVG 图片含有会运行或加载内容的部分（<a>）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "SVG 图片含有会运行或加载内容的部分（<animate attributeName="href">）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "SVG 图片含有会运行或加载内容的部分（<set attributeName="xlink:href">）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
      ]
    `);
  });

  test('an SVG may refer to its own fragments and embed PNG, JPEG, GIF or WebP; nothing else', () => {
    const allowed =
      '<svg><use href="#logo"/><use xlink:href=" #logo"/><image href="data:image/jpg;base64,AAAA"/>' +
      '<image href="data:image/jpeg;base64,AAAA"/><image href="DATA:image/webp;base64,AAAA"/></svg>';
    expect(check('svg', allowed)).toEqual([]);
    const refused =
      '<svg><image href="https://evil.example/a.png#x"/><image src="/images/a.png"/>' +
      '<image href="data:image/svg+xml;base64,AAAA"/></svg>';
    expect(check('svg', refused)).toMatchInlineSnapshot(`
      [
        "SVG 图片含有会运行或加载内容的部分（href="https://evil.example/a.png#x"）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "SVG 图片含有会运行或加载内容的部分（src="/images/a.png"）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "SVG 图片含有会运行或加载内容的部分（href="data:image/svg+xml;base64,AAAA"）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
      ]
    `);
  });

  test('an SVG style may fill with its own gradient; @import and url() of anything else are refused', () => {
    expect(check('svg', '<svg><style>.a { fill: url(#grad) }</style><text>CSS 的 url() 写法</text></svg>')).toEqual([]);
    const imported = check('svg', '<svg><style>@import "https://evil.example/a.css";</style></svg>');
    expect(imported).toMatchInlineSnapshot(`
      [
        "SVG 图片含有会运行或加载内容的部分（<style> @import/url()）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
      ]
    `);
    expect(check('svg', '<svg><style>.b { fill: url(https://evil.example/a.png) }</style></svg>')).toEqual(imported);
  });

  test('its own gradient quoted or spaced is its own; a style or fill attribute that loads from outside is refused', () => {
    const own = `<svg><style>.a{fill:url('#g')} .b{fill:url("#g")} .c{fill:url( #g)}</style><rect fill="url(#g)" style="fill:url('#g')"/></svg>`;
    expect(check('svg', own)).toEqual([]);
    const outside =
      '<svg><rect style="fill:url(https://evil.example/p.svg#g)"/><rect fill="url(https://evil.example/p.svg#g)"/></svg>';
    expect(check('svg', outside)).toMatchInlineSnapshot(`
      [
        "SVG 图片含有会运行或加载内容的部分（style="fill:url(https://evil.example/p.svg#g)"）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "SVG 图片含有会运行或加载内容的部分（fill="url(https://evil.example/p.svg#g)"）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
      ]
    `);
  });
});

describe('hidden links', () => {
  test('a link with no text, or inside a hidden block, is reported; an anchor and a stylesheet link are not', () => {
    const html =
      '<p><a id="top"></a>正文</p><link rel="stylesheet" href="/_astro/page.css">' +
      '<p><a href="/x"></a></p><div hidden><p><a href="/policies/">政策</a></p></div>';
    expect(check('html', html)).toMatchInlineSnapshot(`
      [
        "有读者看不到的链接（“/x”，没有文字）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请删除。",
        "有读者看不到的链接（“/policies/”，在隐藏的元素里）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请删除。",
      ]
    `);
  });
});

describe('spam words', () => {
  test('spam in a title, alt text, label, placeholder or table summary is refused; other attributes are not read', () => {
    const html =
      '<abbr title="bet365">缩写</abbr><img src="/a.png" alt="bet365体育"><nav aria-label="pornhub"><a href="/">首页</a></nav>' +
      '<input placeholder="xvideos"><table summary="91porn"><tr><td>数据</td></tr></table><div data-note="bet365">说明</div>';
    expect(check('html', html)).toMatchInlineSnapshot(`
      [
        "title 属性含有违禁内容“bet365”（赌博：bet365）。",
        "alt 属性含有违禁内容“bet365”（赌博：bet365）。",
        "aria-label 属性含有违禁内容“pornhub”（色情：pornhub）。",
        "placeholder 属性含有违禁内容“xvideos”（色情：xvideos）。",
        "summary 属性含有违禁内容“91porn”（色情：91porn）。",
      ]
    `);
  });

  test('a pinyin name that is only a warning on the denylist does not stop the page', () => {
    expect(check('html', '<p>书法家 Bai Jiale 的作品展</p>')).toEqual([]);
  });

  test('spam in the text a reader sees is refused', () => {
    expect(check('html', '<p>欢迎访问bet365</p>')).toMatchInlineSnapshot(`
      [
        "正文含有违禁内容“bet365”（赌博：bet365）。",
      ]
    `);
  });
});

describe('scripts, styles and frames', () => {
  test("the site's own scripts pass: Vite bundles, Pagefind, the editor and the reading preferences", () => {
    const html =
      '<script type="module" src="/_astro/page.B1x.js"></script><script src="/pagefind/pagefind-ui.js"></script>' +
      '<script src="/admin/editor/app.js"></script><script src="/reading-prefs.js"></script>' +
      '<script src="https://mzj.test.example.gov.cn/_astro/hoisted.js"></script>';
    expect(check('html', html)).toEqual([]);
  });

  test('a script from another host, another path or an unreadable address is refused', () => {
    const html =
      '<script src="https://evil.example/_astro/x.js"></script><script src="/other.js"></script>' +
      '<script src="https://exa mple.com/x.js"></script>';
    expect(check('html', html)).toMatchInlineSnapshot(`
      [
        "含有不属于本站程序的脚本（“<script src="https://evil.example/_astro/x.js">”）：只允许网站自己生成的脚本文件（/_astro/、/pagefind/ 等）。被篡改的网页常被植入这类脚本；请停止发布并检查来源。",
        "含有不属于本站程序的脚本（“<script src="/other.js">”）：只允许网站自己生成的脚本文件（/_astro/、/pagefind/ 等）。被篡改的网页常被植入这类脚本；请停止发布并检查来源。",
        "含有不属于本站程序的脚本（“<script src="https://exa mple.com/x.js">”）：只允许网站自己生成的脚本文件（/_astro/、/pagefind/ 等）。被篡改的网页常被植入这类脚本；请停止发布并检查来源。",
      ]
    `);
  });

  test('structured data is read as text, inline code is refused, an empty script element is nothing', () => {
    const html =
      '<script type="application/ld+json">{"name":"bet365体育"}</script><script>\n</script><script async>alert(1)</script>';
    expect(check('html', html)).toMatchInlineSnapshot(`
      [
        "正文含有违禁内容“bet365”（赌博：bet365）。",
        "网页中有内联脚本或样式（“<script async>”），严格的内容安全策略（CSP）会拦截它；脚本和样式请写成单独的文件。",
      ]
    `);
  });

  test('a <style> element, a style attribute other than a table alignment and a frame are refused', () => {
    const html =
      '<style>p { color: red }</style><table><tr><td style="text-align: right">1</td></tr></table>' +
      '<p style="color: red">红字</p><iframe src="/map.html" title="地图"></iframe>';
    expect(check('html', html)).toMatchInlineSnapshot(`
      [
        "网页中有内联脚本或样式（“<style>”），严格的内容安全策略（CSP）会拦截它；脚本和样式请写成单独的文件。",
        "网页中有内联脚本或样式（“<p style="color: red">”），严格的内容安全策略（CSP）会拦截它；脚本和样式请写成单独的文件。",
        "含有 <iframe> 标签：它会把其他网站或插件嵌进本站页面，常被用来植入广告或恶意内容。请删除。",
      ]
    `);
  });
});

describe('meta tags', () => {
  test('a declared encoding other than UTF-8 and an automatic redirect are refused', () => {
    const html =
      '<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><meta charset="utf8mb4">' +
      '<meta charset="unicode-utf-8"><meta http-equiv="Refresh" content="0;   url=https://evil.example/">' +
      '<meta http-equiv="refresh">';
    expect(check('html', html)).toMatchInlineSnapshot(`
      [
        "文件声明的字符编码是“gb2312”；网页文件必须是 UTF-8，请改为 <meta charset="utf-8"> 并另存为 UTF-8。",
        "文件声明的字符编码是“utf8mb4”；网页文件必须是 UTF-8，请改为 <meta charset="utf-8"> 并另存为 UTF-8。",
        "文件声明的字符编码是“unicode-utf-8”；网页文件必须是 UTF-8，请改为 <meta charset="utf-8"> 并另存为 UTF-8。",
        "含有自动跳转（<meta http-equiv="refresh" content="0; url=https://evil.example/">）：被篡改的网站常用它把读者送到赌博网站。请删除。",
        "含有自动跳转（<meta http-equiv="refresh" content="">）：被篡改的网站常用它把读者送到赌博网站。请删除。",
      ]
    `);
  });

  test('UTF-8 in any spelling passes, and only a charset declaration declares one', () => {
    const html =
      '<meta charset="UTF8"><meta charset="utf-8"><meta http-equiv="content-type" content="text/html">' +
      '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><meta name="viewport" content="width=device-width">' +
      '<meta name="description" content="本站旧版网页曾使用 charset=GBK，现已全部改为统一编码">' +
      '<p><a charset="gb2312" href="/files/guide.txt">办事指南</a></p>';
    expect(check('html', html)).toEqual([]);
  });

  test('description and keywords are read for spam; the page check reads the government meta tags', () => {
    const html =
      '<meta name="Description" content="bet365">' +
      '<meta name="KEYWORDS" content="pornhub"><meta name="ArticleTitle" content="xvideos">';
    expect(check('html', html)).toMatchInlineSnapshot(`
      [
        "<meta name="description">含有违禁内容“bet365”（赌博：bet365）。",
        "<meta name="keywords">含有违禁内容“pornhub”（色情：pornhub）。",
      ]
    `);
  });
});

describe('reading the tree', () => {
  const { tree } = checkDocument(
    'html',
    '<title>测试区民政局</title><main><article><h1>关于提高最低生活保障标准的通知</h1></article><h1>第二个标题</h1>' +
      '<p>政务<!-- 注 --><b>公开</b></p></main>',
    rules,
  );

  test('the first element of a tag in document order is found, past elements without it', () => {
    expect(textOf(findElement(tree!, 'title')!)).toBe('测试区民政局');
    expect(textOf(findElement(tree!, 'h1')!)).toBe('关于提高最低生活保障标准的通知');
    expect(findElement(tree!, 'video')).toBeUndefined();
  });

  test('the text of an element joins its inline parts and leaves out comments', () => {
    expect(textOf(findElement(tree!, 'p')!)).toBe('政务公开');
  });

  test('a start tag is shown as written: a switched-on attribute by its name, a switched-off one not at all', () => {
    const video: Element = {
      type: 'element',
      tagName: 'video',
      properties: { controls: true, muted: false, poster: '/images/poster.png' },
      children: [],
    };
    expect(tagOf(video)).toMatchInlineSnapshot(`"<video controls poster="/images/poster.png">"`);
  });
});
