/**
 * npm run verify — checks a built copy or a live site against its signed integrity manifest and
 * prints one line per finding, then a summary. Exit 0: everything matches; 1: findings; 2: the
 * check could not be made.
 *
 *   npm run verify -- dist
 *   npm run verify -- https://mzj.example.gov.cn/
 *   npm run verify -- https://mzj.example.gov.cn/ --public-key MCowBQYDK2VwAyEA…
 *   npm run verify -- examples/group/dist --group examples/group   a site group: the portal and every member
 *   npm run verify -- https://www.example.gov.cn/ --group examples/group   the same group, live
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { loadSiteConfig } from '../src/lib/content/load.ts';
import { sitePaths } from '../src/lib/content/paths.ts';
import { domainAllowlist } from '../src/lib/guard/domains.ts';
import { parsePublicKey, publicKeyLine } from '../src/lib/integrity/keys.ts';
import { PUBLIC_KEY_FILE } from '../src/lib/integrity/manifest.ts';
import { isInside } from '../src/lib/paths.ts';
import { VerifyError, summaryOf, verifyFolder, verifySite, type VerifyReport } from '../src/lib/integrity/verify.ts';
import { integrityText } from '../src/i18n/integrity.ts';
import { groupText } from '../src/i18n/group.ts';
import { loadGroup } from '../src/lib/group/load.ts';
import { formatProblem } from '../src/lib/content/problems.ts';

const t = integrityText.verify;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'public-key': { type: 'string' },
    site: { type: 'string' },
    'allow-unsigned': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    group: { type: 'string' },
    member: { type: 'string', multiple: true },
    portal: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(t.help);
  process.exit(0);
}
const target = positionals[0];
if (!target || positionals.length > 1) {
  console.error(t.usage);
  process.exit(2);
}

if ((values.member?.length || values.portal) && !values.group) fail2(t.groupOptions);
if (values.group) {
  if (values['public-key']) fail2(t.groupOptions);
  finish(await verifyGroup(target, values.group));
}

const { site } = loadSiteConfig(sitePaths(values.site));
const online = /^https?:\/\//i.test(target);
const given = values['public-key'];
// A key taken from the site being checked proves nothing: whoever changed the site can change it too.
if (given && (/^https?:\/\//i.test(given) || (!online && existsSync(given) && isInside(target, given)))) {
  console.error(t.keyFromSite(given));
  process.exit(2);
}
let publicKey: KeyObject | undefined;
try {
  const text = given && existsSync(given) && statSync(given).isFile() ? readFileSync(given, 'utf8') : given;
  const configured = text ?? site?.manifestPublicKey;
  publicKey = configured ? parsePublicKey(configured) : undefined;
} catch (error) {
  console.error(t.badPublicKey((error as Error).message));
  process.exit(2);
}

const options = { publicKey, allowUnsigned: values['allow-unsigned'], allowlist: domainAllowlist(site) };
let report: VerifyReport;
try {
  if (/^https?:\/\//i.test(target)) report = await verifySite(target, options);
  else if (existsSync(target) && statSync(target).isDirectory()) report = verifyFolder(target, options);
  else {
    console.error(t.usage);
    process.exit(2);
  }
} catch (error) {
  if (!(error instanceof VerifyError)) throw error;
  console.error(error.message);
  process.exit(2);
}

// The same key as the one the site publishes: only meaningful if it was obtained elsewhere.
if (given && publicKey && (await publishedKey(target, online)) === publicKeyLine(publicKey)) {
  report.notes.push(t.keySameAsPublished);
}

finish(report);

function finish(report: VerifyReport): never {
  if (values.json) {
    console.log(JSON.stringify({ ok: report.findings.length === 0, ...report, summary: summaryOf(report) }, null, 2));
  } else {
    for (const note of report.notes) console.log(note);
    for (const finding of report.findings) console.log(finding.message);
    console.log(summaryOf(report));
  }
  process.exit(report.findings.length > 0 ? 1 : 0);
}

function fail2(message: string): never {
  console.error(message);
  process.exit(2);
}

/**
 * A site group's output folder: the portal (whose manifest records every member's manifest by
 * hash) and each member under its prefix, each with the public key of its own site.yaml. Lines
 * are marked with the site they are about (`[rsj]`, `[portal]`).
 */
async function verifyGroup(out: string, folder: string): Promise<VerifyReport> {
  const { group, problems } = loadGroup(folder);
  if (!group) fail2(problems.map(formatProblem).join('\n'));
  const live = /^https?:\/\//i.test(out);
  if (!live && (!existsSync(out) || !statSync(out).isDirectory())) fail2(t.usage);
  // A live group: each site at its prefix under the group's address.
  const root = live ? (out.endsWith('/') ? out : `${out}/`) : '';
  const unknown = (values.member ?? []).filter((code) => !group!.members.some((member) => member.code === code));
  if (unknown.length)
    fail2(
      groupText.build.unknownMember(
        unknown,
        group!.members.map((m) => m.code),
      ),
    );
  const sites = [
    ...(values.member?.length ? [] : [{ label: 'portal', dir: group!.portalDir, prefix: '/', path: '' }]),
    ...(values.portal
      ? []
      : group!.members.filter((m) => !values.member?.length || values.member.includes(m.code))
    ).map((member) => ({ label: member.code, dir: member.dir, prefix: member.prefix, path: `${member.outPath}/` })),
  ];
  const combined: VerifyReport = { findings: [], notes: [], files: 0, online: live };
  for (const { label, dir, prefix, path } of sites) {
    const config = loadSiteConfig(sitePaths(dir)).site;
    let publicKey: KeyObject | undefined;
    try {
      publicKey = config?.manifestPublicKey ? parsePublicKey(config.manifestPublicKey) : undefined;
    } catch (error) {
      fail2(`[${label}] ${t.badPublicKey((error as Error).message)}`);
    }
    const options = { publicKey, allowUnsigned: values['allow-unsigned'], allowlist: domainAllowlist(config, prefix) };
    let report: VerifyReport;
    try {
      report = live ? await verifySite(new URL(path, root).href, options) : verifyFolder(join(out, path), options);
    } catch (error) {
      if (!(error instanceof VerifyError)) throw error;
      fail2(`[${label}] ${error.message}`);
    }
    combined.files += report.files;
    combined.notes.push(...report.notes.map((note) => `[${label}] ${note}`));
    combined.findings.push(
      ...report.findings.map((finding) => ({
        ...finding,
        path: `${path}${finding.path}`,
        message: `[${label}] ${finding.message}`,
      })),
    );
  }
  return combined;
}

/** The public key the checked site publishes (one line of base64), if it publishes one. */
async function publishedKey(target: string, online: boolean): Promise<string | undefined> {
  try {
    const pem = online
      ? await (await fetch(new URL(PUBLIC_KEY_FILE, target.endsWith('/') ? target : `${target}/`))).text()
      : readFileSync(join(target, PUBLIC_KEY_FILE), 'utf8');
    return publicKeyLine(parsePublicKey(pem));
  } catch {
    return undefined;
  }
}
