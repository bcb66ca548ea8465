import { expect, inject } from 'vitest';
import { fromRecord, type BuildResult } from '../helpers/build.ts';

/** The build of the base fixture made once by tests/build/global-setup.ts; it must have passed. Read only. */
export function validSite(): BuildResult {
  const build = fromRecord(inject('validSite'));
  expect(build.status, build.output).toBe(0);
  return build;
}
