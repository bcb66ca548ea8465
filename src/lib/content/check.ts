/**
 * The whole content check: every file against its schema, then the rules across files.
 * `npm run check` prints its result; the build stops on its errors.
 */
import { loadContent, type LoadedSite } from './load.ts';
import { checkRules } from './rules.ts';
import { sortProblems, type Problem } from './problems.ts';
import { sitePaths, type SitePaths } from './paths.ts';

export type CheckResult = { loaded: LoadedSite; problems: Problem[]; errors: number; warnings: number };

export function checkSite(paths: SitePaths = sitePaths()): CheckResult {
  const loaded = loadContent(paths);
  const problems = sortProblems([...loaded.problems, ...checkRules(loaded, paths)]);
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { loaded, problems, errors, warnings: problems.length - errors };
}
