/**
 * npm run build:group — a site group (站群, docs/site-groups.md): every member's site under its
 * prefix, then the portal at the root, into one folder a static host serves as it is.
 *
 *   npm run build:group -- examples/group                 every member, then the portal
 *   npm run build:group -- examples/group --member mzj    one member alone (a CI job)
 *   npm run build:group -- examples/group --portal        the portal, beside members already built
 *   --out DIR      the group's output folder (default: dist/ in the group's folder)
 *   --jobs 2       members two at a time (each build takes about 1 GB per 2,500 documents)
 *
 * Each member is an ordinary `npm run build` (scripts/build.ts) of its own folder, with
 * GONGKAI_BASE set to its prefix: the same content check, guard, page check and manifest as a
 * site of its own. Its manifest is signed with its own key, GONGKAI_SIGNING_KEY_<CODE> (or
 * GONGKAI_SIGNING_KEY_FILE_<CODE>); the portal's with GONGKAI_SIGNING_KEY (or …_FILE). Each keeps
 * its own Astro cache in a folder named by its code (under GONGKAI_CACHE_DIR when set).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGroup, type LoadedGroup, type LoadedMember } from '../src/lib/group/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';
import { BASE_ENV, GROUP_MANIFESTS_ENV, GROUP_MEMBER_ENV, GROUP_RECORDS_ENV } from '../src/lib/base.ts';
import { MANIFEST_FILE, sha256, type GroupMemberManifest } from '../src/lib/integrity/manifest.ts';
import { RECORDS_FILE, type SearchRecord } from '../src/lib/integrity/records.ts';
import { portalRecords } from '../src/lib/group/records.ts';
import { groupText } from '../src/i18n/group.ts';

const root = resolve(import.meta.dirname, '..');
const t = groupText.build;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    member: { type: 'string', multiple: true },
    portal: { type: 'boolean', default: false },
    jobs: { type: 'string', default: '1' },
  },
});

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const folder = positionals[0] ?? fail(t.usage);
const { group, problems } = loadGroup(folder);
if (!group) fail([t.invalid(folder), ...problems.map(formatProblem)].join('\n'));
const loaded = group as LoadedGroup;
const out = resolve(values.out ?? join(loaded.folder, 'dist'));
mkdirSync(out, { recursive: true });
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1 || jobs > 4) fail(t.badJobs(values.jobs));

const unknown = (values.member ?? []).filter((code) => !loaded.members.some((m) => m.code === code));
if (unknown.length)
  fail(
    t.unknownMember(
      unknown,
      loaded.members.map((m) => m.code),
    ),
  );
const chosen = values.member?.length ? loaded.members.filter((m) => values.member!.includes(m.code)) : [];
const buildMembers = values.portal ? [] : values.member?.length ? chosen : loaded.members;
const buildPortal = values.portal || !values.member?.length;

/**
 * The environment of one site's build: its folders, its prefix and only its own signing key.
 * `member`: the member's code; undefined for the portal.
 */
function siteEnv(site: string, base: string, outDir: string, member?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GONGKAI_SITE_DIR: site, GONGKAI_OUT_DIR: outDir, [BASE_ENV]: base };
  // A member writes its search records; the portal reads them (set below).
  if (member) env[GROUP_MEMBER_ENV] = '1';
  else delete env[GROUP_MEMBER_ENV];
  // Each site keeps its own cache: under GONGKAI_CACHE_DIR when set, else Astro's folder of the project.
  const caches = process.env['GONGKAI_CACHE_DIR'] ?? join(root, 'node_modules/.astro/group');
  env['GONGKAI_CACHE_DIR'] = join(caches, member ?? 'portal');
  delete env['GONGKAI_SIGNING_KEY'];
  delete env['GONGKAI_SIGNING_KEY_FILE'];
  const suffix = member ? `_${member.toUpperCase()}` : '';
  for (const name of ['GONGKAI_SIGNING_KEY', 'GONGKAI_SIGNING_KEY_FILE']) {
    const value = process.env[`${name}${suffix}`];
    if (value) env[name] = value;
  }
  return env;
}

/** Runs scripts/build.ts, each line of its output marked with `label`; resolves with its exit status. */
function build(label: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'scripts/build.ts')], { cwd: root, env });
    const relay = (stream: NodeJS.ReadableStream, to: NodeJS.WriteStream) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) to.write(`[${label}] ${line}\n`);
      });
      stream.on('end', () => rest && to.write(`[${label}] ${rest}\n`));
    };
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('close', (code) => done(code ?? 1));
  });
}

const started = performance.now();
const failed: LoadedMember[] = [];
const queue = [...buildMembers];
async function worker() {
  for (let member = queue.shift(); member && failed.length === 0; member = queue.shift()) {
    const memberStarted = performance.now();
    const outDir = join(out, member.outPath);
    const status = await build(member.code, siteEnv(member.dir, member.prefix, outDir, member.code));
    if (status !== 0) failed.push(member);
    else
      console.log(t.memberBuilt(member.code, member.name, member.prefix, (performance.now() - memberStarted) / 1000));
  }
}
await Promise.all(Array.from({ length: Math.min(jobs, buildMembers.length) }, worker));
if (failed.length) {
  fail(
    failed.map((member) => t.memberFailed(member.code, member.name, relative(process.cwd(), member.dir))).join('\n'),
  );
}

if (buildPortal) {
  const missing = loaded.members.filter((member) => !existsSync(join(out, member.outPath, 'index.html')));
  if (missing.length)
    fail(
      t.membersMissing(
        missing.map((m) => `${m.code}（${m.prefix}）`),
        out,
      ),
    );
  // The portal is built apart (its index and manifest must not take in the members' pages), then
  // laid out at the root beside them; what the last portal build left there is removed first.
  const scratch = mkdtempSync(join(out, '.portal-'));
  // Every member's policies, with its name as their 部门 in the group's search (src/lib/group/records.ts).
  const recordsDir = mkdtempSync(join(tmpdir(), 'gongkai-group-'));
  const recordsFile = join(recordsDir, 'records.json');
  writeFileSync(
    recordsFile,
    JSON.stringify(
      loaded.members.flatMap((member) => {
        const file = join(out, member.outPath, RECORDS_FILE);
        if (!existsSync(file)) fail(t.noRecords(member.code, RECORDS_FILE));
        return portalRecords(JSON.parse(readFileSync(file, 'utf8')) as SearchRecord[], member.name);
      }),
    ),
  );
  // Each member's manifest by its hash: the portal's signed manifest says which belong to the group.
  const manifestsFile = join(recordsDir, 'manifests.json');
  const manifests: GroupMemberManifest[] = loaded.members.map((member) => {
    const manifest = `${member.outPath}/${MANIFEST_FILE}`;
    if (!existsSync(join(out, manifest))) fail(t.noRecords(member.code, MANIFEST_FILE));
    const hash = sha256(readFileSync(join(out, manifest)));
    return { code: member.code, name: member.name, prefix: member.prefix, manifest, sha256: hash };
  });
  writeFileSync(manifestsFile, JSON.stringify(manifests));
  try {
    const env = {
      ...siteEnv(loaded.portalDir, '/', scratch),
      [GROUP_RECORDS_ENV]: recordsFile,
      [GROUP_MANIFESTS_ENV]: manifestsFile,
    };
    const status = await build('portal', env);
    if (status !== 0) fail(t.portalFailed(relative(process.cwd(), loaded.portalDir)));
    const members = new Set(loaded.members.map((member) => member.outPath.split('/')[0]));
    for (const name of readdirSync(out)) {
      if (!members.has(name) && join(out, name) !== scratch) rmSync(join(out, name), { recursive: true, force: true });
    }
    cpSync(scratch, out, { recursive: true });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(recordsDir, { recursive: true, force: true });
  }
}
console.log(
  t.done(
    loaded.name,
    buildMembers.length,
    buildPortal,
    relative(process.cwd(), out) || '.',
    (performance.now() - started) / 1000,
  ),
);
