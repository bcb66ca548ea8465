/**
 * axe-core in Chromium over each page template of the demo build: no WCAG 2.1 A/AA violations,
 * and nothing in the console.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser, watchConsole } from '../helpers/browser.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { urls } from '../../src/lib/urls.ts';
import { guideUrl } from '../../src/lib/documents/guides.ts';
import { projectRoot } from '../helpers/build.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const demo = loadContent(sitePaths(projectRoot));
const policy = demo.entries.policies.find((p) => p.data.validity !== '有效') ?? demo.entries.policies[0]!;
const checklist = demo.entries.checklists[0]!;
const bulletin = demo.entries.bulletins[0]!;
const interpretation = demo.entries.interpretations[0]!;
const series = demo.site!.bulletinSeries.find((s) => s.name === bulletin.data.series)!;

const pages = {
  home: urls.home(),
  'policy list': urls.policies(),
  'policy (not in force)': urls.policy(policy.id),
  interpretation: urls.interpretation(interpretation.id),
  'checklist list': urls.checklists(),
  checklist: urls.checklist(checklist.id),
  'bulletin archive': urls.bulletins(),
  'bulletin issue': urls.bulletin(series.slug, bulletin.data.year, bulletin.data.issue, bulletin.data.supplement),
  'search with results': urls.search('社会救助'),
  'not found': '/404.html',
  'column with sub-columns': urls.column('xxgk'),
  'column of articles': urls.column('gzdt'),
  article: urls.article(demo.entries.articles[0]!.id),
  catalogue: urls.catalogue(),
  'organisation (leaders)': urls.about('leaders'),
  links: urls.links(),
  'guide topics': urls.guides(),
  guide: guideUrl(demo.entries.guides[0]!.id, demo.entries.guides[0]!.data.topic),
  'annual report': urls.annualReport(demo.entries.annualReports[0]!.data.year),
  'open data': urls.openData(),
  'regulations library': urls.regulations(),
  regulation: urls.regulation('云川市城乡居民最低生活保障办法'),
  'checklist with changes': urls.checklist(demo.entries.checklists.find((c) => c.data.replaces)?.id ?? checklist.id),
};

let browser: Browser;
/** Tabs that are reused from page to page, by mode: loading axe-core into a fresh tab costs more than the check. */
const tabs = { normal: [] as Tab[], elderly: [] as Tab[] };
type Tab = { page: Page; console: string[] };
const TABS_PER_MODE = 2;

beforeAll(async () => {
  if (!hasChromium) return;
  browser = await launchBrowser();
  for (const mode of ['normal', 'elderly'] as const) {
    const context = await browser.newContext();
    // Run through the DevTools protocol before the page's own scripts, which the page's strict
    // CSP does not govern (a <script> tag would be blocked, as it should be). axe only defines
    // window.axe; it changes nothing on the page until it is run.
    await context.addInitScript({ content: axeSource });
    if (mode === 'elderly') await context.addInitScript(() => localStorage.setItem('gongkai:elderly', '1'));
    for (let i = 0; i < TABS_PER_MODE; i++) {
      const page = await context.newPage();
      tabs[mode].push({ page, console: watchConsole(page) });
    }
  }
});
afterAll(async () => {
  await browser?.close();
});

/** Waits for a free tab of that mode; the check runs in it and gives it back. */
async function withTab<T>(mode: keyof typeof tabs, check: (tab: Tab) => Promise<T>): Promise<T> {
  while (tabs[mode].length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const tab = tabs[mode].pop()!;
  tab.console.length = 0;
  try {
    return await check(tab);
  } finally {
    tabs[mode].push(tab);
  }
}

const cases = Object.entries(pages).flatMap(([name, path]) => [
  { name, path, mode: 'normal' as const },
  { name, path, mode: 'elderly' as const },
]);

describe.skipIf(!hasChromium)('accessibility (WCAG 2.1 AA)', () => {
  // A few pages at a time: the checks do not depend on one another.
  test.concurrent.for(cases)('the $name page has no axe violations ($mode mode)', async ({ path, mode }, { expect }) =>
    withTab(mode, async ({ page, console }) => {
      await page.goto(`${inject('demoUrl')}${path}`);
      if (path.startsWith('/search/')) {
        await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
      }
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-elderly'))).toBe(mode === 'elderly');
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                context: Document,
                options: object,
              ) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        });
        return result.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
        );
      });
      expect(violations).toEqual([]);
      expect(console).toEqual([]);
    }),
  );
});
