/**
 * The browser editor (/admin/) loads in Chromium from the site's own files and shows its
 * sign-in screen without console errors.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, watchConsole } from '../helpers/browser.ts';

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!hasChromium)('the browser editor', () => {
  test('/admin/ loads its configuration and shows the sign-in choices in Chinese, asking no other host', async () => {
    // A browser set up in English, on a network with nothing but the site: the editor still
    // speaks Chinese and sends no request anywhere else before someone signs in.
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    const console = watchConsole(page);
    const external: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.hostname !== '127.0.0.1' && url.protocol.startsWith('http')) external.push(request.url());
    });
    const config = await page.request.get(`${inject('demoUrl')}/admin/config.yml`);
    expect(config.ok()).toBe(true);
    expect(await config.text()).toContain('label: 政策文件');

    await page.goto(`${inject('demoUrl')}/admin/`);
    await page.getByRole('button', { name: '使用本地仓库' }).waitFor({ timeout: 20_000 });
    // The host's name is isolated for bidirectional text (U+2068 … U+2069).
    expect(await page.getByRole('button', { name: /^使用 \W?GitHub\W? 登录$/ }).count()).toBe(1);
    // The department's name on the sign-in page.
    expect(await page.textContent('body')).toContain('云川市柳塘区民政局内容编辑');
    await page.waitForTimeout(1000);
    expect(external).toEqual([]);
    expect(console.filter((line) => line.startsWith('error') || line.startsWith('pageerror'))).toEqual([]);
    await context.close();
  });
});
