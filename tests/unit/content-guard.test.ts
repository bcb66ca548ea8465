/**
 * The content guard without building: the normaliser that undoes spam's disguises, the denylist
 * and its combinations, the HTML rules for bodies, MDX components and the domain allowlist.
 * Messages editors read are pinned with inline snapshots.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalText, normalize, originalOf } from '../../src/lib/guard/normalize.ts';
import {
  PROJECT_DENYLIST,
  compileDenylist,
  findDenied,
  loadDenylist,
  parseDenylist,
  type Scope,
} from '../../src/lib/guard/denylist.ts';
import { checkGuard, createGuard, guardEntry } from '../../src/lib/guard/check.ts';
import { allowedComponents } from '../../src/user-components/allowed.ts';
import { domainAllowlist, judgeUrl } from '../../src/lib/guard/domains.ts';
import { formatProblem, sortProblems } from '../../src/lib/content/problems.ts';
import { parseSource } from '../../src/lib/content/read.ts';
import { loadContent, loadSiteConfig } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { projectRoot } from '../helpers/build.ts';

const project = parseDenylist(readFileSync(PROJECT_DENYLIST, 'utf8'), 'src/guard/denylist.yaml');
const denylist = compileDenylist(project.entries);
const site = loadSiteConfig(sitePaths(projectRoot)).site!;

/** The denied words found in `text`, as `label（category）: original text`. */
function denied(text: string, scope: Scope = 'all'): string[] {
  const normal = normalize(text);
  return findDenied(denylist, normal.text, scope, normal.breaks).map(
    (hit) => `${hit.label}（${hit.category}）: ${originalOf(text, normal, hit.from, hit.to)}`,
  );
}

/** The problems of one Markdown/MDX file with front matter, as `npm run check` prints them. */
function problemsOf(source: string, file = 'content/articles/gzdt/test.md'): string[] {
  const parsed = parseSource(source, file, false);
  const guard = createGuard(site, denylist);
  guardEntry(guard, { file, data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine, lineOf: parsed.lineOf });
  return sortProblems(guard.problems).map(formatProblem);
}

const article = (body: string, title = '区民政局开展敬老月活动') =>
  `---\ntitle: ${title}\ncolumn: gzdt\n---\n\n${body}\n`;

describe('the normaliser', () => {
  test('full-width letters and digits become ASCII', () => {
    expect(normalize('ｂｅｔ３６５').text).toBe('bet365');
  });

  test('zero-width and other invisible characters are dropped', () => {
    expect(normalize('b\u200Be\u200Dt\uFEFF3\u20606\u00AD5').text).toBe('bet365');
  });

  test('HTML entities are decoded, numeric and named', () => {
    expect(normalize('&#98;&#x65;t&#51;65 &amp; &ZeroWidthSpace;').text).toBe('bet365');
  });

  test('case, spaces and separators between letters do not hide a word', () => {
    expect(normalize('B.E.T 3-6_5').text).toBe('bet365');
  });

  test('accents and strike-through marks do not hide a word', () => {
    expect(normalize('b\u0336e\u0336t\u0336 3\u03016\u03015').text).toBe('bet365');
    expect(normalize('bét365').text).toBe('bet365');
  });

  test('the fast form used for whole bodies gives the same text', () => {
    for (const text of [
      'ｂｅｔ３６５',
      'b\u200Bét&#51;65 &amp; 澳门·娱乐场',
      '第一段。\n\n  真人 视讯',
      '①②③ＡＢＣ&nbsp;&unknown;',
    ]) {
      const { text: normal, breaks } = normalize(text);
      expect(normalText(text)).toEqual({ text: normal, breaks });
    }
  });

  test('each normalised character points back to the text as written', () => {
    const source = '关于ｂ\u200Bｅｔ３６５的通知';
    const normal = normalize(source);
    const from = normal.text.indexOf('bet365');
    expect(originalOf(source, normal, from, from + 6)).toBe('ｂ[U+200B]ｅｔ３６５');
  });
});

describe('the denylist', () => {
  test('the reviewed list in the repository is valid', () => {
    expect(project.problems).toEqual([]);
    expect(project.entries.length).toBeGreaterThan(50);
  });

  // The words a defaced government site actually carries: losing any of them from the list (a
  // slip in an edit) must fail here, not pass because the list is still long.
  test.each([
    ['百家乐', '赌博'],
    ['六合彩', '赌博'],
    ['时时彩', '赌博'],
    ['北京赛车', '赌博'],
    ['网上赌场', '赌博'],
    ['博彩开户', '赌博'],
    ['老虎机', '赌博'],
    ['网投', '赌博'],
    ['bet365', '赌博'],
    ['新葡京', '赌博'],
    ['太阳城集团', '赌博'],
    ['开云体育', '赌博'],
    ['一肖一码', '赌博'],
    ['成人视频', '色情'],
    ['裸聊', '色情'],
  ])('%s in an ordinary sentence is caught as %s', (term, category) => {
    const found = denied(`欢迎访问本站，点击进入${term}`);
    expect(found.filter((line) => line.includes(`（${category}）: `)).map((line) => line.split(': ')[1])).toEqual([
      term,
    ]);
  });

  test('a gambling brand is found however it is disguised', () => {
    expect(denied('ｂｅｔ３６５')).toEqual(['bet365（赌博）: ｂｅｔ３６５']);
    expect(denied('b\u200Bet365体育')).toEqual(['bet365（赌博）: b[U+200B]et365']);
    expect(denied('&#98;et&#51;65')).toEqual(['bet365（赌博）: &#98;et&#51;65']);
    expect(denied('BET 365')).toEqual(['bet365（赌博）: BET 365']);
  });

  test('澳门 alone is a place; 澳门娱乐场 is an advertisement', () => {
    expect(denied('赴澳门参加养老服务交流活动')).toEqual([]);
    expect(denied('澳门特别行政区政府社会工作局来访')).toEqual([]);
    expect(denied('澳门娱乐场')).toEqual(['澳门+娱乐（赌博）: 澳门娱乐']);
    expect(denied('澳门威尼斯人娱乐场')).toEqual(['澳门+威尼斯人（赌博）: 澳门威尼斯人']);
  });

  test('a combination does not reach across a sentence break', () => {
    expect(denied('代表团访问澳门。娱乐活动另行安排')).toEqual([]);
  });

  test('真人 and 皇冠 are ordinary words except in spam combinations', () => {
    expect(denied('真人真事')).toEqual([]);
    expect(denied('皇冠假日酒店')).toEqual([]);
    expect(denied('真人视讯')).toEqual(['真人+视讯（赌博）: 真人视讯']);
    expect(denied('皇冠体育官网')).toEqual(['皇冠+体育（赌博）: 皇冠体育']);
  });

  test('welfare lottery and sports words of civil-affairs work pass', () => {
    expect(denied('福利彩票销售站点设立申请')).toEqual([]);
    expect(denied('双色球、快3等福利彩票游戏')).toEqual([]);
    expect(denied('特奥会地滚球比赛')).toEqual([]);
    expect(denied('严厉打击赌博和色情违法犯罪活动')).toEqual([]);
  });

  test('a brand pattern such as 365bet is always an error in names, not in ordinary text', () => {
    expect(denied('888bet', 'names')).toEqual(['\\d{2,4}bet|bet\\d{2,4}（赌博）: 888bet']);
    expect(denied('888bet', 'all')).toEqual([]);
  });

  test("a site's own list in content/guard/denylist.yaml is added to the project's", () => {
    const root = mkdtempSync(join(tmpdir(), 'gongkai-denylist-'));
    mkdirSync(join(root, 'content/guard'), { recursive: true });
    writeFileSync(
      join(root, 'content/guard/denylist.yaml'),
      'entries:\n  - { term: 某某娱乐, category: 赌博, rule: always }\n',
    );
    const { denylist: combined, problems } = loadDenylist(sitePaths(root));
    rmSync(root, { recursive: true, force: true });
    expect(problems).toEqual([]);
    expect(findDenied(combined, normalText('某某娱乐 bet365').text, 'all').map((hit) => hit.label)).toEqual([
      '某某娱乐',
      'bet365',
    ]);
  });

  test('mistakes in a denylist file name their line', () => {
    const { problems } = parseDenylist(
      [
        'entries:',
        '  - { pattern: "[a-", category: 赌博, rule: always }',
        '  - { term: 澳门, category: 赌博, rule: combination }',
      ].join('\n'),
      'content/guard/denylist.yaml',
    );
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guard/denylist.yaml:2: entries[1].pattern（格式）: 正则表达式“[a-”写法有误，无法使用；请按 JavaScript 正则表达式的语法改正。",
        "content/guard/denylist.yaml:3: entries[2].with: rule 为 combination 的条目必须写 term 和 with（与之连用才违规的词）。",
      ]
    `);
  });
});

describe('the guard in a document', () => {
  test('a gambling brand in a title is reported with the text as written', () => {
    expect(problemsOf(article('正文。', '关于ｂｅｔ３６５的通知'))).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:2: title（标题）: 含有违禁内容“ｂｅｔ３６５”（赌博：bet365）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });

  test('spam split by emphasis or hidden in alt text is still found', () => {
    expect(problemsOf(article('第一段。\n\n欢迎光临**澳门**娱乐场。\n\n![六合彩开奖](/files/a.png)'))).toEqual([
      expect.stringMatching(/^content\/articles\/gzdt\/test\.md:8: 正文含有违禁内容“澳门娱乐”（赌博：澳门\+娱乐）/),
      expect.stringMatching(/^content\/articles\/gzdt\/test\.md:10: 图片说明（alt）含有违禁内容“六合彩”/),
    ]);
  });

  test('scripts, frames, plugins, style and on* attributes are refused', () => {
    const body = [
      '<script src="https://evil.example/x.js"></script>',
      '',
      '<iframe src="https://www.gov.cn/"></iframe>',
      '',
      '<object data="x.swf"></object>',
      '',
      '<p style="color:red" onclick="go()">文字</p>',
    ].join('\n');
    expect(problemsOf(article(body))).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:6: 正文中不允许使用 <script> 标签（“<script src="https://evil.example/x.js">”）：它会在读者的浏览器里运行代码，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。",
        "content/articles/gzdt/test.md:8: 正文中不允许使用 <iframe> 标签（“<iframe src="https://www.gov.cn/">”）：它会把其他网站的页面嵌进本站，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。",
        "content/articles/gzdt/test.md:10: 正文中不允许使用 <object> 标签（“<object data="x.swf">”）：它会嵌入插件或外部程序，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。",
        "content/articles/gzdt/test.md:12: 正文中的 <p> 不允许使用 style 属性（“<p style="color:red" onclick="go()">”）：它能把链接和文字隐藏起来，只给搜索引擎看。请删除；排版请用 Markdown。",
        "content/articles/gzdt/test.md:12: 正文中的 <p> 不允许使用 onclick 属性：它会在读者的浏览器里运行代码。请删除。",
      ]
    `);
  });

  test('links hidden from readers are refused: hidden elements, no text, inside comments', () => {
    const body = [
      '<div hidden><a href="https://www.gov.cn/">中国政府网</a></div>',
      '',
      '见[](https://www.mca.gov.cn/)和<a href="https://www.gov.cn/"> </a>。',
      '',
      '<!-- <a href="https://www.gov.cn/">备用</a> -->',
      '',
      '<a href="/policies/"><img src="/files/a.png" alt="政策文件"></a>',
    ].join('\n');
    expect(problemsOf(article(body))).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:6: 正文中的 <div> 不允许使用 hidden 属性隐藏内容：读者看不到、只有搜索引擎能看到的文字和链接是网站被挂“黑链”的典型手法。请删除。",
        "content/articles/gzdt/test.md:8: 链接没有读者能看到的文字（“https://www.mca.gov.cn/”）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请给链接写上文字，或删除它。",
        "content/articles/gzdt/test.md:8: 链接没有读者能看到的文字（“<a href="https://www.gov.cn/">”）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请给链接写上文字，或删除它。",
        "content/articles/gzdt/test.md:10: 注释中含有链接（“<!-- <a href="https://www.gov.cn/">备用</a> -->”）：注释不显示给读者，却会发布到网页中，常被用来藏“黑链”。请删除这段注释。",
      ]
    `);
  });

  test('code examples may show HTML: code is text, not markup', () => {
    expect(problemsOf(article('写法示例：`<script>`\n\n```html\n<iframe src="x"></iframe>\n```'))).toEqual([]);
  });

  test('links and images to domains outside the allowlist are refused, with what to do', () => {
    const body =
      '详见[通知](https://www.example.com/news)。\n\n![图](https://img.example.net/a.png)\n\n[办理](javascript:alert(1))';
    expect(problemsOf(article(body))).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/test.md:6: 链接“https://www.example.com/news”指向的网站 www.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
        "content/articles/gzdt/test.md:8: 图片“https://img.example.net/a.png”来自 img.example.net，不在允许名单中。图片请放到 public/ 下，用以 / 开头的站内路径引用；确需引用外部图片时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains。",
        "content/articles/gzdt/test.md:10: 链接“javascript:alert(1)”使用了不允许的 javascript: 协议；链接只能是 https:// 网址、以 / 开头的站内路径、mailto: 或 tel:。请改正或删除。",
      ]
    `);
  });

  test('an address in a field is held to the same allowlist', () => {
    const source = '---\ntitle: 最低生活保障申请\nonlineUrl: https://zwfw.example.com/dibao\n---\n';
    expect(problemsOf(source, 'content/guides/shjz/dibao.md')).toEqual([
      expect.stringMatching(
        /^content\/guides\/shjz\/dibao\.md:3: onlineUrl（网上办理网址）: 链接“https:\/\/zwfw\.example\.com\/dibao”指向的网站 zwfw\.example\.com 不在允许名单中/,
      ),
    ]);
  });

  test('MDX may use only the project components, without imports or expressions', () => {
    expect(Object.keys(allowedComponents)).toEqual(['KeyFigures', 'KeyFigure']);
    const body = [
      "import Ad from 'https://evil.example/ad.js'",
      '',
      '<KeyFigures title="数据"><KeyFigure label="件数" value={1056} unit="件" /></KeyFigures>',
      '',
      '<Ad />',
      '',
      '{fetch("https://evil.example")}',
      '',
      '<KeyFigure label="收入" value={globalThis.x} />',
    ].join('\n');
    expect(problemsOf(article(body), 'content/bulletins/2025/01.mdx')).toMatchInlineSnapshot(`
      [
        "content/bulletins/2025/01.mdx:6: MDX 中不允许 import 或 export 语句：它们可以引入并运行任意代码。本站组件（KeyFigures、KeyFigure）无需导入即可使用；请删除这一行。",
        "content/bulletins/2025/01.mdx:10: MDX 中不能使用 <Ad>：只能使用本站提供的组件（KeyFigures、KeyFigure）。请改用这些组件或普通 Markdown。",
        "content/bulletins/2025/01.mdx:12: MDX 中不允许使用 {…} 表达式（“{fetch("https://evil.example")}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。",
        "content/bulletins/2025/01.mdx:14: MDX 中不允许使用 {…} 表达式（“value={globalThis.x}”）：它会在生成网站时运行代码。请直接写文字；组件属性请写成带引号的文字，例如 value="1056"。",
      ]
    `);
  });

  test('the demo content passes the guard', () => {
    const paths = sitePaths(projectRoot);
    expect(checkGuard(loadContent(paths), paths).map(formatProblem)).toEqual([]);
  });
});

describe('the domain allowlist', () => {
  const allowlist = domainAllowlist(site);

  test('the hosts of the 友情链接, this site and .gov.cn suffixes are allowed', () => {
    expect(judgeUrl(allowlist, 'https://www.mca.gov.cn/article/')).toEqual({ ok: true });
    expect(judgeUrl(allowlist, 'https://mzj.liutang.example.gov.cn/policies/')).toEqual({ ok: true });
    expect(judgeUrl(allowlist, 'https://zwfw.yunchuan.example.gov.cn/liutang/mz/dibao')).toEqual({ ok: true });
    expect(judgeUrl(allowlist, '/policies/')).toEqual({ ok: true });
    expect(judgeUrl(allowlist, 'mailto:mzj@example.gov.cn')).toEqual({ ok: true });
  });

  test('look-alike and foreign domains are not', () => {
    expect(judgeUrl(allowlist, 'https://www.gov.cn.example.com/')).toEqual({
      ok: false,
      reason: 'domain',
      host: 'www.gov.cn.example.com',
    });
    expect(judgeUrl(allowlist, '//mirror.example.org/')).toEqual({
      ok: false,
      reason: 'domain',
      host: 'mirror.example.org',
    });
    expect(judgeUrl(allowlist, ' java\tscript:alert(1)')).toEqual({
      ok: false,
      reason: 'protocol',
      protocol: 'javascript:',
    });
  });
});

describe('raw HTML as a browser reads it', () => {
  test('attributes written without spaces between them are still attributes', () => {
    expect(problemsOf(article('<div>\n<a href="/policies/"onclick="y">政策</a>\n</div>'))).toEqual([
      expect.stringMatching(/^content\/articles\/gzdt\/test\.md:7: 正文中的 <a> 不允许使用 onclick 属性/),
    ]);
  });

  test('inside a paragraph, such a tag is shown as text by the renderer: nothing runs', () => {
    expect(problemsOf(article('见<a href="/policies/"onclick="y">政策</a>。'))).toEqual([]);
  });
});
