/**
 * The last step of every build (docs/security.md):
 * 1. checks the built pages against the content and the site configuration — site name, `<title>`,
 *    ArticleTitle and `<h1>`, denied words in titles, scripts and styles the CSP would block
 *    (src/lib/integrity/pages.ts) — and stops the build on any mismatch;
 * 2. writes the manifest of every file in the output folder and, with a signing key, signs it
 *    (src/lib/integrity/manifest.ts).
 * It must be the last integration in astro.config.mjs, so the manifest lists what the others
 * wrote (Pagefind's index, the sitemap, the editor bundle).
 */
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
import { listFiles, writeManifest } from '../lib/integrity/manifest.ts';
import { parsePublicKey, sameKey, signingKeyFromEnv } from '../lib/integrity/keys.ts';
import { integrityText } from '../i18n/integrity.ts';
import { refuse } from './refuse.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default function integrity(): AstroIntegration {
  let expect: Expectations | undefined;
  let rules: DocumentRules | undefined;
  let unsignedPreview = false;
  let site: { name: string; domain: string } | undefined;
  let privateKey: KeyObject | undefined;
  let publicKey: KeyObject | undefined;
  return {
    name: 'gongkai:integrity',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const paths = sitePaths();
        // The content check (gongkai integration) has run and passed by now.
        const loaded = lastCheckedContent(paths.root) ?? loadContent(paths);
        expect = expectations(loaded);
        rules = {
          denylist: loadDenylist(paths).denylist,
          allowlist: domainAllowlist(loaded.site),
          extraHosts: FOOTER_HOSTS,
        };
        site = loaded.site && { name: loaded.site.name, domain: loaded.site.domain };
        // Key problems stop the build before any page is made.
        const configured = loaded.site?.manifestPublicKey;
        publicKey = configured ? parsePublicKey(configured) : undefined;
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
      },
      'astro:config:done': ({ config, logger }) => {
        const last = config.integrations.at(-1)?.name;
        if (last && last !== 'gongkai:integrity') logger.warn(integrityText.manifest.notLast(last));
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!expect || !rules || !site) return;
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        const files = listFiles(outDir);
        const { problems, pages } = checkPages(outDir, files, expect, rules);
        if (problems.length > 0) {
          for (const problem of problems) logger.error(problem);
          refuse(logger, integrityText.pages.summary(problems.length, pages.length));
        }
        const checked = performance.now();
        logger.info(integrityText.pages.passed(pages.length, Math.round(checked - started)));
        const manifest = writeManifest(outDir, site, pages, { privateKey, publicKey });
        const ms = Math.round(performance.now() - checked);
        const message = privateKey
          ? integrityText.manifest.signed
          : unsignedPreview
            ? integrityText.manifest.unsignedPreview
            : integrityText.manifest.unsigned;
        // A site that publishes no public key has not chosen signing yet: the notice says how, as
        // information. A preview of a site that does sign is a warning: it must not be published.
        (unsignedPreview ? logger.warn : logger.info).call(
          logger,
          message(manifest.files.length, manifest.pages.length, ms),
        );
      },
    },
  };
}
