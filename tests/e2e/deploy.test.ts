/**
 * The demo build served by real web servers with the configuration files in deploy/ — nginx
 * (deploy/nginx/gongkai.conf) and Caddy (deploy/Caddyfile) — as docs/security.md tells
 * departments to deploy it: every response carries the strict Content-Security-Policy and the
 * other security headers, nothing but static files is served, pages, the reading controls,
 * search (Pagefind's WebAssembly) and the editor work in Chromium without a single CSP violation,
 * and the served site verifies against its integrity manifest.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, watchConsole } from '../helpers/browser.ts';
import { outputRoot } from '../helpers/build.ts';
import { caddyPath, nginxPath, startCaddy, startNginx, type WebServer } from '../helpers/webserver.ts';
import { adminPolicy, sitePolicy } from '../../src/lib/security/csp.ts';
import { verifySite } from '../../src/lib/integrity/verify.ts';

const servers = [
  { name: 'nginx', installed: Boolean(nginxPath), start: startNginx },
  { name: 'Caddy', installed: Boolean(caddyPath), start: startCaddy },
];
for (const server of servers) {
  if (server.installed) continue;
  const message = `${server.name} is not installed: the deployment tests for it cannot run (apt-get install -y ${server.name.toLowerCase()}).`;
  if (process.env['CI'] === 'true') throw new Error(`${message} They cannot be skipped in CI.`);
  console.warn(`\n!! SKIPPING ${message}\n`);
}

let browser: Browser;
beforeAll(async () => {
  if (hasChromium) browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Records CSP violations as the page reports them (an init script is not itself subject to the CSP). */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const store: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = store;
    document.addEventListener('securitypolicyviolation', (event) =>
      store.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** A file a hijacked server might hold; the configuration must not serve any of them. */
const PLANTED = [
  'shell.php',
  'uploads/x.PHP5',
  'cgi-bin/run.cgi',
  '.env',
  '.git/config',
  'backup.sql',
  'index.html.bak',
];

describe.each(servers)('$name with the configuration from deploy/', ({ name, installed, start }) => {
  // Headers, static files and integrity need only the server; pages and the editor need Chromium too.
  const run = installed;
  const inBrowser = installed && hasChromium;
  let site: WebServer;
  let root: string;

  beforeAll(async () => {
    if (!run) return;
    // A copy of the demo build with files planted in it, as on a hijacked server.
    root = join(outputRoot, 'dist', `deploy-${name.toLowerCase()}`);
    rmSync(root, { recursive: true, force: true });
    cpSync(inject('demoDir'), root, { recursive: true });
    for (const file of PLANTED) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), '<?php eval($_POST["x"]); ?>');
    }
    site = await start(root);
  });
  afterAll(async () => {
    await site?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test.skipIf(!run)('every response carries the security headers; the editor has its own policy', async () => {
    for (const path of ['/', '/policies/', '/pagefind/pagefind.js', '/no-such-page/']) {
      const response = await fetch(`${site.url}${path}`);
      expect(response.headers.get('content-security-policy'), path).toBe(sitePolicy());
      expect(response.headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
    }
    const admin = await fetch(`${site.url}/admin/`);
    expect(admin.headers.get('content-security-policy')).toBe(adminPolicy());
    expect(admin.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test.skipIf(!run)('only static files are served: no scripts, hidden files, backups or other methods', async () => {
    for (const file of PLANTED) {
      const response = await fetch(`${site.url}/${file}`);
      expect(response.status, file).toBe(404);
      expect(await response.text(), file).toContain('页面不存在');
    }
    expect((await fetch(`${site.url}/`, { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await fetch(`${site.url}/.well-known/gongkai-manifest.json`)).status).toBe(200);
  });

  test.skipIf(!inBrowser)('pages, reading controls and search work in Chromium with no CSP violation', async () => {
    const page = await browser.newPage();
    const console = watchConsole(page);
    const violations = await watchViolations(page);
    for (const path of ['/', '/policies/', '/articles/tjsj/2025-niandu-tongji/', '/bulletins/gzjb/2025/1/']) {
      await page.goto(`${site.url}${path}`);
      expect(await violations(), path).toEqual([]);
    }
    // The aligned table columns keep their alignment (the hashed style attribute is allowed).
    await page.goto(`${site.url}/articles/tjsj/2025-niandu-tongji/`);
    expect(
      await page
        .locator('td[style]')
        .first()
        .evaluate((cell) => getComputedStyle(cell).textAlign),
    ).toBe('right');
    await page.getByRole('button', { name: '大字体' }).click();
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-font'))).toBe('large');

    await page.goto(`${site.url}/search/?q=${encodeURIComponent('社会救助')}`);
    await page.waitForFunction(() =>
      /找到 \d+ 个结果/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    expect(await page.locator('#search-results .result-title').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(console).toEqual([]);
    await page.close();

    // The 404 page (its status is the one expected console line).
    const missing = await browser.newPage();
    const missingViolations = await watchViolations(missing);
    const response = await missing.goto(`${site.url}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await missing.textContent('h1')).toBe('页面不存在');
    expect(await missingViolations()).toEqual([]);
    await missing.close();
  });

  test.skipIf(!inBrowser)('the editor at /admin/ loads under its own policy with no violation', async () => {
    const page = await browser.newPage();
    const console = watchConsole(page);
    const violations = await watchViolations(page);
    await page.route('https://www.githubstatus.com/api/v2/status.json', (route) =>
      route.fulfill({ json: { status: { indicator: 'none' } } }),
    );
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: /Local Repository|本地仓库/ }).waitFor({ timeout: 20_000 });
    expect(await violations()).toEqual([]);
    expect(console.filter((line) => line.startsWith('error') || line.startsWith('pageerror'))).toEqual([]);
    await page.close();
  });

  test.skipIf(!run)(
    'the served site matches its integrity manifest, for browsers, crawlers and missing pages',
    async () => {
      const report = await verifySite(site.url, { allowUnsigned: true });
      expect(report.findings.map((f) => f.message)).toEqual([]);
    },
  );
});
