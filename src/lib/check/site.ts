/**
 * The whole content check: every file against its schema, then the rules across files, then the
 * guard (spam words, unsafe HTML, hidden and foreign links) and the citations of the regulations
 * library. `npm run check` prints its result; the build stops on its errors. It sits above the
 * content rules and the guard, which do not know each other.
 */
import { loadContent, type LoadedSite } from '../content/load.ts';
import { checkRules } from '../content/rules.ts';
import { checkRegulations } from '../content/regulationRules.ts';
import { sortProblems, type Problem } from '../content/problems.ts';
import { sitePaths, type SitePaths } from '../content/paths.ts';
import { siteToday } from '../dates.ts';
import { checkUnrecordedEdits } from '../content/gitChanges.ts';
import { closeBodyCache, openBodyCache } from '../content/bodyCache.ts';
import { checkFileTree } from '../content/files.ts';
import { checkGuard } from '../guard/check.ts';

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
    ...checkGuard(loaded, paths),
    ...checkRegulations(loaded, today, paths.root),
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
