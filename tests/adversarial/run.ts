/**
 * Lays hostile cases (./cases.ts) over a copy of the base fixture site and runs the content check.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkSite } from '../../src/lib/check/site.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { fixturesDir } from '../helpers/build.ts';
import { MARKER, type HostileCase, type HostileFile } from './cases.ts';

export type HostileSite = { root: string; marker: string; baseline: Set<string>; remove: () => void };

const linesOf = (root: string) => checkSite(sitePaths(root), { today: '2026-11-27' }).problems.map(formatProblem);

/**
 * A copy of tests/fixtures/valid-site to lay cases over; `marker` is where code would write,
 * `baseline` what the check says of the site alone (left out of each case's lines).
 */
export function hostileSite(): HostileSite {
  const root = mkdtempSync(join(tmpdir(), 'gongkai-hostile-'));
  cpSync(join(fixturesDir, 'valid-site'), root, { recursive: true });
  return {
    root,
    marker: join(root, 'MARKER'),
    baseline: new Set(linesOf(root)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Writes one file of a case; the marker path is put into code that would write it. */
export function writeHostileFile(root: string, path: string, content: HostileFile, marker: string): void {
  const target = join(root, path);
  mkdirSync(dirname(target), { recursive: true });
  if (typeof content === 'string') writeFileSync(target, content.replaceAll(MARKER, marker));
  else if (content instanceof Uint8Array) writeFileSync(target, content);
  else symlinkSync(content.symlink, target);
}

/** The check's problem lines for the files of one case, laid over the site alone. */
export function checkCase(site: HostileSite, hostile: HostileCase): string[] {
  const paths = Object.keys(hostile.files);
  const originals = new Map(paths.map((path) => [path, readOriginal(join(site.root, path))]));
  for (const [path, content] of Object.entries(hostile.files)) {
    rmSync(join(site.root, path), { force: true });
    writeHostileFile(site.root, path, content, site.marker);
  }
  try {
    return linesOf(site.root)
      .filter((line) => !site.baseline.has(line))
      .map((line) => line.replaceAll(site.marker, MARKER));
  } finally {
    for (const path of paths) {
      rmSync(join(site.root, path), { recursive: true, force: true });
      const original = originals.get(path);
      if (original !== undefined) writeFileSync(join(site.root, path), original);
    }
  }
}

function readOriginal(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
