/**
 * Links and images in the Markdown/MDX bodies (remark: unified + remark-parse, remark-mdx for
 * .mdx): a link to a page of this site that does not exist, or an image or file that is not in
 * public/, is an error naming the file, line and the address. Runs in `npm run check` and before
 * the build, not in the render pipeline (STACK.md: keeps Astro on its fast Markdown processor).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { fieldName, type Problem } from './problems.ts';
import { flattenColumns } from '../columns.ts';
import { SITE_FILE } from './load.ts';
import type { LoadedEntry, LoadedSite } from './load.ts';
import type { SitePaths } from './paths.ts';
import { decodeRoute, knownRoutes } from './routes.ts';
import { cachedBodyResult } from './bodyCache.ts';

const markdown = unified().use(remarkParse);
const mdx = unified().use(remarkParse).use(remarkMdx);

type Parsed = { tree?: Root; problem?: Problem };

// The link check and the content guard both read every body: parse each one once.
const parsedBodies = new Map<string, { body: string; bodyLine: number; parsed: Parsed }>();

/** Parses a body; an MDX syntax error is returned as a problem at its line. */
export function parseBody(entry: Pick<LoadedEntry, 'file' | 'body' | 'bodyLine'>): Parsed {
  const known = parsedBodies.get(entry.file);
  if (known && known.body === entry.body && known.bodyLine === entry.bodyLine) return known.parsed;
  const parsed = parseUncached(entry);
  parsedBodies.set(entry.file, { body: entry.body, bodyLine: entry.bodyLine, parsed });
  return parsed;
}

function parseUncached(entry: Pick<LoadedEntry, 'file' | 'body' | 'bodyLine'>): Parsed {
  const isMdx = entry.file.endsWith('.mdx');
  try {
    return { tree: (isMdx ? mdx : markdown).parse(entry.body) };
  } catch (error) {
    // micromark's message ends with the place in the body, `(3:1-3:24)`; its fields may be unset.
    const reason = ((error as { reason?: string }).reason ?? String(error)).replace(/\s*\(\d+:\d+(-\d+:\d+)?\)$/, '');
    const at = /\((\d+):\d+/.exec(String((error as { message?: string }).message));
    const line = ((error as { line?: number }).line ?? Number(at?.[1] ?? 1)) + entry.bodyLine - 1;
    return {
      problem: {
        severity: 'error',
        file: entry.file,
        line,
        field: '',
        message: `MDX 语法错误：${reason}。请检查这一行的标签是否成对、属性是否加了引号。`,
      },
    };
  }
}

export function checkLinks(loaded: LoadedSite, paths: SitePaths): Problem[] {
  // Without a valid site configuration the list of pages is incomplete: fix that first.
  if (!loaded.site) return [];
  const routes = knownRoutes(loaded);
  const problems: Problem[] = [];
  const bodies = [
    ...loaded.entries.policies,
    ...loaded.entries.interpretations,
    ...loaded.entries.bulletins,
    ...loaded.entries.articles,
    ...loaded.entries.guides,
  ];
  // Column links in the site configuration must lead somewhere too.
  if (loaded.site) {
    for (const column of flattenColumns(loaded.site.columns)) {
      if (!column.href?.startsWith('/')) continue;
      const message = brokenLink(column.href, false, routes, paths);
      if (message) problems.push({ severity: 'error', file: SITE_FILE, field: fieldName(['columns', 'href']), message: `栏目“${column.title}”的${message}` });
    }
  }
  for (const entry of bodies) {
    // Where the links are depends on the body alone: remembered between checks (./bodyCache.ts).
    const found = cachedBodyResult('links', '', entry, () => {
      const { tree, problem } = parseBody(entry);
      const links: { url: string; image: boolean; line: number }[] = [];
      if (tree) {
        visit(tree, ['link', 'image', 'definition'], (node) => {
          if (!('url' in node) || typeof node.url !== 'string') return;
          links.push({ url: node.url, image: node.type === 'image', line: node.position?.start.line ?? 1 });
        });
      }
      return { problem, links };
    });
    if (found.problem) problems.push(found.problem);
    for (const link of found.links) {
      const message = brokenLink(link.url, link.image, routes, paths);
      if (message) problems.push({ severity: 'error', file: entry.file, line: link.line + entry.bodyLine - 1, field: '', message });
    }
  }
  return problems;
}

/** Why a link is broken, or undefined when it is fine or points outside the site. */
export function brokenLink(url: string, isImage: boolean, routes: Set<string>, paths: SitePaths): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('#') || url.startsWith('//')) return undefined;
  const what = isImage ? '图片' : '链接';
  if (!url.startsWith('/')) {
    return `${what}“${url}”是相对地址；站内${what}请写以 / 开头的完整路径，例如 /policies/2024/dibao-biaozhun/。`;
  }
  const path = decodeRoute(url.replace(/[?#].*$/, ''));
  if (existsSync(join(paths.public, path))) return undefined;
  if (isImage) return `图片 ${path} 不存在；请把图片放到 public${path}，或改正路径。`;
  const candidates = [path, path.endsWith('/') ? path : `${path}/`];
  if (candidates.some((candidate) => routes.has(candidate))) return undefined;
  if (/\.[a-z0-9]+$/i.test(path)) return `链接的文件 ${path} 不存在；请把文件放到 public${path}，或改正路径。`;
  return `链接 ${url} 指向的页面不存在；请检查地址（本站页面地址以 / 结尾，例如 /policies/2024/dibao-biaozhun/）。`;
}
