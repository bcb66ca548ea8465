/**
 * buildFixture(name) runs a real `astro build` of a small site and returns its exit status,
 * output and a reader for the built files (after starlight-links-validator's test helper).
 *
 * A fixture in tests/fixtures/<name>/ holds only the files that differ from the base site
 * tests/fixtures/valid-site/: the base is copied, then the fixture is laid over it (a file named
 * `*.delete` removes the file of that name). So each fixture shows exactly what it breaks.
 */
import { spawn, spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const fixturesDir = join(projectRoot, 'tests/fixtures');
export const outputRoot = join(projectRoot, 'tests/.output');

export type BuildResult = {
  status: number | null;
  /** stdout and stderr together, ANSI colours removed. */
  output: string;
  siteDir: string;
  outDir: string;
  /** Text of a built file, e.g. `policies/2024/new-standard/index.html`. */
  read: (path: string) => string;
  exists: (path: string) => boolean;
};

function overlay(from: string, to: string) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (statSync(source).isDirectory()) overlay(source, join(to, name));
    else if (name.endsWith('.delete')) rmSync(join(to, name.slice(0, -'.delete'.length)), { force: true });
    else cpSync(source, join(to, name));
  }
}

/**
 * Lays out the site folder of a fixture (base + overlay) and returns its path. Test files run
 * side by side, so each lays out its own folder: `folder` names it when the fixture's own name
 * is used elsewhere.
 */
export function prepareFixture(name: string, folder = name): string {
  const siteDir = join(outputRoot, 'sites', folder);
  rmSync(siteDir, { recursive: true, force: true });
  cpSync(join(fixturesDir, 'valid-site'), siteDir, { recursive: true });
  if (name !== 'valid-site') overlay(join(fixturesDir, name), siteDir);
  return siteDir;
}

const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

type BuildOptions = {
  siteDir?: string;
  env?: Record<string, string>;
  /**
   * `npm run build` (scripts/build.ts: Astro, then the index, page check and manifest in a process
   * of their own), as editors and CI build; or a plain `astro build`, which does that work inside
   * Astro's process.
   */
  command?: 'npm run build' | 'astro build';
};

/** The `astro build` command of a site folder, its environment and where its pages go. */
function buildCommand(name: string, options: BuildOptions) {
  const siteDir = options.siteDir ?? prepareFixture(name);
  const outDir = join(outputRoot, 'dist', name);
  rmSync(outDir, { recursive: true, force: true });
  const args =
    options.command === 'astro build'
      ? [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build']
      : [join(projectRoot, 'scripts/build.ts')];
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    GONGKAI_SITE_DIR: siteDir,
    GONGKAI_OUT_DIR: outDir,
    GONGKAI_CACHE_DIR: join(outputRoot, 'cache', name),
    // 00:30 on 27 November in Shanghai, still 26 November in UTC: a page that took "today"
    // from the machine's zone instead of the site's would show the wrong day.
    GONGKAI_NOW: '2026-11-26T16:30:00Z',
    // Fixtures are built once: keeping a second copy of every page for a rebuild only costs
    // time. tests/build/incremental.test.ts turns reuse on.
    GONGKAI_INCREMENTAL: '0',
    ...options.env,
  };
  return { siteDir, outDir, args, env };
}

function result(siteDir: string, outDir: string, status: number | null, stdout: string, stderr: string): BuildResult {
  return {
    status,
    output: stripAnsi(`${stdout}\n${stderr}`),
    siteDir,
    outDir,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
  };
}

/** Builds a site folder (defaults to the fixture of that name) with the project's code. */
export function buildSite(name: string, options: BuildOptions = {}): BuildResult {
  const { siteDir, outDir, args, env } = buildCommand(name, options);
  const run = spawnSync(process.execPath, args, { cwd: projectRoot, encoding: 'utf8', env });
  return result(siteDir, outDir, run.status, run.stdout, run.stderr);
}

/**
 * Builds several sites, two at a time: a build that stops at the content check spends most of
 * its time starting Astro on one core, and the machine has two. Each entry is a fixture's name,
 * or a name with the options of buildSite; results are keyed by name.
 */
export async function buildSites(builds: (string | [string, BuildOptions])[]): Promise<Map<string, BuildResult>> {
  const results = new Map<string, BuildResult>();
  const queue = builds.map((entry) => (typeof entry === 'string' ? ([entry, {}] as const) : entry));
  const lane = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      const [name, options] = next;
      const { siteDir, outDir, args, env } = buildCommand(name, options);
      const child = spawn(process.execPath, args, { cwd: projectRoot, env });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const status = await new Promise<number | null>((done) => child.on('close', done));
      results.set(name, result(siteDir, outDir, status, stdout, stderr));
    }
  };
  await Promise.all([lane(), lane()]);
  return results;
}

/** The content-check lines of a failed build: `file:line: field: message` (content/ and public/). */
export function problemLines(output: string): string[] {
  return output
    .split('\n')
    .map((line) => /\[gongkai\] (.*)$/.exec(line)?.[1]?.trim())
    .filter((line): line is string => Boolean(line) && /^(警告 )?(content|public)\//.test(line!));
}

/**
 * What a refused build shows: its gongkai lines (problems, warnings before errors), the last
 * being the summary, and nothing that reads as a crash (Astro's English hook error, a stack trace).
 */
export function expectRefusal(output: string, summary: RegExp) {
  expect(output).not.toMatch(/unhandled error|Stack trace|\bat .*node_modules/);
  const lines = output.split('\n').filter((line) => /\[gongkai(:integrity)?\]/.test(line));
  expect(lines.at(-1)).toMatch(summary);
  const firstError = lines.findIndex((line) => line.includes('[ERROR]'));
  const lastWarning = lines.findLastIndex((line) => line.includes('[WARN]'));
  expect(lastWarning, 'warnings are printed before the errors').toBeLessThan(firstError);
}

/** What a build left, without its readers: passed from a global setup to the test files. */
export type BuildRecord = Pick<BuildResult, 'status' | 'output' | 'siteDir' | 'outDir'>;

/** The readers over a build that was made elsewhere (tests/build/global-setup.ts). */
export function fromRecord(record: BuildRecord): BuildResult {
  return {
    ...record,
    read: (path) => readFileSync(join(record.outDir, path), 'utf8'),
    exists: (path) => existsSync(join(record.outDir, path)),
  };
}

/** The page addresses a build wrote (decoded, as knownRoutes lists them), leaving out assets, the index and files from public/. */
export function builtRoutes(outDir: string, publicDir: string): string[] {
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

/**
 * `npm run build:group` of a group folder into tests/.output/groups/<name> (scripts/build-group.ts),
 * with the clock of the fixture builds; `args` are its options (`--member rsj`, `--portal`).
 */
export function buildGroup(
  name: string,
  folder: string,
  args: string[] = [],
  keep = false,
  env: Record<string, string> = {},
): BuildResult {
  const outDir = join(outputRoot, 'groups', name);
  // `keep`: build beside what an earlier call left there (the portal after its members).
  if (!keep) rmSync(outDir, { recursive: true, force: true });
  const run = spawnSync(
    process.execPath,
    [join(projectRoot, 'scripts/build-group.ts'), folder, '--out', outDir, ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        GONGKAI_CACHE_DIR: join(outputRoot, 'cache', `group-${name}`),
        GONGKAI_NOW: '2026-11-26T16:30:00Z',
        GONGKAI_INCREMENTAL: '0',
        ...env,
      },
    },
  );
  return result(folder, outDir, run.status, run.stdout, run.stderr);
}

/** Lays out a copy of a group folder (examples/group) for a test to change, and returns its path. */
export function prepareGroup(from: string, folder: string): string {
  const dir = join(outputRoot, 'sites', folder);
  rmSync(dir, { recursive: true, force: true });
  cpSync(from, dir, { recursive: true, filter: (path) => !/[/\\]dist$/.test(path) });
  return dir;
}
