/**
 * The demo site group (examples/group), built with `npm run build:group` and served as one folder,
 * as a static host would: every member's pages stay under its prefix, and each member's search,
 * in Chromium, finds its own documents and no other member's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Element, Nodes } from 'hast';
import { htmlToHast } from 'satteri';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildGroup, projectRoot, type BuildResult } from '../helpers/build.ts';
import { hasChromium, launchBrowser, watchConsole } from '../helpers/browser.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

const members = [
  { code: 'mzj', query: '临时救助', title: '柳塘区临时救助实施细则', path: 'policies/2026/linshi-jiuzhu-shishi-xize/' },
  {
    code: 'rsj',
    query: '创业担保贷款',
    title: '柳塘区创业担保贷款实施办法',
    path: 'policies/2026/chuangye-danbao-daikuan/',
  },
  {
    code: 'czj',
    query: '采购意向',
    title: '柳塘区政府采购意向公开工作规程',
    path: 'policies/2026/zhengfu-caigou-yixiang/',
  },
];

let build: BuildResult;
let server: StaticServer;
let browser: Browser | undefined;
beforeAll(async () => {
  build = buildGroup('demo', join(projectRoot, 'examples/group'));
  if (build.status !== 0) throw new Error(`The demo group did not build:\n${build.output}`);
  server = await serve(build.outDir);
  if (hasChromium) browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

/** Every address a page's elements load or lead to (href, src, action), as a browser parses the page. */
function addresses(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'element') {
      for (const name of ['href', 'src', 'action'])
        if (typeof (node as Element).properties[name] === 'string')
          found.push((node as Element).properties[name] as string);
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(htmlToHast(html) as Nodes);
  return found;
}

describe('the demo group', () => {
  test('builds every member and the portal', () => {
    expect(build.output).toContain('柳塘区人民政府网站群：已构建 3 个成员和门户网站');
    for (const { code } of members) expect(build.exists(`${code}/index.html`), code).toBe(true);
    expect(build.read('index.html')).toContain('云川市柳塘区人民政府');
  });

  test('a member’s pages link and load only under its prefix', () => {
    for (const { code } of members) {
      const dir = join(build.outDir, code);
      const outside = htmlFiles(dir).flatMap((file) =>
        addresses(readFileSync(join(dir, file), 'utf8'))
          .filter((address) => address.startsWith('/') && !address.startsWith('//') && !address.startsWith(`/${code}/`))
          .map((address) => `${code}/${file}: ${address}`),
      );
      expect(outside).toEqual([]);
    }
  });

  test('a link an editor wrote from the site’s root leads to the member’s own page', () => {
    const article = build.read('mzj/articles/gzdt/zhuchan-dian-xinzeng/index.html');
    const link = addresses(article).find((address) => address.includes('jujia-yanglao-fuwu-butie'));
    expect(link).toBe('/mzj/policies/2026/jujia-yanglao-fuwu-butie/');
    expect(build.exists(`${link!.slice(1)}index.html`)).toBe(true);
  });

  test('feeds, the sitemap and the document numbers give each member’s addresses', () => {
    expect(build.read('rsj/policies/rss.xml')).toContain(
      '<link>https://www.liutang.example.gov.cn/rsj/policies/2026/chuangye-danbao-daikuan/</link>',
    );
    expect(build.read('rsj/sitemap-0.xml')).toContain('<loc>https://www.liutang.example.gov.cn/rsj/</loc>');
    const shards = readdirSync(join(build.outDir, 'rsj/search/numbers')).map((file) =>
      readFileSync(join(build.outDir, 'rsj/search/numbers', file), 'utf8'),
    );
    expect(shards.join('')).toContain('"/rsj/policies/2026/chuangye-danbao-daikuan/"');
    expect(relative(build.outDir, join(build.outDir, 'rsj/pagefind/pagefind.js'))).toBe('rsj/pagefind/pagefind.js');
    expect(build.exists('rsj/pagefind/pagefind.js')).toBe(true);
  });
});

describe.skipIf(!hasChromium)('each member’s own search', () => {
  test.each(members)('$code finds its own documents under its prefix, and no other member’s', async (member) => {
    const page = await browser!.newPage();
    const console = watchConsole(page);
    const search = async (query: string) => {
      await page.goto(`${server.url}/${member.code}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() =>
        /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''),
      );
      return page
        .locator('#search-results .result-title')
        .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
    };
    expect(await search(member.query)).toEqual([[member.title, `/${member.code}/${member.path}`]]);
    // Another member's words find none of its documents here: only this member's, if any.
    for (const other of members.filter((m) => m !== member)) {
      const found = await search(other.query);
      expect(
        found.map(([title]) => title),
        `${member.code} searching ${other.query}`,
      ).not.toContain(other.title);
      for (const [, href] of found) expect(href).toMatch(new RegExp(`^/${member.code}/`));
    }
    expect(console).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the portal’s one search across the group', () => {
  const portalSearch = async (query: string, department?: string) => {
    const page = await browser!.newPage();
    const console = watchConsole(page);
    const params = new URLSearchParams({ q: query, ...(department ? { 部门: department } : {}) });
    await page.goto(`${server.url}/search/?${params}`);
    await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const results = await page
      .locator('#search-results .result-title')
      .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
    return { page, results, console };
  };

  test.each(members)('finds $code’s document under its prefix', async (member) => {
    const { page, results, console } = await portalSearch(member.query);
    expect(results[0]).toEqual([member.title, `/${member.code}/${member.path}`]);
    expect(console).toEqual([]);
    await page.close();
  });

  test('ranks the portal’s and the members’ documents as one list, and the 部门 facet narrows it', async () => {
    const { page, results } = await portalSearch('柳塘区');
    const prefixes = new Set(results.map(([, href]) => /^\/(mzj|rsj|czj)\//.exec(href ?? '')?.[1] ?? 'portal'));
    expect([...prefixes].sort()).toEqual(['czj', 'mzj', 'portal', 'rsj']);
    // The facet lists each department with its count; choosing one leaves only its documents.
    await page.waitForSelector('#search-filters legend');
    const department = page.locator('#search-filters fieldset', { hasText: '部门' });
    await expect.poll(() => department.locator('label').allTextContents()).toContain('柳塘区民政局（3）');
    await department.getByLabel('柳塘区民政局（3）').check();
    await page.waitForURL(/%E9%83%A8%E9%97%A8=/);
    await page.waitForFunction(() => /找到 3 个结果/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const narrowed = await page
      .locator('#search-results .result-title')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(narrowed).toHaveLength(3);
    for (const href of narrowed) expect(href).toMatch(/^\/mzj\//);
    await page.close();
  });
});
