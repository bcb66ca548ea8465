/**
 * The content guard stops both `npm run check` and a real `astro build` on gambling words, hidden
 * links, embedded frames and links to unapproved domains — and the page check after the build
 * stops a page planted in public/ with a gambling title. Each fixture breaks one rule.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSites, problemLines, type BuildResult } from '../helpers/build.ts';
import { checkSite } from '../../src/lib/check/site.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const fixtures = ['guard-gambling-title', 'guard-hidden-link', 'guard-iframe', 'guard-external-domain', 'planted-page'];
let builds: Map<string, BuildResult>;
beforeAll(async () => {
  builds = await buildSites(fixtures);
});

/** The fixture's build: it must stop before writing pages; returns the error lines. */
function failingBuild(name: string): string[] {
  const result = builds.get(name)!;
  expect(result.status, result.output).toBe(1);
  expect(result.exists('index.html')).toBe(false);
  const lines = problemLines(result.output).filter((line) => !line.startsWith('警告'));
  // npm run check prints exactly the same lines.
  const checked = checkSite(sitePaths(result.siteDir), { today: '2026-11-27' });
  expect(checked.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual(lines);
  return lines;
}

describe('the content guard stops check and build', () => {
  test('does not build with a gambling brand in a title', () => {
    expect(failingBuild('guard-gambling-title')).toMatchInlineSnapshot(`
      [
        "content/policies/2024/new-standard.md:2: title（标题）: 含有违禁内容“bet365”（赌博：bet365）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });

  test('does not build with links hidden from readers', () => {
    expect(failingBuild('guard-hidden-link')).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/visit.md:13: 正文中的 <div> 不允许使用 hidden 属性隐藏内容：读者看不到、只有搜索引擎能看到的文字和链接是网站被挂“黑链”的典型手法。请删除。",
        "content/articles/gzdt/visit.md:15: 链接没有读者能看到的文字（“https://www.mca.gov.cn/”）：只有搜索引擎能看到的链接是网站被挂“黑链”的典型手法。请给链接写上文字，或删除它。",
      ]
    `);
  });

  test('does not build with an embedded frame', () => {
    expect(failingBuild('guard-iframe')).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/visit.md:13: 正文中不允许使用 <iframe> 标签（“<iframe src="https://www.mca.gov.cn/" width="600" height="40…”）：它会把其他网站的页面嵌进本站，常被用来植入广告或恶意代码。请删除；要引用外部内容，请改为普通链接。",
      ]
    `);
  });

  test('does not build with a link to a domain that is not allowed', () => {
    expect(failingBuild('guard-external-domain')).toMatchInlineSnapshot(`
      [
        "content/articles/gzdt/visit.md:13: 链接“https://news.example.com/2026/weiwen.html”指向的网站 news.example.com 不在允许名单中。外部链接只能指向友情链接（links）和 allowedDomains 中的网站；确需链接时，请经审核后把该域名加到 content/site.yaml 的 allowedDomains，否则请删除链接。",
      ]
    `);
  });
});

describe('a file planted in public/', () => {
  test('does not build with a page planted in public/ with a gambling title and a redirect script', () => {
    expect(failingBuild('planted-page')).toMatchInlineSnapshot(`
      [
        "public/news/index.html: 网页中有内联脚本或样式（“<script>”），严格的内容安全策略（CSP）会拦截它；脚本和样式请写成单独的文件。",
        "public/news/index.html: 正文含有违禁内容“bet365”（赌博：bet365）。",
        "public/news/index.html: <title> 含有违禁内容“bet365”（赌博：bet365）。被篡改的政府网站常被植入这类赌博、色情内容；如果这不是本单位写的，请立即报告网站管理员，检查账号和电脑是否被盗用；如属正常用语被误判，请改写，或请管理员审核违禁词表 src/guard/denylist.yaml。",
      ]
    `);
  });
});
