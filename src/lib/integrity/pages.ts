/**
 * The check of the built output (after `astro build`, before the manifest is signed).
 *
 * Every HTML, SVG and XML file in the output folder — pages Astro wrote and files copied from
 * public/ — passes the document gate (src/lib/guard/documents.ts): read by a standard HTML parser,
 * no script but the site's own, no frames, redirects, event handlers or links to hosts outside
 * the allowlist, no link a reader cannot see, no denied word in the text a reader sees. On top,
 * every page shows the site name from content/site.yaml, and every document page the title its
 * content file gives. An injected site name, title, link or script — from a tampered template,
 * build machine or dependency, or a file dropped into public/ — stops the build instead of being
 * published and signed. Links between the output's own files are not judged here.
 */
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import type { LoadedSite } from '../content/load.ts';
import { decodeRoute } from '../content/routes.ts';
import { entryPages } from '../../kinds/index.ts';
import { integrityText } from '../../i18n/integrity.ts';
import { ui } from '../../i18n/ui.ts';
import { currentBase, withBase, withoutBase } from '../base.ts';
import { searchRecord, type SearchRecord } from './records.ts';
import { deniedIn } from '../guard/denylist.ts';
import { checkDocument, decodeDocument, documentKind, textOf, type DocumentRules } from '../guard/documents.ts';

const t = integrityText.pages;

export type Expectations = {
  siteName: string;
  /** Decoded page address → the title its content gives. */
  documents: Map<string, string>;
};

/** What the content says each document page is called, by decoded address (src/kinds/). */
export function expectations(loaded: LoadedSite): Expectations | undefined {
  const { site, entries } = loaded;
  if (!site) return undefined;
  // Keyed by the page's address in the output folder, without the site's prefix.
  const base = currentBase();
  const documents = new Map(
    entryPages(entries, site).map((page) => [decodeRoute(withoutBase(base, page.url) ?? page.url), page.title]),
  );
  return { siteName: site.name, documents };
}

/** A page of the build and the title it was checked to have (for the manifest). */
export type PageRecord = { path: string; file: string; title: string };

/** `policies/a/index.html` → `/policies/a/`; `404.html` → `/404.html`. */
export function pagePath(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every element with this tag, in document order. */
function elementsOf(node: Nodes, tag: string, found: Element[] = []): Element[] {
  if (node.type === 'element' && node.tagName === tag) found.push(node);
  if ('children' in node) for (const child of node.children) elementsOf(child as Nodes, tag, found);
  return found;
}

const metaContents = (tree: Root, name: string) =>
  elementsOf(tree, 'meta')
    .filter((meta) => meta.properties['name'] === name)
    .map((meta) => String(meta.properties['content'] ?? ''));

/** The parts of a page that say what it is, read from its HTML tree. */
export function readPage(tree: Root) {
  const hasClass = (element: Element, name: string) =>
    Array.isArray(element.properties['className']) && element.properties['className'].includes(name);
  // An inline SVG's <title> names the picture, not the page.
  const titles = elementsOf(tree, 'title')
    .filter((title) => !svgAncestor(tree, title))
    .map((title) => clean(textOf(title)));
  return {
    titles,
    headings: elementsOf(tree, 'h1').map((h1) => clean(textOf(h1))),
    siteNames: elementsOf(tree, 'a')
      .filter((a) => hasClass(a, 'site-name'))
      .map((a) => clean(textOf(a))),
    siteNameMeta: metaContents(tree, 'SiteName'),
    articleTitles: metaContents(tree, 'ArticleTitle'),
  };
}

function svgAncestor(tree: Nodes, target: Element, inSvg = false): boolean | undefined {
  if (tree === target) return inSvg;
  if (!('children' in tree)) return undefined;
  const svg = inSvg || (tree.type === 'element' && tree.tagName === 'svg');
  for (const child of tree.children) {
    const found = svgAncestor(child as Nodes, target, svg);
    if (found !== undefined) return found;
  }
  return undefined;
}

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 80)}…` : text);

/** The problems of one page; `file` is relative to the output folder. */
export function checkPage(
  file: string,
  html: string,
  expect: Expectations,
  rules: DocumentRules,
  /** The page's address for its search record (./records.ts), when one is wanted. */
  recordUrl?: string,
): { problems: string[]; title: string; record?: SearchRecord } {
  const result = checkDocument('html', html, rules);
  const record = recordUrl === undefined ? undefined : searchRecord(result.tree!, recordUrl);
  const withRecord = record ? { record } : {};
  const page = readPage(result.tree!);
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
  const reported = new Set<string>();
  for (const [what, texts] of named) {
    for (const text of texts) {
      for (const hit of deniedIn(rules.denylist, text, 'names')) {
        if (hit.severity !== 'error') continue;
        problems.push(t.denied(file, what, short(hit.original), hit.label, hit.category));
        reported.add(hit.original);
      }
    }
  }
  // The gate's findings, except denied words already reported where they stand (title, <h1>).
  for (const problem of result.problems) {
    if ([...reported].some((original) => problem.includes(`“${short(original)}”`))) continue;
    problems.push(`${file}: ${problem}`);
  }

  if (path === '/admin/') {
    // The editor has no site chrome; its title is fixed.
    const expected = `${ui.admin.title} - ${siteName}`;
    if (page.titles.length === 1 && title !== expected) problems.push(t.title(file, title, expected));
    return { problems, title, ...withRecord };
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
  return { problems, title, ...withRecord };
}

/**
 * Checks every file of a build that a browser reads as a document; `files`: paths relative to
 * `outDir`. HTML pages also get the page checks above and are listed for the manifest.
 * `records.base`: also read each indexed page's search record (./records.ts), its address under
 * that prefix, for the portal of a site group.
 */
export function checkPages(
  outDir: string,
  files: string[],
  expect: Expectations,
  rules: DocumentRules,
  records?: { base: string },
): { problems: string[]; pages: PageRecord[]; records?: SearchRecord[] } {
  const problems: string[] = [];
  const pages: PageRecord[] = [];
  const found: SearchRecord[] = [];
  for (const file of files) {
    // A link in the output would publish whatever it points to, outside the site.
    if (lstatSync(join(outDir, file)).isSymbolicLink()) {
      problems.push(`${file}: ${t.symlink}`);
      continue;
    }
    const kind = documentKind(file);
    if (!kind) continue;
    const decoded = decodeDocument(readFileSync(join(outDir, file)));
    if ('problem' in decoded) {
      problems.push(`${file}: ${decoded.problem}`);
      continue;
    }
    const html = decoded.text;
    if (kind !== 'html') {
      problems.push(...checkDocument(kind, html, rules).problems.map((problem) => `${file}: ${problem}`));
      continue;
    }
    // Not a page: a search-engine verification file (baidu_verify_….html) holds a bare token.
    if (!/<[a-z!]/i.test(html)) continue;
    const result = checkPage(file, html, expect, rules, records && withBase(records.base, pagePath(file)));
    problems.push(...result.problems);
    pages.push({ path: pagePath(file), file, title: result.title });
    if (result.record) found.push(result.record);
  }
  return { problems, pages, ...(records ? { records: found } : {}) };
}
