/**
 * The CI recipes of a site group (docs/site-groups.md): a member's build key
 * (src/lib/group/buildKey.ts) changes with what its build depends on and with nothing else, and the
 * GitHub workflow (.github/workflows/group.yml), read as GitHub reads it (YAML), builds the members
 * side by side, each reusing its output under that key, then the portal, and verifies the group.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { loadGroup } from '../../src/lib/group/load.ts';
import { memberBuildKey } from '../../src/lib/group/buildKey.ts';
import { projectRoot } from '../helpers/build.ts';

describe('a member’s build key', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gongkai-group-key-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  cpSync(join(projectRoot, 'examples/group'), scratch, { recursive: true, filter: (path) => !/[/\\]dist$/.test(path) });
  const keys = (today = '2026-12-06') => {
    process.env['GONGKAI_TODAY'] = today;
    try {
      const { group } = loadGroup(scratch);
      return Object.fromEntries(group!.members.map((member) => [member.code, memberBuildKey(member, projectRoot)]));
    } finally {
      delete process.env['GONGKAI_TODAY'];
    }
  };

  test('changes for the member whose content changed, and for no other', () => {
    const before = keys();
    expect(keys()).toEqual(before);
    const file = join(scratch, 'members/rsj/content/policies/2026/chuangye-danbao-daikuan.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('最高 30 万元', '最高 50 万元'));
    const after = keys();
    expect(after['rsj']).not.toBe(before['rsj']);
    expect(after['mzj']).toBe(before['mzj']);
    expect(after['czj']).toBe(before['czj']);
  });

  test('changes for every member the next day (statuses by date)', () => {
    const today = keys('2026-12-06');
    const tomorrow = keys('2026-12-07');
    for (const code of Object.keys(today)) expect(tomorrow[code]).not.toBe(today[code]);
  });
});

type Step = { uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Job = {
  needs?: string | string[];
  if?: string;
  strategy?: { matrix: Record<string, string> };
  outputs?: Record<string, string>;
  steps: Step[];
};

describe('the GitHub workflow of a group', () => {
  const workflow = parse(readFileSync(join(projectRoot, '.github/workflows/group.yml'), 'utf8')) as {
    env: Record<string, string>;
    jobs: Record<string, Job>;
  };
  const { jobs } = workflow;
  const scripts = Object.keys(
    (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts,
  );

  test('plans the members from group.yaml, then builds each in its own job, reusing its output under its key', () => {
    expect(workflow.env['GROUP']).toBe('examples/group');
    expect(jobs['plan']!.steps.map((s) => s.run ?? '').join('\n')).toContain(
      'node scripts/group-ci.ts "$GROUP" matrix',
    );
    const member = jobs['member']!;
    expect(member.needs).toBe('plan');
    expect(member.strategy?.matrix['member']).toBe('${{ fromJSON(needs.plan.outputs.members) }}');
    const cache = member.steps.find((s) => s.uses?.startsWith('actions/cache@'));
    expect(cache?.with?.['key']).toBe('gongkai-member-${{ matrix.member.code }}-${{ matrix.member.key }}');
    const build = member.steps.find((s) => s.run?.includes('npm run build:group'));
    expect(build?.if).toBe("steps.cache.outputs.cache-hit != 'true'");
    expect(build?.run).toContain('--member ${{ matrix.member.code }} --out out');
    const upload = member.steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.['include-hidden-files']).toBe(true);
  });

  test('builds the portal after every member, verifies the group, and publishes only when asked', () => {
    const portal = jobs['portal']!;
    expect(portal.needs).toEqual(['plan', 'member']);
    const runs = portal.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm run build:group -- "$GROUP" --portal --out out');
    expect(runs).toContain('npm run verify -- out --group "$GROUP"');
    expect(jobs['publish']!.needs).toBe('portal');
    expect(jobs['publish']!.if).toContain("vars.GONGKAI_GROUP_PUBLISH == 'true'");
    const used = Object.values(jobs)
      .flatMap((job) => job.steps)
      .flatMap((s) => [...(s.run ?? '').matchAll(/npm run (\S+)/g)].map((m) => m[1]!));
    for (const script of used) expect(scripts).toContain(script);
  });
});

describe('the projected wall time of a group on CI runners', () => {
  test('spreads the members longest first over the runners; one runner takes them all in turn', async () => {
    const { projectedMembersMs } = await import('../../scripts/bench/group.ts');
    expect(projectedMembersMs([5, 4, 3, 3, 1], 1)).toBe(16);
    // Longest first onto the least loaded runner: 5 | 4 + 1 | 3 + 3.
    expect(projectedMembersMs([5, 4, 3, 3, 1], 3)).toBe(6);
    expect(projectedMembersMs([5, 4, 3, 3, 1], 20)).toBe(5);
    expect(projectedMembersMs([], 4)).toBe(0);
  });
});
