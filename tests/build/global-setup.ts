/**
 * Builds the base fixture tests/fixtures/valid-site once for the build layer: several files read
 * its pages (status by date, routes, site pages, annual report, the gate after the build), and
 * none of them writes to it. Tests get it with `validSite()` from tests/build/valid-site-build.ts.
 */
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, fixturesDir, outputRoot, type BuildRecord } from '../helpers/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    validSite: BuildRecord;
  }
}

export default function setup(project: TestProject) {
  // A folder of its own: tests that lay out fixtures of their own (prepareFixture) never touch it.
  const name = 'valid-site-shared';
  const site = join(outputRoot, 'sites', name);
  rmSync(site, { recursive: true, force: true });
  cpSync(join(fixturesDir, 'valid-site'), site, { recursive: true });
  const { status, output, siteDir, outDir } = buildSite(name, { siteDir: site });
  project.provide('validSite', { status, output, siteDir, outDir });
}
