/**
 * The content guard over a whole site folder and over single documents
 * (src/lib/guard/check.ts): the site's own denylist, site.yaml and organisation.yaml, the pages
 * of public/, the fields that name who publishes, which fields are judged as addresses, the
 * quoted texts of messages, the lines a denied word is reported on, the HTML rules for MDX
 * elements, the props of components, and the check cache that must not mix up two guards' settings.
 * Sites are small copies of tests/fixtures/valid-site written under the system's temp folder.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { PROJECT_DENYLIST, compileDenylist, parseDenylist } from '../../src/lib/guard/denylist.ts';
import { checkGuard, createGuard, guardEntry, type Guard } from '../../src/lib/guard/check.ts';
import { formatProblem, sortProblems, type Problem } from '../../src/lib/content/problems.ts';
import { parseSource } from '../../src/lib/content/read.ts';
import { loadContent, loadSiteConfig } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { closeBodyCache, openBodyCache } from '../../src/lib/content/bodyCache.ts';
import { fixturesDir, projectRoot } from '../helpers/build.ts';

const project = parseDenylist(readFileSync(PROJECT_DENYLIST, 'utf8'), 'src/guard/denylist.yaml');
const denylist = compileDenylist(project.entries);
const site = loadSiteConfig(sitePaths(projectRoot)).site!;

const temporary: string[] = [];
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});
const tempFolder = (prefix: string) => {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(folder);
  return folder;
};

const baseSite = join(fixturesDir, 'valid-site');
const siteYaml = readFileSync(join(baseSite, 'content/site.yaml'), 'utf8');

/** The guard's problems over a copy of the valid test site with `files` written over it. */
function guardSite(files: Record<string, string>): Problem[] {
  const root = tempFolder('gongkai-guard-site-');
  cpSync(baseSite, root, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  const paths = sitePaths(root);
  return checkGuard(loadContent(paths), paths);
}

/** The problems of one Markdown/MDX file with front matter, as objects. */
function guardDocument(source: string, file: string, guard: Guard = createGuard(site, denylist)): Problem[] {
  const parsed = parseSource(source, file, false);
  guardEntry(guard, { file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf });
  return guard.problems;
}

/** …as `npm run check` prints them. */
const printed = (problems: Problem[]) => sortProblems(problems).map(formatProblem);

const article = (body: string, frontMatter = 'title: 区民政局开展敬老月活动\ncolumn: gzdt') =>
  `---\n${frontMatter}\n---\n\n${body}\n`;
const ARTICLE = 'content/articles/gzdt/test.md';
const BULLETIN = 'content/bulletins/2025/01.mdx';

/** A public page: `<title>` and body. */
const page = (title: string, body = '<p>本局门户网站旧版页面。</p>') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

describe('the guard over a site folder', () => {
  test("a mistake in the site's own denylist is reported with the guard's findings", () => {
    const problems = guardSite({
      'content/guard/denylist.yaml': 'entries:\n  - { pattern: "[a-", category: 赌博, rule: always }\n',
    });
    expect(printed(problems)).toMatchInlineSnapshot(`
      [
        "content/guard/denylist.yaml:2: entries[1].pattern（格式）: 正则表达式“[a-”写法有误，无法使用；请按 JavaScript 正则表达式的语法改正。",
      ]
    `);
  });

  test('the 友情链接 of site.yaml are the allowlist and are not judged; a links list planted in organisation.yaml is', () => {
    const problems = guardSite({
      'content/site.yaml': siteYaml.replace(
        '  - title: 中华人民共和国民政部\n    url: https://www.mca.gov.cn/',
        '  - title: https://mca.gov.cn/\n    url: https://www.mca.gov.cn/',
      ),
      'content/organisation.yaml': `${readFileSync(join(baseSite, 'content/organisation.yaml'), 'utf8')}links:\n  - https://www.example.com/bet\n`,
    });
    expect(printed(problems)).toMatchInlineSnapshot(`
      [
        "content/organisation.yaml:20: links[1]（友情链接）: 链接“https://www.example.com/bet”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
      ]
    `);
  });

  test('a page in public/ is checked like a built page, its <title> as a name: every finding is an error', () => {
    const problems = guardSite({
      'public/old/notice.html': page('888bet 新葡京官方网站'),
      'public/old/index.html': page('测试区民政局（旧版）', '<p><a href="https://www.example.com/">更多</a></p>'),
    });
    expect(problems.filter((problem) => problem.file.startsWith('public/'))).toMatchInlineSnapshot(`
      [
        {
          "field": "",
          "file": "public/old/index.html",
          "message": "<a> 链接到 www.example.com（“https://www.example.com/”），不在允许名单中（content/site.yaml 的 links、allowedDomains 和本站域名）。",
          "severity": "error",
        },
        {
          "field": "",
          "file": "public/old/notice.html",
          "message": "<title> 含有违禁内容“888bet”（赌博：\\d{2,4}bet|bet\\d{2,4}）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
          "severity": "error",
        },
        {
          "field": "",
          "file": "public/old/notice.html",
          "message": "<title> 含有违禁内容“新葡京”（赌博：新葡京）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
          "severity": "error",
        },
      ]
    `);
  });

  test("every <title> in public/ is a name: an SVG's, each item's of a feed; pinyin stays a warning", () => {
    const problems = guardSite({
      'public/feed.xml':
        '<?xml version="1.0"?><rss><channel><title>测试区民政局</title><item><title>百家乐开户</title></item></channel></rss>',
      'public/icon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><title>澳门新葡京</title></svg>',
      'public/a.html': page('xinpujing'),
    });
    expect(printed(problems.filter((problem) => problem.file.startsWith('public/'))).map((line) => line.slice(0, 60)))
      .toMatchInlineSnapshot(`
      [
        "public/feed.xml: <title> 含有违禁内容“百家乐”（赌博：百家乐）。被篡改的政府网站常被植入这类赌",
        "public/icon.svg: <title> 含有违禁内容“澳门新葡京”（赌博：澳门+葡京）。被篡改的政府网站常被植",
        "警告 public/a.html: <title> 含有疑似违禁内容的拼音“xinpujing”（赌博：xinpujin",
      ]
    `);
  });

  test('a folder named like a page (public/archive.html/) is walked, not read as a file', () => {
    const problems = guardSite({ 'public/archive.html/index.html': page('六合彩开奖') });
    expect(printed(problems)).toMatchInlineSnapshot(`
      [
        "public/archive.html/index.html: <title> 含有违禁内容“六合彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });

  test("the editor's git settings (cms) are not judged, a cms key planted deeper in a file is", () => {
    const organisation = readFileSync(join(baseSite, 'content/organisation.yaml'), 'utf8');
    const problems = guardSite({
      // The sign-in service of the git host is on another domain: it is no link of the site.
      'content/site.yaml': `${siteYaml}cms:\n  backend: gitlab\n  repo: mzj/site\n  baseUrl: https://auth.example.com/\n`,
      'content/organisation.yaml': organisation.replace(
        '    phone: 0599-0000 0001',
        '    phone: 0599-0000 0001\n    cms: https://www.example.com/bet',
      ),
    });
    expect(printed(problems)).toMatchInlineSnapshot(`
      [
        "content/organisation.yaml:12: departments[1].cms（浏览器编辑器）: 链接“https://www.example.com/bet”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
      ]
    `);
  });

  test('a field left empty in organisation.yaml is no text to check, and the rest of the file is still checked', () => {
    const organisation = readFileSync(join(baseSite, 'content/organisation.yaml'), 'utf8');
    const problems = guardSite({
      'content/organisation.yaml': organisation
        .replace('    address: 测试区测试路 2 号', '    address:')
        .replace('    event: 设立区民政科。', '    event: 设立区民政科。六合彩开奖'),
    });
    expect(printed(problems)).toMatchInlineSnapshot(`
      [
        "content/organisation.yaml:18: history[1].event（沿革事项）: 含有违禁内容“六合彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });

  test('with an invalid site.yaml the pages of public/ are not judged: there is no allowlist to judge them by', () => {
    const link = page('测试区民政局（旧版）', '<p><a href="https://www.example.com/">更多</a></p>');
    const invalid = siteYaml.replace('domain: mzj.test.example.gov.cn', 'domain: https://mzj.test.example.gov.cn');
    expect(guardSite({ 'content/site.yaml': invalid, 'public/index.html': link })).toEqual([]);
    // The same page with the site fixed: the link is judged.
    expect(guardSite({ 'public/index.html': link }).map((problem) => problem.file)).toEqual(['public/index.html']);
  });
});

describe('fields', () => {
  test('a pinyin phrase in a field is a warning; a denied word and a foreign address are errors', () => {
    const problems = guardDocument(
      article(
        '正文。',
        'title: 关于 xinpujing 的情况说明\ncolumn: gzdt\nsource: 新葡京\nonlineUrl: https://www.example.com/',
      ),
      ARTICLE,
    );
    expect(sortProblems(problems).map((problem) => `${problem.severity} ${formatProblem(problem)}`))
      .toMatchInlineSnapshot(`
        [
          "error content/articles/gzdt/test.md:4: source（来源）: 含有违禁内容“新葡京”（赌博：新葡京）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
          "error content/articles/gzdt/test.md:5: onlineUrl（网上办理网址）: 链接“https://www.example.com/”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
          "warning 警告 content/articles/gzdt/test.md:2: title（标题）: 含有疑似违禁内容的拼音“xinpujing”（赌博：xinpujing）；如果这不是本单位写的，请报告网站管理员。拼音也可能是正常用语，所以只是提醒，不阻止发布。",
        ]
      `);
  });

  test('an article is not site.yaml: an address planted under links in its front matter is judged', () => {
    const problems = guardDocument(
      article('正文。', 'title: 区民政局开展敬老月活动\ncolumn: gzdt\nlinks:\n  - https://www.example.com/bet'),
      ARTICLE,
    );
    expect(printed(problems)).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:5: links[1]（友情链接）: 链接“https://www.example.com/bet”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
      ]
    `);
  });
});

describe('fields that name who publishes', () => {
  test('a names-only pattern applies to the title and to every issuer of a list, not to the summary', () => {
    const policy = [
      '---',
      'title: 关于 888bet 的通知',
      'issuers:',
      '  - 云川市柳塘区人民政府办公室',
      '  - 888bet 公司',
      'summary: 活动编号 888bet。',
      '---',
      '',
      '正文。',
      '',
    ].join('\n');
    expect(printed(guardDocument(policy, 'content/policies/2025/test.md'))).toMatchInlineSnapshot(`
      [
        "content/policies/2025/test.md:2: title（标题）: 含有违禁内容“888bet”（赌博：\\d{2,4}bet|bet\\d{2,4}）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
        "content/policies/2025/test.md:5: issuers[2]（发文机关）: 含有违禁内容“888bet”（赌博：\\d{2,4}bet|bet\\d{2,4}）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });
});

describe('addresses in fields', () => {
  test('a field that starts like an address is judged, http: too; text that only begins like a scheme is not', () => {
    // 来源 written as the address of the page an article was copied from.
    const copied = guardDocument(
      article('正文。', 'title: 区民政局开展敬老月活动\ncolumn: gzdt\nsource: http://www.example.com/news/1.html'),
      ARTICLE,
    );
    expect(printed(copied)).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:4: source（来源）: 链接“http://www.example.com/news/1.html”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
      ]
    `);
    const guide = '---\ntitle: 结婚登记\nfee: RMB:20元/本\n---\n\n正文。\n';
    expect(guardDocument(guide, 'content/guides/hysy/jiehun-dengji.md')).toEqual([]);
  });
});

describe('quoted texts in messages', () => {
  test('an address of exactly 60 characters is quoted whole, a longer one is cut with …', () => {
    const sixty = 'https://www.example.com/guides/marriage-registration/apply/1';
    const guide = `---\ntitle: 结婚登记\nonlineUrl: ${sixty}\n---\n\n[在线办理](${sixty}2)\n`;
    expect(printed(guardDocument(guide, 'content/guides/hysy/jiehun-dengji.md'))).toMatchInlineSnapshot(`
      [
        "content/guides/hysy/jiehun-dengji.md:3: onlineUrl（网上办理网址）: 链接“https://www.example.com/guides/marriage-registration/apply/1”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
        "content/guides/hysy/jiehun-dengji.md:6: 链接“https://www.example.com/guides/marriage-registration/apply/1…”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
      ]
    `);
  });

  test('a link commented out over several indented lines is quoted on one line', () => {
    const body = '<!--\n    <a href="https://www.gov.cn/">中国政府网</a>\n-->';
    expect(printed(guardDocument(article(body), ARTICLE))).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:6: 注释中含有链接（“<!-- <a href="https://www.gov.cn/">中国政府网</a> -->”）：注释不显示给读者，却会发布到网页中，常被用来藏“黑链”。请删除这段注释。",
      ]
    `);
  });
});

describe('the line a denied word is reported on', () => {
  test('the line of the word itself, in a paragraph of several lines, after a comment or emphasis', () => {
    const body = [
      '欢迎<!--', // 6: a comment between two text nodes of one paragraph
      '-->澳门娱乐场', // 7
      '',
      '通知如下：', // 9: one text node over three lines
      '第二行有六合彩',
      '第三行',
      '',
      '甲乙丙丁', // 13: the word starts exactly where the emphasis starts
      '*新葡京*',
      '乙',
      '丙',
    ].join('\n');
    const problems = guardDocument(article(body), ARTICLE);
    expect(problems.map((problem) => `${problem.line} ${/“(.+?)”/.exec(problem.message)?.[1]}`)).toEqual([
      '7 澳门娱乐',
      '10 六合彩',
      '14 新葡京',
    ]);
  });
});

describe('Markdown and HTML elements', () => {
  test('an anchor without href is no link; names-only patterns do not apply to alt texts and link titles', () => {
    const body = [
      '<p><a title="锚点"></a>第一条</p>',
      '',
      '<img src="/files/a.png" alt="888bet">',
      '',
      '[中国政府网](https://www.gov.cn/ "888bet")',
      '',
      '<div>\n<a href="/policies/"></a>\n</div>',
    ].join('\n');
    expect(printed(guardDocument(article(body), ARTICLE))).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:13: 链接没有读者能看到的文字（“<a href="/policies/">”）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请给链接写上文字，或删除它。",
      ]
    `);
  });

  test('an href on a tag that is no link does not make an empty link (an empty table cell)', () => {
    const body = '<table><tr><td href="/policies/"></td><td>见政策文件</td></tr></table>';
    expect(printed(guardDocument(article(body), ARTICLE))).toEqual([]);
  });

  test('a comment expression in MDX is a comment: a link in it is refused', () => {
    const body = '{/* 备用：<a href="https://www.gov.cn/">中国政府网</a> */}\n\n{/* 六合彩 */}\n\n{/* 说明 */}';
    expect(printed(guardDocument(article(body), BULLETIN))).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/01.mdx:6: 注释中含有链接（“/* 备用：<a href="https://www.gov.cn/">中国政府网</a> */”）：注释不显示给读者，却会发布到网页中，常被用来藏“黑链”。请删除这段注释。",
        "content/bulletins/2025/01.mdx:8: 注释含有违禁内容“六合彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });
});

describe('HTML elements in MDX', () => {
  test('are held to the HTML rules, their literal values read as they would be rendered', () => {
    const body = [
      '<div hidden>', // 6
      '',
      '[](https://www.gov.cn/)',
      '',
      '</div>',
      '',
      '<iframe allowfullscreen src="https://www.gov.cn/" />', // 12
      '',
      '<a href={"https://www.example.com/a"}>示例</a>', // 14
      '',
      '<a href="https://www.example.com/b">示例</a>', // 16
      '',
      '<div {...props}>文字</div>', // 18
      '',
      '<p style={{color: "red"}}>文字</p>', // 20
      '',
      '<a id="top">顶部</a>', // 22
      '',
      '<>片段</>', // 24
    ].join('\n');
    const problems = guardDocument(article(body), BULLETIN);
    expect(new Set(problems.map((problem) => problem.severity))).toEqual(new Set(['error']));
    expect(printed(problems)).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/01.mdx:6: 正文中的 <div> 不允许使用 hidden 属性隐藏内容：读者看不到、只有搜索引擎能看到的文字和链接是网站被挂“黑链”的典型手法。请删除。",
        "content/bulletins/2025/01.mdx:12: 正文中不允许使用 <iframe> 标签（“<iframe allowfullscreen src="https://www.gov.cn/">”）：它会把其他网站的页面嵌进本站，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。",
        "content/bulletins/2025/01.mdx:14: 链接“https://www.example.com/a”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
        "content/bulletins/2025/01.mdx:16: 链接“https://www.example.com/b”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
        "content/bulletins/2025/01.mdx:18: MDX 中不允许使用 {…} 表达式（“{...props}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。",
        "content/bulletins/2025/01.mdx:20: MDX 中不允许使用 {…} 表达式（“style={{color: "red"}}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。",
        "content/bulletins/2025/01.mdx:20: 正文中的 <p> 不允许使用 style 属性（“<p style>”）：它能把链接和文字隐藏起来，只给搜索引擎看。请删除；排版请用 Markdown。",
        "content/bulletins/2025/01.mdx:22: 正文中的 <a> 不允许使用 id 属性（class、id 等可以套用网站样式把内容隐藏）；只能用 href、src、alt、title 等基本属性。请删除。",
      ]
    `);
  });

  test('inside a sentence too: a link to another site, an element that hides text', () => {
    const body = '详见<a href="https://www.example.com/">示例网站</a>。\n\n另有<span hidden>隐藏的文字</span>。';
    expect(printed(guardDocument(article(body), BULLETIN))).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/01.mdx:6: 链接“https://www.example.com/”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
        "content/bulletins/2025/01.mdx:8: 正文中的 <span> 不允许使用 hidden 属性隐藏内容：读者看不到、只有搜索引擎能看到的文字和链接是网站被挂“黑链”的典型手法。请删除。",
      ]
    `);
  });
});

describe('props of the site’s components', () => {
  test('a prop is judged as a link only when it reads as an address; otherwise its text is checked', () => {
    const figures = [
      'https://www.example.com/a',
      ' https://www.example.com/b',
      '//www.example.com/c',
      '澳门娱乐场vip:8',
      '/新葡京',
      '六合彩',
    ];
    const body = figures.map((label) => `<KeyFigure label="${label}" value="1" />`).join('\n\n');
    expect(printed(guardDocument(article(body), BULLETIN))).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/01.mdx:6: 链接“https://www.example.com/a”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
        "content/bulletins/2025/01.mdx:8: 链接“https://www.example.com/b”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
        "content/bulletins/2025/01.mdx:10: 链接“//www.example.com/c”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
        "content/bulletins/2025/01.mdx:12: 组件属性 label 含有违禁内容“澳门娱乐”（赌博：澳门+娱乐）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
        "content/bulletins/2025/01.mdx:14: 组件属性 label 含有违禁内容“新葡京”（赌博：新葡京）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
        "content/bulletins/2025/01.mdx:16: 组件属性 label 含有违禁内容“六合彩”（赌博：六合彩）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });

  test('a names-only pattern applies to a component’s title, not to its other props', () => {
    const body =
      '<KeyFigures title="888bet">\n<KeyFigure label="888bet" value="1" />\n</KeyFigures>\n\n<KeyFigure label={"新葡京"} value={1056} />';
    expect(printed(guardDocument(article(body), BULLETIN))).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/01.mdx:6: 组件属性 title 含有违禁内容“888bet”（赌博：\\d{2,4}bet|bet\\d{2,4}）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
        "content/bulletins/2025/01.mdx:10: 组件属性 label 含有违禁内容“新葡京”（赌博：新葡京）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });
});

describe('the guard with the check cache', () => {
  /** Runs `check` with the body cache open on a fresh cache file; returns what was stored. */
  function withCache(check: () => void): Record<string, unknown> {
    const file = join(tempFolder('gongkai-guard-cache-'), 'cache.json');
    openBodyCache(file);
    try {
      check();
    } finally {
      closeBodyCache();
    }
    return (JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, unknown> }).entries;
  }

  const linking = article('详见[通知](https://www.example.com/news)。');
  const spam = article('欢迎光临新某娱乐。');

  test('a guard that allows other domains does not reuse another guard’s findings', () => {
    const wider = createGuard({ ...site, allowedDomains: [...site.allowedDomains, 'www.example.com'] }, denylist);
    const entries = withCache(() => {
      expect(guardDocument(linking, ARTICLE, wider)).toEqual([]);
      expect(printed(guardDocument(linking, ARTICLE, createGuard(site, denylist)))).toEqual([
        expect.stringMatching(/^content\/articles\/gzdt\/test\.md:6: 链接“https:\/\/www\.example\.com\/news”/),
      ]);
      // The same settings again: the remembered result, the same finding.
      expect(printed(guardDocument(linking, ARTICLE, createGuard(site, denylist)))).toHaveLength(1);
    });
    expect(Object.keys(entries)).toHaveLength(2);
  });

  test('a guard with a longer denylist does not reuse another guard’s findings', () => {
    const longer = compileDenylist([
      ...project.entries,
      ...parseDenylist(
        'entries:\n  - { term: 新某娱乐, category: 赌博, rule: always }\n',
        'content/guard/denylist.yaml',
      ).entries,
    ]);
    withCache(() => {
      expect(guardDocument(spam, ARTICLE, createGuard(site, denylist))).toEqual([]);
      expect(printed(guardDocument(spam, ARTICLE, createGuard(site, longer)))).toEqual([
        expect.stringMatching(/^content\/articles\/gzdt\/test\.md:6: 正文含有违禁内容“新某娱乐”/),
      ]);
    });
  });

  test('a document without a body is not read, so nothing is remembered for it', () => {
    // An MDX body keeps the front matter's lines as blanks: white space only, still no body.
    const entries = withCache(() => {
      expect(guardDocument('---\ntitle: 区民政局开展敬老月活动\ncolumn: gzdt\n---\n\n\n', ARTICLE)).toEqual([]);
      expect(guardDocument('---\ntitle: 测试工作简报\n---\n\n', BULLETIN)).toEqual([]);
    });
    expect(entries).toEqual({});
  });
});
