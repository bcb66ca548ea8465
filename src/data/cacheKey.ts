/**
 * The key that lets a rebuild reuse pages (Astro's `experimental.incrementalBuild`, see
 * astro.config.mjs): every dynamic route returns it as `cacheKey` from `getStaticPaths()`.
 *
 * A page is reused only when its template code (Astro tracks it) and its key are unchanged. The
 * key is the text of the bodies the page renders (given by the route; Astro does not see the
 * bodies our pages render) and a build-wide part that covers everything else a page can show:
 * - the front matter of every entry of every collection (titles, numbers, dates, relations and
 *   statuses appear on other pages: reverse links, lists, the catalogue, banners);
 * - whether each entry has a body at all (a guide without one shows a different page);
 * - the whole text of the regulations, whose articles other pages cite and link by anchor;
 * - the site's own files (content/*.yaml: site, organisation, synonyms…) and the names and sizes
 *   of public/ files (attachment sizes are shown);
 * - "today" in the site's time zone, since statuses change with the date.
 *
 * So editing a document's text re-renders that page (and the pages without a key: home, lists
 * of static routes, feeds); editing any front matter re-renders every page. Computed once per build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { sitePaths } from '../lib/content/paths.ts';
import { today } from '../site.ts';

const COLLECTIONS = [
  'policies',
  'interpretations',
  'checklists',
  'bulletins',
  'articles',
  'guides',
  'annualReports',
  'regulations',
] as const;

async function compute(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`today:${today}\n`);
  for (const name of COLLECTIONS) {
    const entries = [...(await getCollection(name))].sort((a, b) => a.id.localeCompare(b.id));
    for (const entry of entries) {
      const body = name === 'regulations' ? (entry.body ?? '') : entry.body?.trim() ? 'body' : '';
      hash.update(`${name}\0${entry.id}\0${JSON.stringify(entry.data)}\0${body}\n`);
    }
  }
  const { content, public: publicDir } = sitePaths();
  for (const file of readdirSync(content).sort()) {
    if (/\.ya?ml$/.test(file)) hash.update(`${file}\0${readFileSync(join(content, file), 'utf8')}\n`);
  }
  if (existsSync(publicDir)) {
    for (const file of (readdirSync(publicDir, { recursive: true }) as string[]).sort()) {
      const stat = statSync(join(publicDir, file));
      if (stat.isFile()) hash.update(`public\0${file}\0${stat.size}\n`);
    }
  }
  return hash.digest('base64url');
}

let cached: Promise<string> | undefined;

/** The key for this build (memoised). */
export function pageCacheKey(): Promise<string> {
  cached ??= compute();
  return cached;
}

/**
 * `getStaticPaths()` results with a cache key added to each: the build-wide key and the bodies of
 * the entries that `rendered` says the path renders (its own document, a column's single article).
 */
export async function withCacheKey<T extends object>(
  paths: T[],
  rendered: (path: T) => ({ body?: string | undefined } | undefined)[] = () => [],
): Promise<(T & { cacheKey: string })[]> {
  const buildKey = await pageCacheKey();
  return paths.map((path) => {
    const bodies = rendered(path);
    if (bodies.length === 0) return { ...path, cacheKey: buildKey };
    const hash = createHash('sha256').update(buildKey);
    for (const entry of bodies) hash.update(`\0${entry?.body ?? ''}`);
    return { ...path, cacheKey: hash.digest('base64url') };
  });
}
