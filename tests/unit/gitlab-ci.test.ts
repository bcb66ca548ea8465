/**
 * .gitlab-ci.yml offers a self-hosted GitLab the stages of the GitHub workflow: check and test,
 * a preview of merge requests, publishing from the default branch, and the daily rebuild. Without
 * a GitLab runner here, it is read as GitLab reads it (YAML) and held to what each stage must do;
 * every command it runs is one this project has.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

type Job = {
  stage: string;
  parallel?: { matrix: Record<string, string[]>[] };
  cache?: { key: string; paths: string[] }[];
  needs?: string[];
  rules?: { if?: string; when?: string }[];
  variables?: Record<string, string>;
  script: string[];
  artifacts?: { paths: string[] };
};
const root = new URL('../../', import.meta.url);
const ci = parse(readFileSync(new URL('.gitlab-ci.yml', root), 'utf8')) as Record<string, unknown> & {
  stages: string[];
  variables: Record<string, string>;
};
const job = (name: string) => ci[name] as Job;
const scripts = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { scripts: Record<string, string> })
  .scripts;
const nodeMajor = readFileSync(new URL('.nvmrc', root), 'utf8').trim().split('.')[0];
/**
 * Whether a job runs, by GitLab's rules: the first rule whose `if` holds (or that has none)
 * decides, `when: never` keeps the job out; when no rule holds, the job does not run.
 */
function runsOn(name: string, source: string, branch = 'main', variables: Record<string, string> = {}): boolean {
  const rules = job(name).rules;
  if (!rules) return true;
  const env: Record<string, string> = {
    CI_PIPELINE_SOURCE: source,
    CI_COMMIT_BRANCH: branch,
    CI_DEFAULT_BRANCH: 'main',
    ...variables,
  };
  const value = (side: string) => (side.startsWith('$') ? (env[side.slice(1)] ?? '') : side.replace(/"/g, ''));
  // `a == b`, `a != b`, a variable alone (set and not empty), joined by `&&`.
  const term = (condition: string) => {
    const [left, op, right] = condition.trim().split(/\s+(==|!=)\s+/);
    if (!op) return value(left!) !== '';
    return op === '==' ? value(left!) === value(right!) : value(left!) !== value(right!);
  };
  const holds = (condition: string) => condition.split('&&').every(term);
  const rule = rules.find((candidate) => !candidate.if || holds(candidate.if));
  return rule !== undefined && rule.when !== 'never';
}

describe('the GitLab pipeline', () => {
  test('runs on the Node the project pins, in the stages of the GitHub workflow', () => {
    expect(ci.variables['NODE_IMAGE']).toBe(`node:${nodeMajor}-bookworm`);
    expect(ci.stages).toEqual(['test', 'preview', 'group', 'publish']);
  });

  test('every push and merge request is checked and tested as the project CI does, but not the daily rebuild', () => {
    expect(job('test').script).toEqual(['.ci/run', 'npm run check']);
    expect(runsOn('test', 'push')).toBe(true);
    expect(runsOn('test', 'merge_request_event', 'feature')).toBe(true);
    expect(runsOn('test', 'schedule')).toBe(false);
  });

  test('a merge request gets an unsigned preview to download, after its tests', () => {
    expect(job('preview').needs).toEqual(['test']);
    expect(job('preview').variables?.['GONGKAI_UNSIGNED_PREVIEW']).toBe('1');
    expect(job('preview').artifacts?.paths).toEqual(['dist/']);
    expect(runsOn('preview', 'merge_request_event', 'feature')).toBe(true);
    expect(runsOn('preview', 'push', 'feature')).toBe(false);
  });

  test('the default branch and the daily schedule publish a signed build to Pages; other branches do not', () => {
    expect(job('pages').stage).toBe('publish');
    const script = job('pages').script.join('\n');
    expect(script).toMatch(/^\s+npm run build$/m);
    expect(script).toContain('rm -rf public && mv dist public');
    expect(job('pages').variables?.['GONGKAI_UNSIGNED_PREVIEW']).toBeUndefined();
    expect(job('pages').artifacts?.paths).toEqual(['public/']);
    expect(runsOn('pages', 'push')).toBe(true);
    expect(runsOn('pages', 'schedule')).toBe(true);
    expect(runsOn('pages', 'push', 'feature')).toBe(false);
  });

  test('every npm script it runs exists in package.json', () => {
    const used = Object.values(ci)
      .filter((value): value is Job => typeof value === 'object' && value !== null && 'script' in value)
      .flatMap((value) => value.script)
      .flatMap((line) => [...line.matchAll(/npm run (\S+)/g)].map((match) => match[1]!));
    expect(used.length).toBeGreaterThan(0);
    for (const script of used) expect(Object.keys(scripts)).toContain(script);
  });

  test('a site group: each member in its own job, only on the default branch and the daily run, reusing unchanged output', () => {
    const member = job('group:member');
    expect(member.stage).toBe('group');
    // Only when GONGKAI_GROUP names a group folder.
    expect(runsOn('group:member', 'push')).toBe(false);
    expect(runsOn('group:member', 'push', 'main', { GONGKAI_GROUP: 'examples/group' })).toBe(true);
    expect(runsOn('group:member', 'schedule', 'main', { GONGKAI_GROUP: 'examples/group' })).toBe(true);
    expect(runsOn('group:member', 'push', 'feature', { GONGKAI_GROUP: 'examples/group' })).toBe(false);
    // One job per member of the demo group, each with its own cache of its last output.
    const codes = [...readFileSync(new URL('examples/group/group.yaml', root), 'utf8').matchAll(/code: (\S+)/g)].map(
      (match) => match[1],
    );
    expect(member.parallel?.matrix).toEqual([{ MEMBER: codes }]);
    expect(member.cache?.[0]?.key).toBe('group-member-$MEMBER');
    const script = member.script.join('\n');
    expect(script).toContain('node scripts/group-ci.ts "$GONGKAI_GROUP" key "$MEMBER"');
    expect(script).toContain('npm run build:group -- "$GONGKAI_GROUP" --member "$MEMBER" --out out');
    expect(member.artifacts?.paths).toEqual(['out/']);
    // The portal after them, verified, published.
    const pages = job('pages').script.join('\n');
    expect(pages).toContain('npm run build:group -- "$GONGKAI_GROUP" --portal --out out');
    expect(pages).toContain('npm run verify -- out --group "$GONGKAI_GROUP"');
    expect(ci.stages.indexOf('group')).toBeLessThan(ci.stages.indexOf('publish'));
  });
});
