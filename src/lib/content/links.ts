/**
 * Links and images in the Markdown/MDX bodies, read as the renderer and the browser read them
 * (./markdown.ts): a link to a page of this site that does not exist, or an image or file that
 * is not in public/, is an error naming the file, line and the address. Links written in raw HTML
 * and GFM's bare `www.…` addresses count like any other.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { capProblems, fieldName, type Problem } from './problems.ts';
import { flattenColumns } from '../documents/columns.ts';
import { SITE_FILE } from './load.ts';
import type { LoadedEntry, LoadedSite } from './load.ts';
import type { SitePaths } from './paths.ts';
import { decodeRoute, knownRoutes } from './routes.ts';
import { cachedBodyResult } from './bodyCache.ts';
import { descendants, readBody } from './markdown.ts';
import { isInside } from '../paths.ts';
import { kinds } from '../../kinds/index.ts';
import { checkText } from '../../i18n/checks.ts';

export function checkLinks(loaded: LoadedSite, paths: SitePaths): Problem[] {
  // Without a valid site configuration the list of pages is incomplete: fix that first.
  if (!loaded.site) return [];
  const routes = knownRoutes(loaded);
  const problems: Problem[] = [];
  // The Markdown bodies of every kind whose descriptor says its body links are checked.
  const bodies = kinds
    .filter((kind) => kind.bodyLinks)
    .flatMap((kind): readonly LoadedEntry[] => loaded.entries[kind.name]);
  // Column links in the site configuration must lead somewhere too.
  if (loaded.site) {
    for (const column of flattenColumns(loaded.site.columns)) {
      if (!column.href?.startsWith('/')) continue;
      const message = brokenLink(column.href, false, routes, paths);
      if (message) problems.push({ severity: 'error', file: SITE_FILE, field: fieldName(['columns', 'href']), message: checkText.columnLink(column.title, message) });
    }
  }
  for (const entry of bodies) {
    // Where the links are depends on the body alone: remembered between checks (./bodyCache.ts).
    const found = cachedBodyResult('links', '', entry, () => {
      const { tree, problem } = readBody(entry);
      const links: { url: string; image: boolean; line: number }[] = [];
      for (const node of tree ? descendants(tree) : []) {
        if (node.type !== 'element') continue;
        const url = node.tagName === 'a' ? node.properties['href'] : node.tagName === 'img' ? node.properties['src'] : undefined;
        if (typeof url === 'string') links.push({ url, image: node.tagName === 'img', line: node.position?.start.line ?? 1 });
      }
      return { problem, links };
    });
    if (found.problem) problems.push(found.problem);
    const broken: Problem[] = [];
    for (const link of found.links) {
      const message = brokenLink(link.url, link.image, routes, paths);
      if (message) broken.push({ severity: 'error', file: entry.file, line: link.line + entry.bodyLine - 1, field: '', message });
    }
    for (const problem of capProblems(broken, entry.file)) problems.push(problem);
  }
  return problems;
}

/** Why a link is broken, or undefined when it is fine or points outside the site. */
export function brokenLink(written: string, isImage: boolean, routes: Set<string>, paths: SitePaths): string | undefined {
  // As the URL standard reads an address: outer spaces and control characters, tabs and line
  // breaks removed, `\` as `/` (so `/\host` is another site, judged by the content guard).
  const url = written.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  const slashed = url.replace(/\\/g, '/');
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || slashed.startsWith('//')) return undefined;
  if (!url.startsWith('/')) return checkText.relativeLink(isImage, url);
  const path = decodeRoute(url.replace(/[?#].*$/, ''));
  // `/../../etc/passwd` is not a file of the site, whatever exists there.
  const file = join(paths.public, path);
  if (isInside(paths.public, file) && existsSync(file)) return undefined;
  if (isImage) return checkText.missingImage(path);
  const candidates = [path, path.endsWith('/') ? path : `${path}/`];
  if (candidates.some((candidate) => routes.has(candidate))) return undefined;
  if (/\.[a-z0-9]+$/i.test(path)) return checkText.missingLinkedFile(path);
  return checkText.missingPage(url);
}
