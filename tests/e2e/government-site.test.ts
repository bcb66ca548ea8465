/**
 * The marks and layout a government site must have (政府网站发展指引), as a reader sees them in
 * Chromium on the demo build: the footer's marks and identifiers, the 落款 set right, topics
 * with a separator, identifiers in one piece, the footer at the bottom, a compact phone header,
 * a hint on wide tables, and a home page whose blocks give titles their width.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, watchConsole } from '../helpers/browser.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { projectRoot } from '../helpers/build.ts';

const demo = loadContent(sitePaths(projectRoot));
const site = demo.site!;
const url = (path: string) => `${inject('demoUrl')}${path}`;
const phone = { width: 375, height: 812 };
const desktop = { width: 1280, height: 900 };

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the demo build', () => {
  test('prints no warning: its content is quiet, so a real problem is the only line on screen', () => {
    const log = inject('demoBuildLog');
    expect(log).toContain('[build] Complete!');
    expect(log.split('\n').filter((line) => /\[WARN\]|\[ERROR\]/.test(line))).toEqual([]);
  });
});

describe.skipIf(!hasChromium)('a government site', () => {
  test('the footer carries the 党政机关 mark, 我为政府网站找错, and the filing numbers in one piece', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const console = watchConsole(page);
    await page.goto(url('/'));
    const footer = page.locator('footer');
    const conac = footer.getByRole('link', { name: '党政机关' });
    expect(await conac.getAttribute('href')).toBe(`https://bszs.conac.cn/sitename?method=show&id=${site.conacId}`);
    const jiucuo = new URL((await footer.getByRole('link', { name: '我为政府网站找错' }).getAttribute('href'))!);
    expect(jiucuo.host).toBe('zfwzgl.www.gov.cn');
    expect(jiucuo.searchParams.get('site_code')).toBe(site.siteIdCode);
    expect(await footer.getByRole('link', { name: new RegExp(site.publicSecurity) }).textContent()).toContain(
      '公安机关备案',
    );
    // On a 320 px phone the numbers wrap as a whole, never inside.
    for (const token of await footer.locator('.token').all()) {
      expect(await token.evaluate((element) => element.getClientRects().length)).toBe(1);
    }
    expect(console).toEqual([]);
    await page.close();
  });

  test('a policy: its 落款 right-aligned as on paper, its topic path with a separator, its 索引号 in one piece', async () => {
    const policy = demo.entries.policies.find((p) => p.id === '2024/dibao-biaozhun')!;
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(url(`/policies/${policy.id}/`));
    const last = page.locator('.document-body > p').last();
    expect(await last.textContent()).toBe('2024年6月14日');
    expect(await last.evaluate((p) => getComputedStyle(p).textAlign)).toBe('right');
    const beforeLast = page.locator('.document-body > p').nth(-2);
    expect(await beforeLast.evaluate((p) => getComputedStyle(p).textAlign)).toBe('right');
    // A paragraph of the text itself is not.
    expect(
      await page
        .locator('.document-body > p')
        .first()
        .evaluate((p) => getComputedStyle(p).textAlign),
    ).not.toBe('right');
    const topic = page.locator('.info-block .row', { hasText: '主题分类' }).locator('dd');
    expect(await topic.textContent()).toBe(policy.data.topic.replace('\\', ' › '));
    const indexNo = page.locator('.info-block .row', { hasText: '索引号' }).locator('.token');
    expect(await indexNo.textContent()).toBe(policy.data.indexNo);
    expect(await indexNo.evaluate((element) => element.getClientRects().length)).toBe(1);
    await page.close();
  });

  test('on a short page the footer sits at the bottom of the screen', async () => {
    const page = await browser.newPage({ viewport: desktop });
    await page.goto(url('/links/'));
    const footer = (await page.locator('footer').boundingBox())!;
    expect(Math.round(footer.y + footer.height)).toBeGreaterThanOrEqual(desktop.height - 1);
    await page.close();
  });

  test('on a phone the header takes at most a third of the first screen, every column still one tap away', async () => {
    const page = await browser.newPage({ viewport: phone });
    await page.goto(url('/'));
    const header = (await page.locator('header.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(phone.height / 3);
    const nav = page.getByRole('navigation', { name: '主导航' });
    const links = nav.getByRole('link');
    expect(await links.count()).toBeGreaterThan(5);
    // None hidden: the line scrolls sideways.
    for (const link of await links.all()) expect(await link.isVisible()).toBe(true);
    await page.close();
  });

  test('a table wider than a phone says it scrolls sideways; on a desktop it fits and says nothing', async () => {
    const year = demo.entries.annualReports
      .map((r) => r.data.year)
      .sort()
      .at(-1);
    for (const [viewport, wide] of [
      [phone, true],
      [desktop, false],
    ] as const) {
      const page = await browser.newPage({ viewport });
      await page.goto(url(`/annual-reports/${year}/`));
      const regions = await page.locator('.table-scroll').evaluateAll((elements) =>
        elements.map((element) => ({
          wider: element.scrollWidth > element.clientWidth,
          hint: getComputedStyle(element, '::before').content,
        })),
      );
      // Every region that scrolls says so, and only those.
      for (const region of regions) expect(region.hint).toBe(region.wider ? '"← 表格较宽，可左右滑动查看 →"' : 'none');
      expect(regions.some((region) => region.wider)).toBe(wide);
      await page.close();
    }
  });

  test('the home page opens with 通知公告, 政策文件, 政策解读 and 办事服务, titles at full width', async () => {
    const page = await browser.newPage({ viewport: desktop });
    await page.goto(url('/'));
    const headings = await page.locator('.home-grid h2').allTextContents();
    expect(headings.slice(0, 4)).toEqual(['通知公告', '最新政策文件', '政策解读', '办事服务']);
    // Each title has the block's width to itself and takes at most two lines (in a table column
    // of about 140 px it took three or four).
    const titles = page.locator('section[aria-labelledby="latest-policies"] .home-list a');
    expect(await titles.count()).toBe(6);
    for (const title of await titles.all()) {
      const lines = await title.evaluate(
        (a) => (a as HTMLElement).offsetHeight / parseFloat(getComputedStyle(a).lineHeight),
      );
      expect(lines).toBeLessThanOrEqual(2);
    }
    await page.close();
  });
});
