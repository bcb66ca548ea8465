/**
 * npm run bench -- --group 20x5000: a site group of N generated members of M documents each
 * (docs/site-groups.md, docs/benchmarks.md). Each member is built in its own process as a CI job
 * builds it (`npm run build:group -- <group> --member <code>`), then the portal beside them; every
 * build's wall time and peak memory (the whole process tree) are measured. In Chromium, the first
 * query of the portal's one search is compared with the same query on one member's own search.
 * The wall time with 1, 4 and 20 CI runners is projected from the members' measured times.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSite } from './generate.ts';
import { measureBuild, type BuildMeasurement } from './measure-build.ts';
import { measureMergeIndex, measureSearch, type SearchStep, type Totals } from './measure-browser.ts';
import { hasChromium, launchBrowser } from '../../tests/helpers/browser.ts';
import { serve } from '../../tests/helpers/server.ts';

export type GroupBenchOptions = {
  members: number;
  docs: number;
  seed: number;
  today: string;
  work: string;
  projectRoot: string;
  query: string;
  browser: boolean;
  log: (message: string) => void;
};

export type GroupBenchResult = {
  members: number;
  docsPerMember: number;
  memberBuilds: { code: string; wallMs: number; peakTreeRssBytes: number; peakProcessRssBytes: number }[];
  portal: { wallMs: number; peakTreeRssBytes: number; peakProcessRssBytes: number; records: number };
  search?: {
    group: SearchStep;
    member: SearchStep;
    memberCode: string;
    /** Pagefind's API with every member's index merged (mergeIndex): the alternative not taken. */
    merged?: { ms: number; results: number; totals: Totals };
  };
  /** Projected wall time of the whole group with this many runners (members spread, then the portal). */
  projected: { runners: number; ms: number }[];
  loadavg: { start: number[]; end: number[] };
};

const GB = 1024 ** 3;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const gb = (bytes: number) => `${(bytes / GB).toFixed(2)} GB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Longest first onto the least loaded runner: the wall time of the members' jobs on `runners`. */
export function projectedMembersMs(times: number[], runners: number): number {
  const loads = Array.from({ length: Math.max(1, runners) }, () => 0);
  for (const time of [...times].sort((a, b) => b - a)) {
    const least = loads.indexOf(Math.min(...loads));
    loads[least] = loads[least]! + time;
  }
  return Math.max(...loads);
}

const codeOf = (i: number) => `bm${String(i + 1).padStart(2, '0')}`;

/** The group folder: the demo portal, and N generated members on the portal's host. */
function generateGroup(options: GroupBenchOptions): string {
  const dir = join(options.work, `group-${options.members}x${options.docs}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(options.projectRoot, 'examples/group/portal'), join(dir, 'portal'), { recursive: true });
  const portalYaml = readFileSync(join(dir, 'portal/content/site.yaml'), 'utf8');
  const domain = /^domain: (\S+)$/m.exec(portalYaml)![1]!;
  const members: string[] = [];
  for (let i = 0; i < options.members; i++) {
    const code = codeOf(i);
    const siteDir = join(dir, 'members', code);
    generateSite({
      docs: options.docs,
      seed: options.seed + i,
      siteDir,
      projectRoot: options.projectRoot,
      today: options.today,
    });
    const file = join(siteDir, 'content/site.yaml');
    const name = `柳塘区测试部门${i + 1}`;
    writeFileSync(
      file,
      readFileSync(file, 'utf8')
        .replace(/^domain: .*$/m, `domain: ${domain}`)
        .replace(/^name: .*$/m, `name: 云川市${name}`),
    );
    members.push(`  - code: ${code}\n    name: ${name}\n    site: members/${code}`);
    options.log(`generated member ${code}: ${options.docs} documents`);
  }
  writeFileSync(join(dir, 'group.yaml'), `name: 性能测试站群\nportal: portal\nmembers:\n${members.join('\n')}\n`);
  return dir;
}

export async function runGroupBench(options: GroupBenchOptions): Promise<GroupBenchResult> {
  const loadStart = (await import('node:os')).loadavg();
  const dir = generateGroup(options);
  const out = join(dir, 'dist');
  const cache = join(dir, 'cache');
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env = { GONGKAI_TODAY: options.today, GONGKAI_CACHE_DIR: cache, GONGKAI_INCREMENTAL: '0' };
  const build = async (args: string[], label: string): Promise<BuildMeasurement> => {
    const result = await measureBuild({
      cwd: options.projectRoot,
      args: [join(options.projectRoot, 'scripts/build-group.ts'), dir, '--out', out, ...args],
      env,
    });
    if (!result.ok) throw new Error(`${label} failed (exit ${result.exitCode}):\n${result.tail}`);
    return result;
  };

  const memberBuilds: GroupBenchResult['memberBuilds'] = [];
  for (let i = 0; i < options.members; i++) {
    const code = codeOf(i);
    const result = await build(['--member', code], `member ${code}`);
    memberBuilds.push({
      code,
      wallMs: result.wallMs,
      peakTreeRssBytes: result.peakTreeRssBytes,
      peakProcessRssBytes: result.peakProcessRssBytes,
    });
    options.log(`member ${code}: ${sec(result.wallMs)}, peak ${gb(result.peakTreeRssBytes)}`);
  }
  const portalBuild = await build(['--portal'], 'the portal');
  const records = Number(/和成员部门的 (\d+) 个文件/.exec(portalBuild.tail)?.[1] ?? 0);
  const portal = {
    wallMs: portalBuild.wallMs,
    peakTreeRssBytes: portalBuild.peakTreeRssBytes,
    peakProcessRssBytes: portalBuild.peakProcessRssBytes,
    records,
  };
  options.log(
    `portal: ${sec(portal.wallMs)}, peak ${gb(portal.peakTreeRssBytes)}, ${records} member documents indexed`,
  );

  let search: GroupBenchResult['search'];
  if (options.browser && hasChromium) {
    const server = await serve(out);
    const browser = await launchBrowser();
    try {
      const queries = [options.query, options.query] as const;
      const group = (await measureSearch(browser, server.url, out, queries)).first;
      const memberCode = codeOf(0);
      const member = (await measureSearch(browser, `${server.url}/${memberCode}`, out, queries)).first;
      const prefixes = Array.from({ length: options.members }, (_, i) => `/${codeOf(i)}/`);
      const merged = await measureMergeIndex(browser, server.url, out, prefixes, options.query);
      search = { group, member, memberCode, merged };
      options.log(
        `search: group ${Math.round(group.ms)} ms ${kb(group.totals.gzip)}, member ${Math.round(member.ms)} ms ${kb(member.totals.gzip)}`,
      );
    } finally {
      await browser.close();
      await server.close();
    }
  }

  const times = memberBuilds.map((m) => m.wallMs);
  const projected = [1, 4, 20].map((runners) => ({ runners, ms: projectedMembersMs(times, runners) + portal.wallMs }));
  return {
    members: options.members,
    docsPerMember: options.docs,
    memberBuilds,
    portal,
    ...(search ? { search } : {}),
    projected,
    loadavg: { start: loadStart, end: (await import('node:os')).loadavg() },
  };
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;

/** The report: per-member figures, the portal, search, projections, and the budgets as PASS/FAIL. */
export function formatGroupBench(result: GroupBenchResult): string {
  const lines: string[] = [];
  const { memberBuilds, portal, search } = result;
  lines.push(`== Site group: ${result.members} members × ${result.docsPerMember} documents ==`);
  lines.push('  member   build time   peak memory (tree)   largest process');
  for (const m of memberBuilds)
    lines.push(
      `  ${m.code.padEnd(8)} ${sec(m.wallMs).padStart(10)}   ${gb(m.peakTreeRssBytes).padStart(18)}   ${gb(m.peakProcessRssBytes).padStart(15)}`,
    );
  const memberMedian = median(memberBuilds.map((m) => m.wallMs));
  lines.push(`  median   ${sec(memberMedian).padStart(10)}`);
  lines.push(
    `  portal   ${sec(portal.wallMs).padStart(10)}   ${gb(portal.peakTreeRssBytes).padStart(18)}   ${gb(portal.peakProcessRssBytes).padStart(15)}   (${portal.records} member documents in its index)`,
  );
  lines.push(
    '  projected wall time (members spread over the runners, longest first, then the portal; runner start-up not counted):',
  );
  for (const p of result.projected)
    lines.push(`    ${String(p.runners).padStart(2)} runner${p.runners > 1 ? 's' : ' '}  ${sec(p.ms)}`);
  if (search) {
    const breakdown = (step: SearchStep) =>
      Object.entries(step.totals.byKind)
        .map(([kind, total]) => `${kind} ${kb(total!.gzip)} (${total!.requests})`)
        .join(', ');
    lines.push(`  first search “${search.group.query}”, empty cache (bytes gzip):`);
    lines.push(
      `    portal (whole group)  ${Math.round(search.group.ms)} ms, ${kb(search.group.totals.gzip)}: ${breakdown(search.group)}; ${search.group.results}`,
    );
    lines.push(
      `    member ${search.memberCode} alone     ${Math.round(search.member.ms)} ms, ${kb(search.member.totals.gzip)}: ${breakdown(search.member)}; ${search.member.results}`,
    );
    const merged = search.merged;
    if (merged) {
      const kinds = Object.entries(merged.totals.byKind)
        .map(([kind, total]) => `${kind} ${kb(total!.gzip)} (${total!.requests})`)
        .join(', ');
      lines.push(
        `    not taken: Pagefind's API with all ${result.members} members' indexes merged (mergeIndex), to the first result's data: ${Math.round(merged.ms)} ms, ${kb(merged.totals.gzip)}: ${kinds}; ${merged.results} results`,
      );
    }
  }
  lines.push('', '== Budgets (site group) ==');
  const largest = Math.max(portal.peakProcessRssBytes, ...memberBuilds.map((m) => m.peakProcessRssBytes));
  const budget = (pass: boolean, text: string) => lines.push(`${pass ? 'PASS' : 'FAIL'}  ${text}`);
  budget(largest <= 4 * GB, `no single process above 4 GB: largest ${gb(largest)}`);
  budget(
    portal.wallMs <= 1.5 * memberMedian,
    `portal build at most 1.5× one member's: ${sec(portal.wallMs)} vs ${sec(memberMedian)} = ${(portal.wallMs / memberMedian).toFixed(2)}×`,
  );
  if (search)
    budget(
      search.group.totals.gzip <= 2 * search.member.totals.gzip,
      `group search's first query at most 2× a member's bytes: ${kb(search.group.totals.gzip)} vs ${kb(search.member.totals.gzip)} = ${(search.group.totals.gzip / search.member.totals.gzip).toFixed(2)}×`,
    );
  else lines.push('SKIP  group search bytes: no Chromium');
  lines.push(
    `Load average ${result.loadavg.start.map((l) => l.toFixed(2)).join(' ')} at the start, ${result.loadavg.end.map((l) => l.toFixed(2)).join(' ')} at the end.`,
  );
  return lines.join('\n');
}
