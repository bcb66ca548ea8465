/**
 * The whole content check: every file against its schema, then the rules across files.
 * `npm run check` prints its result; the build stops on its errors.
 */
import { loadContent, type LoadedSite } from './load.ts';
import { checkRules } from './rules.ts';
import { sortProblems, type Problem } from './problems.ts';
import { sitePaths, type SitePaths } from './paths.ts';
import { siteToday } from '../dates.ts';
import { checkUnrecordedEdits } from './gitChanges.ts';
import { closeBodyCache, openBodyCache } from './bodyCache.ts';
import { checkFileTree } from './files.ts';

export type CheckResult = { loaded: LoadedSite; problems: Problem[]; errors: number; warnings: number };

/**
 * `git: true` also compares policies with the last commit (npm run check does; the build does not).
 * `cacheFile` remembers what each body contained between checks (./bodyCache.ts).
 * `today` (YYYY-MM-DD) decides which columns are stale; by default it is today in the site's
 * time zone, on the clock of GONGKAI_NOW or the day of GONGKAI_TODAY when set (../dates.ts).
 */
export function checkSite(
  paths: SitePaths = sitePaths(),
  options: { today?: string; git?: boolean; cacheFile?: string } = {},
): CheckResult {
  if (options.cacheFile) openBodyCache(options.cacheFile);
  try {
    return checkLoaded(paths, options);
  } finally {
    closeBodyCache();
  }
}

function checkLoaded(paths: SitePaths, options: { today?: string; git?: boolean }): CheckResult {
  const loaded = loadContent(paths);
  const today = options.today ?? siteToday(loaded.site?.timeZone ?? 'Asia/Shanghai');
  const problems = sortProblems([
    ...checkFileTree(paths),
    ...loaded.problems,
    ...checkRules(loaded, paths, today),
    ...(options.git ? checkUnrecordedEdits(loaded, paths) : []),
  ]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  lastChecks.set(paths.root, loaded);
  return { loaded, problems, errors, warnings: problems.length - errors };
}

// The build's later steps (the integrity integration) reuse what the check loaded, instead of
// reading and validating every file a second time.
const lastChecks = new Map<string, LoadedSite>();

/** The content loaded by the last check of this site in this process, if any. */
export function lastCheckedContent(root: string): LoadedSite | undefined {
  return lastChecks.get(root);
}
