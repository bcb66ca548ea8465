/**
 * The page check of the built output (src/lib/integrity/pages.ts), case by case: every page
 * carries the site name and its title exactly once, document pages the title their content
 * gives, the editor its fixed title; and over a whole output folder, links, encodings, SVG and
 * XML files, fragments dropped into public/ and verification tokens.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkPage, checkPages, expectations, type Expectations } from '../../src/lib/integrity/pages.ts';
import { compileDenylist, parseDenylist, PROJECT_DENYLIST } from '../../src/lib/guard/denylist.ts';
import { domainAllowlist } from '../../src/lib/guard/domains.ts';
import type { DocumentRules } from '../../src/lib/guard/documents.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { projectRoot } from '../helpers/build.ts';

const denylist = compileDenylist(parseDenylist(readFileSync(PROJECT_DENYLIST, 'utf8'), 'x').entries);
const rules: DocumentRules = {
  denylist,
  allowlist: domainAllowlist({ domain: 'mzj.test.example.gov.cn', links: [], allowedDomains: [] }),
};
const SITE = '测试区民政局';
const DOCUMENT = '关于提高最低生活保障标准的通知';
const expect_: Expectations = {
  siteName: SITE,
  documents: new Map([['/policies/2024/new-standard/', DOCUMENT]]),
};

/** The parts of a page; `null` leaves the part out. */
type Parts = {
  title?: string | null;
  siteName?: string | null;
  header?: string | null;
  article?: string | null;
  h1?: string | null;
  extra?: string;
};

/** A page as BaseLayout writes it. */
function page(parts: Parts = {}): string {
  const {
    title = `${DOCUMENT} - ${SITE}`,
    siteName = SITE,
    header = SITE,
    article = DOCUMENT,
    h1 = DOCUMENT,
    extra = '',
  } = parts;
  return (
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script src="/reading-prefs.js"></script>' +
    (title === null ? '' : `<title>${title}</title>`) +
    (siteName === null ? '' : `<meta name="SiteName" content="${siteName}">`) +
    (article === null ? '' : `<meta name="ArticleTitle" content="${article}">`) +
    '</head><body>' +
    (header === null ? '' : `<header><a class="site-name" href="/" data-astro-cid-x>${header}</a></header>`) +
    `<main>${h1 === null ? '' : `<h1>${h1}</h1>`}${extra}</main></body></html>`
  );
}

const DOC_FILE = 'policies/2024/new-standard/index.html';
const check = (html: string, file = DOC_FILE) => checkPage(file, html, expect_, rules);

describe('what the content expects of the pages', () => {
  test('without content/site.yaml there is no site name to expect, so nothing is expected', () => {
    const loaded = loadContent(sitePaths(projectRoot));
    expect(expectations({ ...loaded, site: undefined })).toBeUndefined();
  });
});

describe('a document page', () => {
  test('line breaks and runs of spaces in the title and <h1> are read as a browser shows them', () => {
    const html = page({
      title: `\n    ${DOCUMENT}  -\n      ${SITE}\n  `,
      h1: `\n  关于提高最低生活保障标准的通知\n`,
    });
    expect(check(html)).toEqual({ problems: [], title: `${DOCUMENT} - ${SITE}` });
  });

  test('an ordinary link in the body is not a second site name in the header', () => {
    const extra =
      '<p>详见<a href="/policies/">政策文件库</a>和<a class="more" href="/policies/2024/">2024 年文件</a>。</p>';
    expect(check(page({ extra })).problems).toEqual([]);
  });

  test('the <title> of an inline SVG icon names the picture, not the page', () => {
    const icon =
      '<p><svg viewBox="0 0 10 10" role="img"><g><title>打印</title><circle cx="5" cy="5" r="4"></circle></g></svg>打印本页</p>';
    expect(check(page({ extra: icon }))).toEqual({ problems: [], title: `${DOCUMENT} - ${SITE}` });
  });

  test('a page with no <title> is reported once, for the missing title, and records an empty title', () => {
    const result = check(page({ title: null }));
    expect(result.title).toBe('');
    expect(result.problems).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: <title> 有 0 处，应正好 1 处。",
      ]
    `);
  });

  test('two <title> elements are reported, and the first one is what the page records', () => {
    const html = page({ extra: `<title>澳门新葡京 - ${SITE}</title>` });
    const result = check(html);
    expect(result.title).toBe(`${DOCUMENT} - ${SITE}`);
    expect(result.problems[0]).toMatchInlineSnapshot(
      `"policies/2024/new-standard/index.html: <title> 有 2 处，应正好 1 处。"`,
    );
  });

  test('a page without SiteName, header site name, ArticleTitle and <h1> gets one message for each', () => {
    expect(check(page({ siteName: null, header: null, article: null, h1: null })).problems).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: <meta name="SiteName"> 有 0 处，应正好 1 处。",
        "policies/2024/new-standard/index.html: 页头网站名称 有 0 处，应正好 1 处。",
        "policies/2024/new-standard/index.html: <meta name="ArticleTitle"> 有 0 处，应正好 1 处。",
        "policies/2024/new-standard/index.html: 页面大标题 <h1> 是“”，应为“关于提高最低生活保障标准的通知”。",
      ]
    `);
  });

  test('a SiteName meta tag without content is an empty site name', () => {
    const html = page().replace(`<meta name="SiteName" content="${SITE}">`, '<meta name="SiteName">');
    expect(check(html).problems).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: SiteName 是“”，应为网站名称“测试区民政局”（content/site.yaml 的 name）。",
      ]
    `);
  });

  test('a spam word in a second <h1> further down is reported by the gate as text, not as the page heading', () => {
    const result = check(page({ extra: '<h1>澳门新葡京</h1>' }));
    expect(result.problems.map((problem) => problem.replace(/。.*$/, '。'))).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: 正文含有违禁内容“澳门新葡京”（赌博：澳门+葡京）。",
      ]
    `);
  });

  test('a betting brand such as 777bet is refused in a title, where only names are checked for it', () => {
    expect(check(page({ title: `777bet - ${SITE}` })).problems).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: <title> 含有违禁内容“777bet”（赌博：\\d{2,4}bet|bet\\d{2,4}）。",
        "policies/2024/new-standard/index.html: 网页标题 <title> 是“777bet - 测试区民政局”，应为“关于提高最低生活保障标准的通知 - 测试区民政局”。",
      ]
    `);
  });

  test('pinyin that only might be gambling (baijiale) is a warning, so it does not stop a title', () => {
    const html = page({ title: `Baijiale - ${SITE}` });
    expect(check(html).problems).toEqual([
      `${DOC_FILE}: 网页标题 <title> 是“Baijiale - ${SITE}”，应为“${DOCUMENT} - ${SITE}”。`,
    ]);
  });

  test('a denied title is reported where it stands, and the gate still reports an inline script', () => {
    const html = page({ title: `澳门新葡京 - ${SITE}`, extra: '<script>location.href="/x"</script>' });
    expect(check(html).problems.map((problem) => problem.replace(/：它.*$|；.*$/, ''))).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: <title> 含有违禁内容“澳门新葡京”（赌博：澳门+葡京）。",
        "policies/2024/new-standard/index.html: 网页中有内联脚本或样式（“<script>”），严格的内容安全策略（CSP）会拦截它",
        "policies/2024/new-standard/index.html: 网页标题 <title> 是“澳门新葡京 - 测试区民政局”，应为“关于提高最低生活保障标准的通知 - 测试区民政局”。",
      ]
    `);
  });

  test('a disguised spam word longer than 80 characters is quoted cut at 80, and reported once', () => {
    const long = `b${'-'.repeat(75)}et365`; // 81 characters
    const problems = check(page({ title: `${long} - ${SITE}` })).problems;
    expect(problems.filter((problem) => problem.includes('违禁'))).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: <title> 含有违禁内容“b---------------------------------------------------------------------------et36…”（赌博：bet365）。",
      ]
    `);
  });

  test('a disguised spam word of exactly 80 characters is quoted whole', () => {
    const exact = `b${'-'.repeat(74)}et365`; // 80 characters
    const problems = check(page({ title: `${exact} - ${SITE}` })).problems;
    expect(problems.filter((problem) => problem.includes('违禁'))).toMatchInlineSnapshot(`
      [
        "policies/2024/new-standard/index.html: <title> 含有违禁内容“b--------------------------------------------------------------------------et365”（赌博：bet365）。",
      ]
    `);
  });
});

describe('a page the content does not name', () => {
  const LIST = 'policies/index.html';

  test('the home page may carry the bare site name as its title', () => {
    const home = page({ title: SITE, article: null, h1: SITE });
    expect(checkPage('index.html', home, expect_, rules)).toEqual({ problems: [], title: SITE });
  });

  test('a list page without a title is reported for the missing title only', () => {
    expect(check(page({ title: null, article: null, h1: '政策文件库' }), LIST).problems).toMatchInlineSnapshot(`
      [
        "policies/index.html: <title> 有 0 处，应正好 1 处。",
      ]
    `);
  });

  test('an ArticleTitle the content does not know must agree with the page’s own <h1>', () => {
    const agreeing = page({ title: `工作动态 - ${SITE}`, article: '工作动态', h1: '工作动态' });
    expect(check(agreeing, LIST).problems).toEqual([]);
    const disagreeing = page({ title: `工作动态 - ${SITE}`, article: '澳门赌场开业', h1: '工作动态' });
    expect(check(disagreeing, LIST).problems).toMatchInlineSnapshot(`
      [
        "policies/index.html: ArticleTitle 含有违禁内容“澳门赌场”（赌博：澳门+赌场）。",
        "policies/index.html: ArticleTitle 是“澳门赌场开业”，应为“工作动态”。",
      ]
    `);
    const noHeading = page({ title: `工作动态 - ${SITE}`, article: '工作动态', h1: null });
    expect(check(noHeading, LIST).problems).toMatchInlineSnapshot(`
      [
        "policies/index.html: ArticleTitle 是“工作动态”，应为“”。",
      ]
    `);
  });
});

describe('the editor at /admin/', () => {
  const ADMIN = 'admin/index.html';
  /** The editor's page: no site chrome, a fixed title. */
  const admin = (title: string | null) =>
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
    (title === null ? '' : `<title>${title}</title>`) +
    '<script src="/admin/editor/app.js"></script></head><body><noscript>内容编辑器需要浏览器启用 JavaScript。</noscript></body></html>';

  test('needs no site name in a header, only its fixed title', () => {
    expect(checkPage(ADMIN, admin(`内容编辑 - ${SITE}`), expect_, rules)).toEqual({
      problems: [],
      title: `内容编辑 - ${SITE}`,
    });
  });

  test('with another title is reported, naming the title it must have', () => {
    expect(checkPage(ADMIN, admin(`后台管理 - ${SITE}`), expect_, rules)).toMatchInlineSnapshot(`
      {
        "problems": [
          "admin/index.html: 网页标题 <title> 是“后台管理 - 测试区民政局”，应为“内容编辑 - 测试区民政局”。",
        ],
        "title": "后台管理 - 测试区民政局",
      }
    `);
  });

  test('without a title is reported for the missing title only', () => {
    expect(checkPage(ADMIN, admin(null), expect_, rules).problems).toMatchInlineSnapshot(`
      [
        "admin/index.html: <title> 有 0 处，应正好 1 处。",
      ]
    `);
  });
});

describe('the whole output folder', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'gongkai-pages-'));
  const outside = mkdtempSync(join(tmpdir(), 'gongkai-outside-'));
  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });
  const put = (file: string, content: string | Uint8Array) => {
    mkdirSync(join(outDir, file, '..'), { recursive: true });
    writeFileSync(join(outDir, file), content);
  };

  test('pages are checked and listed, other documents gated, links, bad encodings and fragments refused', () => {
    const home = page({ title: SITE, article: null, h1: SITE });
    put('index.html', home);
    put(DOC_FILE, page());
    put('baidu_verify_codeva-AbC123.html', 'a1b2c3d4e5f6');
    put('images/logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    put('styles/site.css', 'body { color: #222; }');
    put('images/badge.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    put('old/notice.html', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>通知</p>', 'utf16le')]));
    put('promo.html', '<meta http-equiv="refresh" content="0;url=https://bet.example.com/">');
    writeFileSync(join(outside, 'secret.html'), home);
    symlinkSync(join(outside, 'secret.html'), join(outDir, 'linked.html'));

    const files = [
      'baidu_verify_codeva-AbC123.html',
      'images/badge.svg',
      'images/logo.png',
      'index.html',
      'linked.html',
      'old/notice.html',
      DOC_FILE,
      'promo.html',
      'styles/site.css',
    ];
    const result = checkPages(outDir, files, expect_, rules);
    expect(result.pages).toEqual([
      { path: '/', file: 'index.html', title: SITE },
      { path: '/policies/2024/new-standard/', file: DOC_FILE, title: `${DOCUMENT} - ${SITE}` },
      { path: '/promo.html', file: 'promo.html', title: '' },
    ]);
    expect(result.problems).toMatchInlineSnapshot(`
      [
        "images/badge.svg: SVG 图片含有会运行或加载内容的部分（<script>）：只允许纯图形的 SVG。请用绘图软件另存为“纯 SVG”或改用 PNG。",
        "linked.html: 是一个符号链接：它会把网站以外的文件发布出去。请从 public/ 中删除这个链接，换成文件本身。",
        "old/notice.html: 文件是 UTF-16 编码；网页文件必须是 UTF-8，请用编辑器“另存为 UTF-8”。",
        "promo.html: <title> 有 0 处，应正好 1 处。",
        "promo.html: 含有自动跳转（<meta http-equiv="refresh" content="0;url=https://bet.example.com/">）：被篡改的网站常用它把读者送到赌博网站。请删除。",
        "promo.html: <meta name="SiteName"> 有 0 处，应正好 1 处。",
        "promo.html: 页头网站名称 有 0 处，应正好 1 处。",
      ]
    `);
  });

  test('an output folder without documents has nothing to report', () => {
    const empty = mkdtempSync(join(outside, 'empty-'));
    writeFileSync(join(empty, 'robots.txt'), 'User-agent: *\n');
    expect(checkPages(empty, ['robots.txt'], expect_, rules)).toEqual({ problems: [], pages: [] });
  });
});
