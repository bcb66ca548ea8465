/**
 * Runs one `astro build` as a child process and measures it: wall time, peak memory of the whole
 * process tree (VmRSS of the build and every process it starts, e.g. Pagefind's binary, polled
 * from /proc every 100 ms), where the time went (from the moments Astro's log lines arrive), and
 * the render time of each kind of page (Astro prints `/path/index.html (+Nms)` per page).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { globSync } from 'tinyglobby';

export type Phase = { name: string; ms: number };
/** A step that reports its own time in the log (`[gongkai] … 用时 N 毫秒`). */
export type LoggedStep = { source: string; text: string; ms: number };
export type RouteGroup = {
  route: string;
  pages: number;
  totalMs: number;
  meanMs: number;
  maxMs: number;
  slowest: string;
};

export type BuildMeasurement = {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** Largest sum of VmRSS over the build's process tree at one poll. */
  peakTreeRssBytes: number;
  /** Largest VmRSS of a single process of the tree at one poll. */
  peakProcessRssBytes: number;
  /** Maximum resident set of the build process as /usr/bin/time -f %M reports it, when present. */
  timeMaxRssBytes?: number;
  /** From Astro's `N page(s) built`. */
  pagesBuilt?: number;
  /** From the gongkai integration's log line, when it indexes. */
  pagefindMs?: number;
  pagefindPages?: number;
  phases: Phase[];
  loggedSteps: LoggedStep[];
  routes: RouteGroup[];
  /** Last lines of the output, to show when the build failed. */
  tail: string;
};

const hasGnuTime = existsSync('/usr/bin/time');
const stripAnsi = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Pids of a process and all its descendants, from /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: the fields start after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended between listing and reading.
    }
  }
  const tree: number[] = [];
  const visit = (pid: number) => {
    tree.push(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(root);
  return tree;
}

function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Page path → its kind: every segment after the first becomes `*` (`/policies/2024/x/` → `/policies/*\/*\/`). */
export function routeGroup(path: string): string {
  const clean = path.replace(/index\.html$/, '');
  const segments = clean.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  const file = !clean.endsWith('/');
  const [first, ...rest] = segments;
  const tail = rest.map((segment, i) =>
    file && i === rest.length - 1 ? `*${/\.[a-z0-9]+$/i.exec(segment)?.[0] ?? ''}` : '*',
  );
  return `/${[first, ...tail].join('/')}${file ? '' : '/'}`;
}

export async function measureBuild(options: {
  cwd: string;
  args: string[];
  env: Record<string, string>;
  /** Prints a dot every few seconds so long builds show progress. */
  progress?: boolean;
}): Promise<BuildMeasurement> {
  const command = hasGnuTime ? '/usr/bin/time' : process.execPath;
  const args = hasGnuTime ? ['-f', 'BENCH_MAXRSS_KB=%M', process.execPath, ...options.args] : options.args;
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const marks = new Map<string, number>();
  const mark = (name: string) => {
    if (!marks.has(name)) marks.set(name, performance.now() - started);
  };
  const routes = new Map<string, { pages: number; totalMs: number; maxMs: number; slowest: string }>();
  const tail: string[] = [];
  let pagesBuilt: number | undefined;
  let pagefindMs: number | undefined;
  let pagefindPages: number | undefined;
  let timeMaxRssKb: number | undefined;
  let rendering = false;
  const loggedSteps: LoggedStep[] = [];

  const onLine = (raw: string) => {
    const line = stripAnsi(raw);
    tail.push(line);
    if (tail.length > 60) tail.shift();
    if (line.includes('[content] Syncing content')) mark('contentStart');
    else if (line.includes('[content] Synced content')) mark('contentEnd');
    else if (line.includes('Building static entrypoints')) mark('bundleStart');
    else if (line.includes('generating static routes')) {
      mark('renderStart');
      rendering = true;
    } else if (rendering && /✓ Completed in/.test(line)) {
      mark('renderEnd');
      rendering = false;
    }
    const page = /[├└]─ (\S+) \(\+(\d+)ms\)/.exec(line);
    if (page) {
      const group = routeGroup(page[1]!);
      const ms = Number(page[2]);
      const entry = routes.get(group) ?? { pages: 0, totalMs: 0, maxMs: 0, slowest: '' };
      entry.pages++;
      entry.totalMs += ms;
      if (ms > entry.maxMs) {
        entry.maxMs = ms;
        entry.slowest = page[1]!;
      }
      routes.set(group, entry);
    }
    const indexed = /搜索索引已生成：(\d+) 个页面，用时 (\d+) 毫秒/.exec(line);
    if (indexed) {
      pagefindPages = Number(indexed[1]);
      pagefindMs = Number(indexed[2]);
      mark('pagefindDone');
    }
    const logged = /\[([\w:@/.-]+)\] (.*?)用时 (\d+) 毫秒/.exec(line.replace(/\[(WARN|ERROR)\] /, ''));
    if (logged)
      loggedSteps.push({
        source: logged[1]!,
        text: logged[2]!.replace(/[：，,:（(\s]+$/, '').slice(0, 40),
        ms: Number(logged[3]),
      });
    const built = /(\d+) page\(s\) built in/.exec(line);
    if (built) {
      pagesBuilt = Number(built[1]);
      mark('complete');
    }
    const maxRss = /BENCH_MAXRSS_KB=(\d+)/.exec(line);
    if (maxRss) timeMaxRssKb = Number(maxRss[1]);
  };
  const lineReader = (stream: NodeJS.ReadableStream) => {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    });
    stream.on('end', () => buffer && onLine(buffer));
  };
  lineReader(child.stdout);
  lineReader(child.stderr);

  let peakTree = 0;
  let peakProcess = 0;
  let polls = 0;
  const poll = () => {
    if (child.pid === undefined) return;
    const sizes = processTree(child.pid).map(rssBytes);
    peakTree = Math.max(
      peakTree,
      sizes.reduce((a, b) => a + b, 0),
    );
    peakProcess = Math.max(peakProcess, ...sizes);
    if (options.progress && ++polls % 100 === 0) process.stdout.write('.');
  };
  const timer = setInterval(poll, 100);
  const exitCode = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
  clearInterval(timer);
  const wallMs = performance.now() - started;

  const at = (name: string) => marks.get(name);
  const span = (name: string, from: number | undefined, to: number | undefined): Phase[] =>
    from !== undefined && to !== undefined ? [{ name, ms: to - from }] : [];
  const phases: Phase[] = [
    ...span('start, config, content check', 0, at('contentStart')),
    ...span('content layer sync', at('contentStart'), at('contentEnd')),
    ...span('types, build info', at('contentEnd'), at('bundleStart')),
    ...span('bundle (vite)', at('bundleStart'), at('renderStart')),
    ...span('render pages', at('renderStart'), at('renderEnd')),
    ...span('after build (editor, Pagefind, sitemap …)', at('renderEnd'), at('complete')),
    // npm run build indexes, checks and signs in its own process once Astro's has exited.
    ...((at('pagefindDone') ?? 0) > (at('complete') ?? Infinity)
      ? span("exit, then Pagefind, page check, manifest (npm run build's own process)", at('complete'), wallMs)
      : span('exit', at('complete'), wallMs)),
  ];
  return {
    ok: exitCode === 0,
    exitCode,
    wallMs,
    peakTreeRssBytes: peakTree,
    peakProcessRssBytes: peakProcess,
    ...(timeMaxRssKb !== undefined ? { timeMaxRssBytes: timeMaxRssKb * 1024 } : {}),
    ...(pagesBuilt !== undefined ? { pagesBuilt } : {}),
    ...(pagefindMs !== undefined ? { pagefindMs } : {}),
    ...(pagefindPages !== undefined ? { pagefindPages } : {}),
    phases,
    loggedSteps,
    routes: [...routes]
      .map(([route, r]) => ({
        route,
        pages: r.pages,
        totalMs: r.totalMs,
        meanMs: r.totalMs / r.pages,
        maxMs: r.maxMs,
        slowest: r.slowest,
      }))
      .sort((a, b) => b.totalMs - a.totalMs),
    tail: tail.join('\n'),
  };
}

export type FolderSize = { bytes: number; files: number };

/** Every file under a folder, absolute (the built output has no links: the page check refuses them). */
const filesUnder = (dir: string) => globSync('**', { cwd: dir, dot: true, absolute: true, followSymbolicLinks: false });

export function folderSize(dir: string, filter: (path: string) => boolean = () => true): FolderSize {
  let bytes = 0;
  let files = 0;
  for (const full of filesUnder(dir).filter(filter)) {
    bytes += statSync(full).size;
    files++;
  }
  return { bytes, files };
}

/** The n largest files under a folder that pass the filter, as paths relative to it. */
export function largestFiles(
  dir: string,
  n: number,
  filter: (path: string) => boolean = () => true,
): { path: string; bytes: number }[] {
  const found = filesUnder(dir)
    .filter(filter)
    .map((full) => ({ path: full.slice(dir.length), bytes: statSync(full).size }));
  return found.sort((a, b) => b.bytes - a.bytes).slice(0, n);
}
