/**
 * Search, tested as a reader uses it: in Chromium, against the real demo build and its
 * Pagefind index. Expected documents come from the demo content itself.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, watchConsole } from '../helpers/browser.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { canonicalDocNumber } from '../../src/lib/docNumber.ts';
import { projectRoot } from '../helpers/build.ts';

const demo = loadContent(sitePaths(projectRoot));
const policies = demo.entries.policies;

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the search page with a URL query and waits for the result count to be announced. */
async function searchFor(
  query: string,
  filters: Record<string, string> = {},
): Promise<{ page: Page; titles: string[]; status: string; console: string[] }> {
  const page = await browser.newPage();
  const console = watchConsole(page);
  await page.goto(`${inject('demoUrl')}/search/?${new URLSearchParams({ q: query, ...filters })}`);
  await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return { page, titles: await resultTitles(page), status: (await page.textContent('#search-status')) ?? '', console };
}

const resultTitles = (page: Page) => page.locator('#search-results .result-title').allTextContents();

describe.skipIf(!hasChromium)('search in the browser', () => {
  test('searching 社会救助 returns the social-assistance policies', async () => {
    const expected = policies.filter((p) => p.data.topic.endsWith('社会救助')).map((p) => p.data.title);
    expect(expected.length).toBeGreaterThanOrEqual(3);
    // Narrowed to policies: the first page of results then holds all of them.
    const { page, titles, status, console } = await searchFor('社会救助', { 类型: '政策文件' });
    expect(status).toMatch(/^找到 \d+ 个结果$/);
    for (const title of expected) expect(titles).toContain(title);
    expect(console).toEqual([]);
    await page.close();
  });

  test('a document number, typed with the wrong brackets, finds exactly its document', async () => {
    const target = policies.find((p) => p.data.docNumber && canonicalDocNumber(p.data.docNumber).includes('〔'))!;
    const typed = canonicalDocNumber(target.data.docNumber!).replace('〔', '[').replace('〕', ']');
    const { page, titles, status, console } = await searchFor(typed);
    expect(titles).toEqual([target.data.title]);
    expect(status).toBe(`按文号“${canonicalDocNumber(target.data.docNumber!)}”查找：找到 1 个结果`);
    expect(await page.locator('#search-results .result-meta').first().textContent()).toContain(
      canonicalDocNumber(target.data.docNumber!),
    );
    expect(console).toEqual([]);
    await page.close();
  });

  test('a status filter narrows the results to documents in that state', async () => {
    const { page, titles: all, console } = await searchFor('低保');
    const repealed = policies.filter((p) => p.data.validity === '废止').map((p) => p.data.title);
    expect(repealed.length).toBeGreaterThan(0);
    await page.getByRole('checkbox', { name: /^废止（\d+）$/ }).check();
    await page.waitForURL((url) => decodeURIComponent(url.search).includes('效力状态=废止'));
    await page.waitForFunction(
      (before) => document.querySelectorAll('#search-results .result-title').length < before,
      all.length,
    );
    const narrowed = await resultTitles(page);
    expect(narrowed.length).toBeGreaterThan(0);
    for (const title of narrowed) expect(repealed).toContain(title);
    // Every narrowed result shows its status.
    expect(await page.locator('#search-results .result-status').allTextContents()).toEqual(narrowed.map(() => '废止'));
    expect(decodeURIComponent(page.url())).toContain('效力状态=废止');
    expect(console).toEqual([]);
    await page.close();
  });

  test('a traditional-character query finds the simplified document', async () => {
    // Every character differs from its simplified form (臨→临, 時→时): nothing matches unless
    // the query is converted.
    const { page, titles, console } = await searchFor('臨時');
    expect(titles).toContain('柳塘区临时救助实施办法');
    expect(console).toEqual([]);
    await page.close();
  });

  test('an index number finds exactly its document', async () => {
    const target = policies[0]!;
    const { page, titles, status } = await searchFor(target.data.indexNo);
    expect(titles).toEqual([target.data.title]);
    expect(status).toBe(`按索引号“${target.data.indexNo}”查找：找到 1 个结果`);
    await page.close();
  });

  test('a short issuing-body code matches as a phrase', async () => {
    const { page, titles } = await searchFor('柳民规');
    const expected = policies.filter((p) => p.data.docNumber?.startsWith('柳民规')).map((p) => p.data.title);
    expect(titles.length).toBe(expected.length);
    expect([...titles].sort()).toEqual([...expected].sort());
    await page.close();
  });

  test('filters alone browse, state is in the address, and the back button restores it', async () => {
    const page = await browser.newPage();
    const console = watchConsole(page);
    const bulletins = demo.entries.bulletins.length;
    await page.goto(`${inject('demoUrl')}/search/?${new URLSearchParams({ 类型: '工作简报' })}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.textContent('#search-status')).toBe(`找到 ${bulletins} 个结果`);
    expect(await page.getByRole('checkbox', { name: /^工作简报（\d+）$/ }).isChecked()).toBe(true);

    await page.getByRole('combobox', { name: '排序' }).selectOption('date');
    await page.waitForURL((url) => url.searchParams.get('sort') === 'date');
    // The submission that wrote the address set the status line to "searching" in the same task;
    // "找到" again means the results in date order have replaced the earlier ones.
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const dates = (await page.locator('#search-results .result-meta').allTextContents()).map(
      (m) => m.match(/\d{4}-\d{2}-\d{2}/)?.[0] ?? '',
    );
    expect(dates).toEqual([...dates].sort().reverse());

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('sort'));
    expect(await page.getByRole('combobox', { name: '排序' }).inputValue()).toBe('');
    expect(console).toEqual([]);
    await page.close();
  });

  test('a question frame is taken out and answered by the part of the guide that answers it', async () => {
    const guide = demo.entries.guides.find((g) => g.data.title.includes('最低生活保障'))!;
    const { page, titles, console } = await searchFor('申请低保要带哪些东西');
    expect(titles[0]).toBe(guide.data.title);
    const first = page.locator('#search-results > li').first();
    const answer = first.locator('.result-sections').first();
    expect(await answer.textContent()).toBe('申请材料：申请材料');
    const href = await answer.getByRole('link').getAttribute('href');
    expect(href).toBe(`/guides/${guide.id}/#materials`);
    // The title goes to the same place, and the target exists on the page.
    expect(await first.locator('.result-title').getAttribute('href')).toBe(href);
    await page.goto(`${inject('demoUrl')}${href}`);
    expect(await page.locator('#materials').textContent()).toContain('申请材料');
    expect(console).toEqual([]);
    await page.close();
  });

  test('a word no document has is dropped, and the page says which words the results contain', async () => {
    const { page, titles, status, console } = await searchFor('低保 恐龙');
    expect(status).toMatch(/^找到 \d+ 个结果。没有同时包含全部词语的文件，以下结果包含“低保”。$/);
    expect(titles).toContain('最低生活保障申请');
    expect(console).toEqual([]);
    await page.close();
  });

  test('question words and particles alone find nothing', async () => {
    for (const query of ['的了吗', '怎么办呢', '有什么']) {
      const { page, titles, status } = await searchFor(query);
      expect(status).toMatch(/^没有找到/);
      expect(titles).toEqual([]);
      await page.close();
    }
  });

  test('a chapter heading puts its regulation first, linked to the chapter', async () => {
    const { page, console } = await searchFor('保障对象和标准');
    const first = page.locator('#search-results > li').first();
    expect(await first.getAttribute('class')).toBe('result-pinned');
    expect(await first.locator('.result-title').textContent()).toBe('云川市城乡居民最低生活保障办法');
    expect(await first.locator('.result-meta').textContent()).toBe('章节：第二章 保障对象和标准');
    const href = (await first.locator('.result-title').getAttribute('href'))!;
    await page.goto(`${inject('demoUrl')}${href}`);
    const id = decodeURIComponent(new URL(href, 'http://x').hash.slice(1));
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain('保障对象和标准');
    expect(console).toEqual([]);
    await page.close();
  });

  test('a popular name of a provision resolves to the article it means, shown as such', async () => {
    const { page, console } = await searchFor('高龄补贴');
    const first = page.locator('#search-results > li').first();
    expect(await first.getAttribute('class')).toBe('result-pinned');
    expect(await first.locator('.result-title').textContent()).toBe('云川市经济困难高龄老年人补贴办法');
    expect(await first.locator('.result-meta').textContent()).toBe('第三条 · 俗称“高龄补贴”');
    const href = (await first.locator('.result-title').getAttribute('href'))!;
    await page.goto(`${inject('demoUrl')}${href}`);
    const id = decodeURIComponent(new URL(href, 'http://x').hash.slice(1));
    // The article's anchor is its number; the paragraph it starts is the article.
    expect(await page.locator(`p:has(> [id="${id}"])`).textContent()).toContain('每人每月100元');
    expect(console).toEqual([]);
    await page.close();
  });

  test('the search box in the header leads to results', async () => {
    const page = await browser.newPage();
    const console = watchConsole(page);
    await page.goto(`${inject('demoUrl')}/`);
    await page.getByRole('searchbox', { name: '搜索本站文件' }).fill('婚姻登记');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const titles = await resultTitles(page);
    expect(titles.some((t) => t.includes('婚姻'))).toBe(true);
    expect(console).toEqual([]);
    await page.close();
  });

  test.each([
    { screen: 'a phone', viewport: { width: 375, height: 812 } },
    { screen: 'a desktop', viewport: { width: 1280, height: 900 } },
  ])('answers first on $screen: the first result on the first screen, and nothing moves', async ({ viewport }) => {
    const page = await browser.newPage({ viewport });
    const console = watchConsole(page);
    // Every layout shift not caused by the reader, as Lighthouse counts them.
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number };
      w.shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${inject('demoUrl')}/search/?q=${encodeURIComponent('低保')}`);
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.waitForFunction(() => document.querySelectorAll('#search-filters fieldset').length > 0);
    const first = (await page.locator('#search-results .result-title').first().boundingBox())!;
    expect(first.y + first.height).toBeLessThanOrEqual(viewport.height);
    const checkbox = page.getByRole('checkbox', { name: /^废止（\d+）$/ });
    if (viewport.width < 600) {
      // Phone: the facets wait behind one 筛选 button, which opens them above the results.
      expect(await checkbox.isVisible()).toBe(false);
      const toggle = page.getByRole('button', { name: '筛选' });
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await toggle.click();
      expect(await toggle.getAttribute('aria-expanded')).toBe('true');
      expect(await checkbox.isVisible()).toBe(true);
    } else {
      // Desktop: the facets stand beside the results, with their counts.
      expect(await page.getByRole('button', { name: '筛选' }).isVisible()).toBe(false);
      const filters = (await page.locator('#search-filters').boundingBox())!;
      expect(filters.x).toBeGreaterThanOrEqual(first.x + 200);
      expect(filters.y).toBeLessThan(viewport.height);
    }
    const box = (await checkbox.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    // Elderly mode: the controls stay at least as large.
    await page.getByRole('button', { name: '适老模式' }).click();
    const elderly = (await checkbox.boundingBox())!;
    expect(Math.min(elderly.width, elderly.height)).toBeGreaterThanOrEqual(24);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
    expect(shifts).toBeLessThan(0.1);
    expect(console).toEqual([]);
    await page.close();
  });

  test('words that match nothing: 没有找到, how the question was read, and where to browse', async () => {
    const { page, titles, status, console } = await searchFor('恐龙化石');
    expect(titles).toEqual([]);
    expect(status).toMatch(/^没有找到/);
    expect(await page.textContent('#search-help-read')).toBe(
      '已按这些词语查找：恐龙、化石。可以换一种说法，或只留下最要紧的一两个词。',
    );
    const browse = page.locator('#search-help-browse a');
    expect(await browse.first().textContent()).toBe('政策文件');
    expect(await browse.first().getAttribute('href')).toBe('/policies/');
    expect(console).toEqual([]);
    await page.close();

    const particles = await searchFor('的了吗');
    expect(await particles.page.textContent('#search-help-read')).toContain('不能单独查找');
    await particles.page.close();

    // Traditional characters (恐龍) are read as simplified, and the help says so.
    const traditional = await searchFor('恐龍化石');
    expect(traditional.status).toMatch(/^没有找到/);
    expect(await traditional.page.textContent('#search-help-tip')).toBe('繁体字已按简体字查找：恐龙化石。');
    await traditional.page.close();
  });

  test('excerpts read as Chinese: pieces joined by ellipses, no stray ASCII full stops', async () => {
    const { page, console } = await searchFor('低保');
    const excerpts = await page.locator('#search-results .result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(3);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/[\u4e00-\u9fff]\. /);
    expect(excerpts.some((excerpt) => excerpt.includes('……'))).toBe(true);
    expect(console).toEqual([]);
    await page.close();
  });
});
