/**
 * The check's list of page addresses (src/lib/content/routes.ts) must be exactly the pages a
 * build writes, or link checking would miss broken links or report good ones.
 */
import { expect, test } from 'vitest';
import { validSite } from './valid-site-build.ts';
import { builtRoutes } from '../helpers/build.ts';
import { loadContent } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { knownRoutes } from '../../src/lib/content/routes.ts';

test('the addresses the check knows are exactly the pages the build writes', () => {
  const build = validSite();
  const paths = sitePaths(build.siteDir);
  const known = [...knownRoutes(loadContent(paths))].sort();
  expect(known).toEqual(builtRoutes(build.outDir, paths.public));
});
