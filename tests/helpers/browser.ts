/**
 * Headless Chromium for browser tests, driven by playwright-core (never a downloaded browser).
 * Chromium is found at CHROMIUM_PATH or /usr/bin/chromium. When CI=true a missing browser is a
 * failure; elsewhere the browser tests are skipped, with a loud notice.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

if (!hasChromium) {
  const message = `Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`;
  if (process.env['CI'] === 'true') throw new Error(`${message} Browser tests cannot be skipped in CI.`);
  console.warn(`\n${'!'.repeat(80)}\n!! SKIPPING BROWSER TESTS. ${message}\n${'!'.repeat(80)}\n`);
}

/** Playwright gives every launch a fresh, empty profile directory of its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console messages and page errors, so tests can assert the console stayed empty. */
export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}
