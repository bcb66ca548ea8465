/**
 * The last step of every build (docs/security.md):
 * 1. checks the built pages against the content and the site configuration — site name, `<title>`,
 *    ArticleTitle and `<h1>`, denied words in titles, scripts and styles the CSP would block
 *    (src/lib/integrity/pages.ts) — and stops the build on any mismatch;
 * 2. writes the manifest of every file in the output folder and, with a signing key, signs it
 *    (src/lib/integrity/manifest.ts).
 * It must be the last integration in astro.config.mjs, so the manifest lists what the others
 * wrote (Pagefind's index, the sitemap, the editor bundle). npm run build does both in a process
 * of its own after Astro's, with the plan this one leaves (./afterBuild.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentBase, GROUP_MANIFESTS_ENV, GROUP_MEMBER_ENV } from '../lib/base.ts';
import { RECORDS_FILE } from '../lib/integrity/records.ts';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { KeyObject } from 'node:crypto';
import { loadContent } from '../lib/content/load.ts';
import { lastCheckedContent } from '../lib/check/site.ts';
import { sitePaths } from '../lib/content/paths.ts';
import { loadDenylist } from '../lib/guard/denylist.ts';
import { FOOTER_HOSTS, domainAllowlist } from '../lib/guard/domains.ts';
import type { DocumentRules } from '../lib/guard/documents.ts';
import { expectations, checkPages, type Expectations } from '../lib/integrity/pages.ts';
import { listFiles, writeManifest, type GroupMemberManifest } from '../lib/integrity/manifest.ts';
import { parsePublicKey, sameKey, signingKeyFromEnv } from '../lib/integrity/keys.ts';
import { integrityText } from '../i18n/integrity.ts';
import { refuse } from './refuse.ts';
import { afterBuildPlanFile, writePlan, type Log } from './afterBuild.ts';
import type { SitePaths } from '../lib/content/paths.ts';
import type { SiteConfig } from '../schemas/site.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What the page check and the signature need, settled before any page is made. */
export type IntegrityPlan = {
  expect: Expectations;
  rules: DocumentRules;
  site: { name: string; domain: string };
  privateKey: KeyObject | undefined;
  publicKey: KeyObject | undefined;
  unsignedPreview: boolean;
  /** A member of a site group also publishes its pages' search records, under its prefix. */
  records?: { base: string } | undefined;
  /** The portal of a site group lists its members' manifests by hash in its own. */
  members?: GroupMemberManifest[] | undefined;
};

/**
 * The rules the pages are checked against and the keys they are signed with. Key problems stop
 * the build here, before any page is made (`refuse` exits).
 */
export function integrityPlan(
  paths: SitePaths,
  site: SiteConfig | undefined,
  expect: Expectations | undefined,
  logger: Log,
): IntegrityPlan | undefined {
  if (!site || !expect) return undefined;
  const rules = { denylist: loadDenylist(paths).denylist, allowlist: domainAllowlist(site), extraHosts: FOOTER_HOSTS };
  const configured = site.manifestPublicKey;
  let publicKey = configured ? parsePublicKey(configured) : undefined;
  let privateKey: KeyObject | undefined;
  let unsignedPreview = false;
  const signing = signingKeyFromEnv(process.env, [PROJECT_ROOT, paths.root]);
  if (signing.status === 'error') refuse(logger, signing.message);
  if (signing.status === 'ok') {
    if (!publicKey) refuse(logger, integrityText.manifest.noPublicKey);
    if (!sameKey(signing.key, publicKey)) refuse(logger, integrityText.manifest.keyMismatch);
    privateKey = signing.key;
  } else if (publicKey) {
    // Fail closed: a site that publishes a key must be signed, unless this is a preview
    // that says so and then publishes no key (it cannot pass for the real site).
    if (process.env['GONGKAI_UNSIGNED_PREVIEW'] !== '1') {
      refuse(logger, integrityText.manifest.missingPrivateKey);
    }
    unsignedPreview = true;
    publicKey = undefined;
  }
  const records = process.env[GROUP_MEMBER_ENV] === '1' ? { base: currentBase() } : undefined;
  const manifests = process.env[GROUP_MANIFESTS_ENV];
  const members = manifests ? (JSON.parse(readFileSync(manifests, 'utf8')) as GroupMemberManifest[]) : undefined;
  return {
    expect,
    rules,
    site: { name: site.name, domain: site.domain },
    privateKey,
    publicKey,
    unsignedPreview,
    records,
    members,
  };
}

/** Checks the built pages (refusing the build on any mismatch), then writes and signs the manifest. */
export function checkAndSign(plan: IntegrityPlan, outDir: string, logger: Log): void {
  const { expect, rules, site, privateKey, publicKey, unsignedPreview } = plan;
  const started = performance.now();
  const files = listFiles(outDir);
  const { problems, pages, records } = checkPages(outDir, files, expect, rules, plan.records);
  if (problems.length > 0) {
    for (const problem of problems) logger.error(problem);
    refuse(logger, integrityText.pages.summary(problems.length, pages.length));
  }
  const checked = performance.now();
  logger.info(integrityText.pages.passed(pages.length, Math.round(checked - started)));
  // Written before the manifest, which lists and signs it with every other file.
  if (plan.records) writeFileSync(join(outDir, RECORDS_FILE), JSON.stringify(records ?? []));
  const manifest = writeManifest(outDir, site, pages, { privateKey, publicKey }, plan.members);
  const ms = Math.round(performance.now() - checked);
  const message = privateKey
    ? integrityText.manifest.signed
    : unsignedPreview
      ? integrityText.manifest.unsignedPreview
      : integrityText.manifest.unsigned;
  // A site that publishes no public key has not chosen signing yet: the notice says how, as
  // information. A preview of a site that does sign is a warning: it must not be published.
  (unsignedPreview ? logger.warn : logger.info).call(logger, message(manifest.files.length, manifest.pages.length, ms));
}

export default function integrity(): AstroIntegration {
  let plan: IntegrityPlan | undefined;
  return {
    name: 'gongkai:integrity',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const paths = sitePaths();
        // The content check (gongkai integration) has run and passed by now.
        const loaded = lastCheckedContent(paths.root) ?? loadContent(paths);
        plan = integrityPlan(paths, loaded.site, expectations(loaded), logger);
      },
      'astro:config:done': ({ config, logger }) => {
        const last = config.integrations.at(-1)?.name;
        if (last && last !== 'gongkai:integrity') logger.warn(integrityText.manifest.notLast(last));
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!plan) return;
        // npm run build checks and signs in a process of its own, after this one (./afterBuild.ts).
        const planFile = afterBuildPlanFile();
        if (planFile) writePlan(planFile, fileURLToPath(dir), plan.expect);
        else checkAndSign(plan, fileURLToPath(dir), logger);
      },
    },
  };
}
