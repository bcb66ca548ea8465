/**
 * The check of the built pages (after `astro build`, before the manifest is signed): every page
 * shows the site name from content/site.yaml, every document page the title its content file
 * gives, and no page carries a denied word in its title or a script or style that the strict
 * Content-Security-Policy would block. An injected site name or title — from a tampered
 * template, build machine or dependency — stops the build instead of being published and signed.
 *
 * Pages are read with a few regular expressions, not an HTML parser: Astro's output is regular,
 * and hundreds of pages take a few tens of milliseconds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadedSite } from '../content/load.ts';
import { decodeRoute } from '../content/routes.ts';
import { guideUrl } from '../guides.ts';
import { urls } from '../urls.ts';
import { integrityText, ui } from '../../i18n/zh-CN.ts';
import { deniedIn, type Denylist } from '../guard/denylist.ts';
import { TABLE_ALIGN_STYLES } from '../security/csp.ts';

const t = integrityText.pages;

export type Expectations = {
  siteName: string;
  /** Decoded page address → the title its content gives. */
  documents: Map<string, string>;
};

/** What the content says each document page is called, by decoded address. */
export function expectations(loaded: LoadedSite): Expectations | undefined {
  const { site, entries } = loaded;
  if (!site) return undefined;
  const documents = new Map<string, string>();
  const add = (url: string, title: string) => documents.set(decodeRoute(url), title);
  for (const e of entries.policies) add(urls.policy(e.id), e.data.title);
  for (const e of entries.interpretations) add(urls.interpretation(e.id), e.data.title);
  for (const e of entries.checklists) add(urls.checklist(e.id), e.data.title);
  for (const e of entries.articles) add(urls.article(e.id), e.data.title);
  for (const e of entries.guides) add(guideUrl(e.id, e.data.topic), e.data.title);
  for (const e of entries.annualReports) add(urls.annualReport(e.data.year), e.data.title);
  const slugOf = new Map(site.bulletinSeries.map((s) => [s.name, s.slug]));
  for (const e of entries.bulletins) {
    const slug = slugOf.get(e.data.series);
    if (slug) add(urls.bulletin(slug, e.data.year, e.data.issue, e.data.supplement), e.data.title);
  }
  return { siteName: site.name, documents };
}

/** A page of the build and the title it was checked to have (for the manifest). */
export type PageRecord = { path: string; file: string; title: string };

/** `policies/a/index.html` → `/policies/a/`; `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
const decode = (text: string) =>
  text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
const textOf = (html: string) =>
  decode(html.replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
const attr = (tag: string, name: string) => {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? decode(match[2] ?? match[3] ?? match[4] ?? '') : undefined;
};
const metaContents = (html: string, name: string) =>
  [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => attr(tag, 'name') === name)
    .map((tag) => attr(tag, 'content') ?? '');

/** The parts of a page that say what it is. */
export function readPage(html: string) {
  const withoutSvg = html.replace(/<svg\b[\s\S]*?<\/svg>/gi, '');
  const titles = [...withoutSvg.matchAll(/<title\b[^>]*>([\s\S]*?)<\/title>/gi)].map((m) => textOf(m[1] ?? ''));
  const headings = [...withoutSvg.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/gi)].map((m) => textOf(m[1] ?? ''));
  const siteNames = [
    ...html.matchAll(/<a\b[^>]*\bclass\s*=\s*"(?:[^"]*\s)?site-name(?:\s[^"]*)?"[^>]*>([\s\S]*?)<\/a>/gi),
  ].map((m) => textOf(m[1] ?? ''));
  const inline: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = m[1] ?? '';
    const type = attr(tag, 'type')?.toLowerCase();
    const isData = type !== undefined && type !== 'module' && !type.includes('javascript');
    if (attr(tag, 'src') === undefined && !isData && (m[2] ?? '').trim()) inline.push(`<script${tag}>`);
  }
  for (const m of html.matchAll(/<style\b[^>]*>/gi)) inline.push(m[0]);
  for (const m of html.matchAll(/<[a-z][\w-]*\b[^>]*?\sstyle\s*=\s*"([^"]*)"[^>]*>/gi)) {
    if (!(TABLE_ALIGN_STYLES as readonly string[]).includes(m[1] ?? '')) inline.push(m[0]);
  }
  for (const m of html.matchAll(/<[a-z][\w-]*\b[^>]*?\son[a-z]+\s*=[^>]*>/gi)) inline.push(m[0]);
  return {
    titles,
    headings,
    siteNames,
    siteNameMeta: metaContents(html, 'SiteName'),
    articleTitles: metaContents(html, 'ArticleTitle'),
    inline,
  };
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** The problems of one page; `file` is relative to the output folder. */
export function checkPage(
  file: string,
  html: string,
  expect: Expectations,
  denylist: Denylist,
): { problems: string[]; title: string } {
  const page = readPage(html);
  const problems: string[] = [];
  const { siteName } = expect;
  const path = pagePath(file);
  const title = page.titles[0] ?? '';
  if (page.titles.length !== 1) problems.push(t.count(file, '<title>', page.titles.length));
  const named: [string, string[]][] = [
    ['<title>', page.titles],
    ['ArticleTitle', page.articleTitles],
    ['<h1>', page.headings.slice(0, 1)],
    [t.headerSiteName, page.siteNames],
  ];
  for (const [what, texts] of named) {
    for (const text of texts) {
      for (const hit of deniedIn(denylist, text, 'names')) {
        problems.push(t.denied(file, what, short(hit.original), hit.label, hit.category));
      }
    }
  }
  for (const tag of page.inline) problems.push(t.inlineScript(file, short(tag)));

  if (path === '/admin/') {
    // The editor has no site chrome; its title is fixed.
    const expected = `${ui.admin.title} - ${siteName}`;
    if (page.titles.length === 1 && title !== expected) problems.push(t.title(file, title, expected));
    return { problems, title };
  }

  if (page.siteNameMeta.length !== 1) problems.push(t.count(file, '<meta name="SiteName">', page.siteNameMeta.length));
  else if (page.siteNameMeta[0] !== siteName) problems.push(t.siteNameMeta(file, page.siteNameMeta[0]!, siteName));
  if (page.siteNames.length !== 1) problems.push(t.count(file, t.headerSiteName, page.siteNames.length));
  else if (page.siteNames[0] !== siteName) problems.push(t.siteNameHeader(file, page.siteNames[0]!, siteName));

  const document = expect.documents.get(decodeRoute(path));
  if (document !== undefined) {
    const expectedTitle = `${document} - ${siteName}`;
    if (page.titles.length === 1 && title !== expectedTitle) problems.push(t.title(file, title, expectedTitle));
    if (page.articleTitles.length !== 1)
      problems.push(t.count(file, '<meta name="ArticleTitle">', page.articleTitles.length));
    else if (page.articleTitles[0] !== document) problems.push(t.articleTitle(file, page.articleTitles[0]!, document));
    if (page.headings[0] !== document) problems.push(t.heading(file, page.headings[0] ?? '', document));
  } else if (page.titles.length === 1 && title !== siteName && !title.endsWith(` - ${siteName}`)) {
    problems.push(t.titleSuffix(file, title, siteName));
  } else if (page.articleTitles.length > 0) {
    // A page with ArticleTitle that the content does not know: it must at least agree with itself.
    const heading = page.headings[0] ?? '';
    if (page.articleTitles[0] !== heading) problems.push(t.articleTitle(file, page.articleTitles[0]!, heading));
  }
  return { problems, title };
}

/** Checks every page of a build; `files`: paths relative to `outDir`. */
export function checkPages(
  outDir: string,
  files: string[],
  expect: Expectations,
  denylist: Denylist,
): { problems: string[]; pages: PageRecord[] } {
  const problems: string[] = [];
  const pages: PageRecord[] = [];
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(outDir, file), 'utf8');
    // Not a page: a search-engine verification file (baidu_verify_….html) holds a bare token.
    if (!/<[a-z!]/i.test(html)) continue;
    const result = checkPage(file, html, expect, denylist);
    problems.push(...result.problems);
    pages.push({ path: pagePath(file), file, title: result.title });
  }
  return { problems, pages };
}
