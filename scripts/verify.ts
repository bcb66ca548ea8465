/**
 * npm run verify — checks a built copy or a live site against its signed integrity manifest and
 * prints one line per finding, then a summary. Exit 0: everything matches; 1: findings; 2: the
 * check could not be made.
 *
 *   npm run verify -- dist
 *   npm run verify -- https://mzj.example.gov.cn/
 *   npm run verify -- https://mzj.example.gov.cn/ --public-key MCowBQYDK2VwAyEA…
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

const t = integrityText.verify;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'public-key': { type: 'string' },
    site: { type: 'string' },
    'allow-unsigned': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
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

if (values.json) {
  console.log(JSON.stringify({ ok: report.findings.length === 0, ...report, summary: summaryOf(report) }, null, 2));
} else {
  for (const note of report.notes) console.log(note);
  for (const finding of report.findings) console.log(finding.message);
  console.log(summaryOf(report));
}
process.exit(report.findings.length > 0 ? 1 : 0);

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
