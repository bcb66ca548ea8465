/**
 * The check's list of page addresses (src/lib/content/routes.ts) must be exactly the pages a
 * build writes, or link checking would miss broken links or report good ones.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { validSite } from './valid-site-build.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { knownRoutes } from '../../src/lib/content/routes.ts';

function builtRoutes(outDir: string, publicDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const rel = `/${relative(outDir, path).split('\\').join('/')}`;
      // Generated assets, the search index, the number-lookup shards of search and the editor's
      // bundle are not pages (nothing links to them).
      if (
        ['/_astro', '/pagefind', '/search/numbers/', '/sitemap-0', '/admin/editor'].some((prefix) =>
          rel.startsWith(prefix),
        )
      )
        continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.html') routes.push(rel.slice(0, -'index.html'.length));
      else {
        // Files copied from public/ are checked on disk, not listed.
        let fromPublic = false;
        try {
          fromPublic = statSync(join(publicDir, rel)).isFile();
        } catch {
          fromPublic = false;
        }
        if (!fromPublic) routes.push(rel);
      }
    }
  };
  walk(outDir);
  return routes.sort();
}

test('the addresses the check knows are exactly the pages the build writes', () => {
  const build = validSite();
  const paths = sitePaths(build.siteDir);
  const known = [...knownRoutes(loadContent(paths))].sort();
  expect(known).toEqual(builtRoutes(build.outDir, paths.public));
});
