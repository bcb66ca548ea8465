/**
 * What the content check learned from each Markdown/MDX body last time (the links it found,
 * what the content guard reported), so a rebuild or a second `npm run check` parses only the
 * bodies that changed. Parsing bodies with remark is most of the check's time on a large site.
 *
 * A result is reused only for the same file, body text, first body line and settings of the
 * guard (denylist, allowed domains, components), and only from a cache written by the same code:
 * the cache is dropped when the check's own source files or package-lock.json change. Rules
 * across files (is the linked page there, are numbers unique) always run.
 *
 * The cache is a JSON file in Astro's cache folder (node_modules/.astro, or GONGKAI_CACHE_DIR),
 * rewritten after each check with the entries that check used.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The code that decides the cached results: if any of it changes, nothing is reused. */
function codeVersion(): string {
  const hash = createHash('sha256');
  const files = [
    'src/lib/content/bodyCache.ts',
    'src/lib/content/links.ts',
    'src/lib/content/markdown.ts',
    'src/lib/search/t2s.ts',
    'src/user-components/allowed.ts',
    'package-lock.json',
    ...readdirSync(join(projectRoot, 'src/i18n')).map((name) => `src/i18n/${name}`),
    ...readdirSync(join(projectRoot, 'src/lib/guard')).map((name) => `src/lib/guard/${name}`),
  ].sort();
  for (const file of files) {
    const path = join(projectRoot, file);
    if (existsSync(path)) hash.update(`${file}\0`).update(readFileSync(path));
  }
  return hash.digest('base64url');
}

type Open = { file: string; version: string; previous: Record<string, unknown>; next: Record<string, unknown> };
let open: Open | undefined;

/** The cache file for a cache folder. */
export function bodyCacheFile(cacheDir: string): string {
  return join(cacheDir, 'gongkai-check-cache.json');
}

/** Starts using the cache file (read if it exists and was written by this code). */
export function openBodyCache(file: string): void {
  const version = codeVersion();
  let previous: Record<string, unknown> = {};
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; entries?: Record<string, unknown> };
    if (stored.version === version && stored.entries) previous = stored.entries;
  } catch {
    // No cache yet, or an unreadable one: everything is computed.
  }
  open = { file, version, previous, next: {} };
}

/** Writes what this check used and stops using the cache. */
export function closeBodyCache(): void {
  if (!open) return;
  try {
    mkdirSync(dirname(open.file), { recursive: true });
    writeFileSync(open.file, JSON.stringify({ version: open.version, entries: open.next }));
  } catch {
    // A read-only cache folder only makes the next check slower.
  }
  open = undefined;
}

/**
 * The result of `compute` for this body, from the cache when the same `kind`, `settings` and
 * body were computed before. Without an open cache it simply computes.
 */
export function cachedBodyResult<T>(
  kind: string,
  settings: string,
  entry: { file: string; body: string; bodyLine: number },
  compute: () => T,
): T {
  if (!open) return compute();
  const key = createHash('sha256')
    .update(`${kind}\0${settings}\0${entry.file}\0${entry.bodyLine}\0`)
    .update(entry.body)
    .digest('base64url');
  if (Object.hasOwn(open.previous, key)) {
    open.next[key] = open.previous[key];
    return open.previous[key] as T;
  }
  const value = compute();
  open.next[key] = value;
  return value;
}
