/**
 * The keys that let a rebuild reuse pages (Astro's `experimental.incrementalBuild`, see
 * astro.config.mjs): every dynamic route returns one as `cacheKey` from `getStaticPaths()`.
 * A page is reused only when its template code (Astro tracks it) and its key are unchanged.
 *
 * Every key contains the site part: "today" in the site's time zone (statuses change with the
 * date), the site's own files (content/*.yaml: site, organisation, synonyms…), the names and sizes
 * of public/ files (attachment sizes are shown) and the whole text of the regulations (cited and
 * linked by article from many pages), and for the portal of a site group its members and their
 * search records (its lists and search facets show them). Then either
 * - what the page itself shows, for the document pages whose routes list it with
 *   `withCacheKey(paths, dependsOn)`: the document (front matter and body) and the values it shows
 *   of others (a related policy's title, the interpreted policy, the previous issue) — so adding or
 *   editing a document re-renders only the pages that show it; or
 * - all front matter of all collections and whether each entry has a body, for every other page
 *   (lists, the catalogue, checklists, guides): any change of front matter renders them again.
 *
 * Computed once per build; the dependencies of each route are tested in
 * tests/build/incremental.test.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { sitePaths } from '../lib/content/paths.ts';
import { collectionNames } from '../lib/content/collections.ts';
import { today } from '../site.ts';
import { GROUP_RECORDS_ENV } from '../lib/base.ts';
import { groupMembers } from './group.ts';

/** The collections whose front matter the data part covers (the regulations are in the site part). */
const COLLECTIONS = collectionNames.filter((name) => name !== 'regulations');

async function computeSite(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(`today:${today}\n`);
  for (const entry of [...(await getCollection('regulations'))].sort((a, b) => a.id.localeCompare(b.id))) {
    hash.update(`${entry.id}\0${JSON.stringify(entry.data)}\0${entry.body ?? ''}\n`);
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
  // The portal of a site group (src/data/group.ts): who the members are and what they publish;
  // not the members' manifest hashes, which change with every member's build.
  const records = process.env[GROUP_RECORDS_ENV];
  if (records) hash.update(`group\0${readFileSync(records, 'utf8')}\n`);
  for (const member of groupMembers() ?? []) hash.update(`member\0${member.code}\0${member.name}\0${member.prefix}\n`);
  return hash.digest('base64url');
}

async function computeData(): Promise<string> {
  const hash = createHash('sha256').update(await siteKey());
  for (const name of COLLECTIONS) {
    const entries = [...(await getCollection(name))].sort((a, b) => a.id.localeCompare(b.id));
    for (const entry of entries) {
      hash.update(`${name}\0${entry.id}\0${JSON.stringify(entry.data)}\0${entry.body?.trim() ? 'body' : ''}\n`);
    }
  }
  return hash.digest('base64url');
}

let siteCached: Promise<string> | undefined;
let dataCached: Promise<string> | undefined;

/** The site part of every key (memoised). */
function siteKey(): Promise<string> {
  siteCached ??= computeSite();
  return siteCached;
}

/** The key of pages that may show any front matter (memoised). */
function dataKey(): Promise<string> {
  dataCached ??= computeData();
  return dataCached;
}

/** A content entry (its id, front matter and body) or any value a page shows, as hashed text. */
function dependencyText(value: unknown): string {
  if (value && typeof value === 'object' && 'data' in value && 'id' in value) {
    const entry = value as { id: string; data: unknown; body?: string | undefined };
    return `entry\0${entry.id}\0${JSON.stringify(entry.data)}\0${entry.body ?? ''}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * `getStaticPaths()` results with a cache key added to each. With `dependsOn`, the key is the site
 * part and what `dependsOn` returns for the path: every entry whose front matter or body the page
 * shows, and every value it shows that is computed from other entries (a status, a related title).
 * It must list all of them: a page whose key does not change is not rendered again. Without
 * `dependsOn`, the key covers all front matter of the site (lists and other pages that show many
 * documents), plus `rendered` — the entries whose bodies the page renders.
 */
export async function withCacheKey<T extends object>(
  paths: T[],
  options: { dependsOn?: (path: T) => unknown[]; rendered?: (path: T) => unknown[] } = {},
): Promise<(T & { cacheKey: string })[]> {
  const base = options.dependsOn ? await siteKey() : await dataKey();
  const parts = options.dependsOn ?? options.rendered;
  return paths.map((path) => {
    if (!parts) return { ...path, cacheKey: base };
    const hash = createHash('sha256').update(base);
    for (const value of parts(path)) hash.update('\0').update(dependencyText(value));
    return { ...path, cacheKey: hash.digest('base64url') };
  });
}
