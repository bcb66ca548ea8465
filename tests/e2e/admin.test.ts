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
  test('/admin/ loads its configuration and shows the sign-in choices, with an empty console', async () => {
    const page = await browser.newPage();
    const console = watchConsole(page);
    const external: string[] = [];
    // This machine has no internet. The one outside request the editor makes is the git host's
    // public status check; answer it as the host would, and record anything else that leaves.
    await page.route('https://www.githubstatus.com/api/v2/status.json', (route) =>
      route.fulfill({ json: { status: { indicator: 'none' } } }),
    );
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (
        url.hostname !== '127.0.0.1' &&
        !url.hostname.endsWith('githubstatus.com') &&
        url.protocol.startsWith('http')
      ) {
        external.push(request.url());
      }
    });
    const config = await page.request.get(`${inject('demoUrl')}/admin/config.yml`);
    expect(config.ok()).toBe(true);
    expect(await config.text()).toContain('label: 政策文件');

    await page.goto(`${inject('demoUrl')}/admin/`);
    await page.getByRole('button', { name: /Local Repository|本地仓库/ }).waitFor({ timeout: 20_000 });
    expect(await page.getByRole('button', { name: /GitHub/ }).count()).toBeGreaterThan(0);
    expect(external).toEqual([]);
    expect(console.filter((line) => line.startsWith('error') || line.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });
});
