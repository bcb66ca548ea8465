/**
 * Builds the demo site once (content/ and public/ of this project) for the browser tests and
 * serves it on 127.0.0.1. Tests read the address from `inject('demoUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, projectRoot } from '../helpers/build.ts';
import { serve, type StaticServer } from '../helpers/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    demoUrl: string;
    demoDir: string;
    /** What the demo's build printed (ANSI colours removed). */
    demoBuildLog: string;
  }
}

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  // Built and served with or without a browser: the deployment tests need the build, not Chromium.
  const build = buildSite('demo', { siteDir: projectRoot });
  if (build.status !== 0) throw new Error(`The demo site did not build:\n${build.output}`);
  server = await serve(build.outDir);
  project.provide('demoUrl', server.url);
  project.provide('demoDir', build.outDir);
  project.provide('demoBuildLog', build.output);
  return async () => {
    await server?.close();
  };
}
