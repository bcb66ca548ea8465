/**
 * In a git checkout, finds published policies whose body was edited since the last commit
 * without a new entry in `changes` (更新记录): readers would see a different text with no note of
 * what changed. A warning from `npm run check`; outside git it does nothing.
 */
import { execFileSync } from 'node:child_process';
import { relative } from 'node:path';
import { parseSource } from './read.ts';
import { fieldName, type Problem } from './problems.ts';
import type { LoadedSite } from './load.ts';
import type { SitePaths } from './paths.ts';
import { checkText } from '../../i18n/checks.ts';

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
}

const normalise = (body: string) => body.replace(/\s+/g, '');

export function checkUnrecordedEdits(loaded: LoadedSite, paths: SitePaths): Problem[] {
  const top = git(paths.root, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top || git(top, ['rev-parse', '--verify', '--quiet', 'HEAD']) === undefined) return [];
  const changed = new Set(
    (git(top, ['diff', '--name-only', 'HEAD', '--', relative(top, paths.content) || '.']) ?? '').split('\n').filter(Boolean),
  );
  const problems: Problem[] = [];
  for (const policy of loaded.entries.policies) {
    const inRepo = relative(top, `${paths.root}/${policy.file}`).split('\\').join('/');
    if (!changed.has(inRepo)) continue;
    const before = git(top, ['show', `HEAD:${inRepo}`]);
    if (before === undefined) continue; // a new file: nothing was published yet
    const old = parseSource(before, policy.file, false);
    if (normalise(old.body) === normalise(policy.body)) continue;
    const oldChanges = (old.data as { changes?: unknown[] } | undefined)?.changes?.length ?? 0;
    if ((policy.data.changes?.length ?? 0) > oldChanges) continue;
    problems.push({
      severity: 'warning',
      file: policy.file,
      line: policy.lineOf(['changes']),
      field: fieldName(['changes']),
      message: checkText.changedWithoutRecord,
    });
  }
  return problems;
}
