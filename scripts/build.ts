/**
 * npm run build — `astro build`, then the work after it in this process, once Astro's has exited:
 * the search index, the page check and the signed manifest (src/integrations/afterBuild.ts). The
 * renderer's memory is free before Pagefind starts, so the two never add up.
 *
 *   npm run build                  the site in content/ and public/ into dist/
 *   npm run build -- --force       every page rendered again (no reuse of the last build)
 *
 * GONGKAI_SITE_DIR, GONGKAI_OUT_DIR and GONGKAI_CACHE_DIR choose other folders, as for astro build;
 * Astro's process tells this one where the pages went.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AFTER_BUILD_ENV, consoleLog, indexSite, readPlan } from '../src/integrations/afterBuild.ts';
import { checkAndSign, integrityPlan } from '../src/integrations/integrity.ts';
import { loadSiteConfig } from '../src/lib/content/load.ts';
import { sitePaths } from '../src/lib/content/paths.ts';

const root = resolve(import.meta.dirname, '..');
const planDir = mkdtempSync(join(tmpdir(), 'gongkai-build-'));
const planFile = join(planDir, 'plan.json');
// Also when the page check refuses the build (it exits at once).
process.on('exit', () => rmSync(planDir, { recursive: true, force: true }));
const status = await new Promise<number | null>((done) => {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit', env: { ...process.env, [AFTER_BUILD_ENV]: planFile } },
  );
  child.on('close', done);
});
if (status !== 0) process.exitCode = status ?? 1;
// No plan: Astro only printed its help, or the site has no configuration to check pages against.
else if (existsSync(planFile)) {
  const { outDir, expect } = readPlan(planFile);
  await indexSite(outDir, consoleLog('gongkai'));
  const paths = sitePaths();
  const log = consoleLog('gongkai:integrity');
  const plan = integrityPlan(paths, loadSiteConfig(paths).site, expect, log);
  if (plan) checkAndSign(plan, outDir, log);
}
