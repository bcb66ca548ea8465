/**
 * Reading aids for citizens of every age, in Chromium against the demo build: the font-size
 * control and elderly mode change what is drawn and are remembered across pages; everything is
 * reachable by keyboard; printing leaves out the navigation.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hasChromium, launchBrowser, watchConsole } from '../helpers/browser.ts';

let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  if (!hasChromium) return;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const url = (path: string) => `${inject('demoUrl')}${path}`;
const bodySize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize));
const lineHeight = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  });

describe.skipIf(!hasChromium)('reading aids', () => {
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('the font-size control changes the size of the text and is remembered on the next page', async () => {
    const page = await context.newPage();
    const console = watchConsole(page);
    await page.goto(url('/policies/'));
    const medium = await bodySize(page);
    await page.getByRole('button', { name: '大字体' }).click();
    const large = await bodySize(page);
    expect(large).toBeGreaterThan(medium * 1.15);
    expect(await page.getByRole('button', { name: '大字体' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工作简报' }).click();
    await page.waitForURL(/\/bulletins\/$/);
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-font'))).toBe('large');
    expect(await page.getByRole('button', { name: '大字体' }).getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: '小字体' }).click();
    expect(await bodySize(page)).toBeLessThan(medium);
    await page.getByRole('button', { name: '中字体' }).click();
    expect(await bodySize(page)).toBeCloseTo(medium, 1);
    expect(console).toEqual([]);
    await page.close();
  });

  test('elderly mode enlarges text, widens line spacing to at least 1.3 and is remembered', async () => {
    const page = await context.newPage();
    await page.goto(url('/'));
    const before = await bodySize(page);
    await page.getByRole('button', { name: '适老模式' }).click();
    expect(await page.getByRole('button', { name: '适老模式' }).getAttribute('aria-pressed')).toBe('true');
    expect(await bodySize(page)).toBeGreaterThan(before * 1.2);
    expect(await lineHeight(page)).toBeGreaterThanOrEqual(1.3);
    await page.goto(url('/policies/'));
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-elderly'))).toBe(true);
    await page.getByRole('button', { name: '适老模式' }).click();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-elderly'))).toBe(false);
    await page.close();
  });

  test('the page is readable without JavaScript, and the controls that need it are not shown', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(url('/policies/'));
    expect(await page.locator('.reading-controls').isVisible()).toBe(false);
    expect(await page.locator('main tbody tr').count()).toBeGreaterThan(10);
    expect(await lineHeight(page)).toBeGreaterThanOrEqual(1.3);
    await noJs.close();
  });

  test('keyboard alone reaches every control on the page, with a visible focus', async () => {
    const page = await context.newPage();
    await page.goto(url('/search/?q=低保'));
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    // The facets are drawn after the results.
    await page.locator('#search-filters fieldset').first().waitFor();
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea')]
        .filter((el) => el.offsetParent !== null || el === document.activeElement)
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls.length + 5; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          html: el.outerHTML.slice(0, 120),
          outlined: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        };
      });
      if (!focused) continue;
      expect(focused.outlined, focused.html).toBe(true);
      reached.add(focused.html);
    }
    for (const control of controls) expect(reached, control).toContain(control);
    await page.close();
  });

  test('the skip link is the first stop and moves to the content', async () => {
    const page = await context.newPage();
    await page.goto(url('/policies/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到正文');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => location.hash)).toBe('#main');
    await page.close();
  });

  test('printing hides the navigation and shows link addresses', async () => {
    const page = await context.newPage();
    await page.goto(url('/policies/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.main-nav').isVisible()).toBe(false);
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.breadcrumb').isVisible()).toBe(false);
    const after = await page.evaluate(
      () => getComputedStyle(document.querySelector('main tbody a')!, '::after').content,
    );
    expect(after).toMatch(/\/policies\//);
    await page.close();
  });

  test('pages fit a 320 px wide screen without sideways scrolling', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ['/', '/policies/', '/catalogue/', '/checklists/', '/search/?q=低保']) {
      await page.goto(url(path));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
