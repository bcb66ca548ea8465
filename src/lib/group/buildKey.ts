/**
 * When a member of a site group must be built again (docs/site-groups.md, CI recipes): its output
 * depends on its own site folder, on the project's code and on the day (statuses change with the
 * date), and on nothing else — not on other members. The key hashes exactly those, so a CI job
 * reuses a member's cached output when the key is unchanged and the portal alone is rebuilt.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteToday } from '../dates.ts';
import { loadSiteConfig } from '../content/load.ts';
import { sitePaths } from '../content/paths.ts';
import type { LoadedMember } from './load.ts';

/** The project's files a build runs (relative to the project root). */
export const PROJECT_INPUTS = ['package-lock.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts/build.ts'];

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => join(path, name))
    .filter((name) => statSync(join(root, name)).isFile() && !name.split(/[\\/]/).includes('dist'))
    .sort();
}

/** The build key of one member: its folder's files, the project's code and today in its time zone. */
export function memberBuildKey(member: LoadedMember, projectRoot: string): string {
  const hash = createHash('sha256').update('gongkai-member/1\n');
  const site = loadSiteConfig(sitePaths(member.dir)).site;
  hash.update(`today\0${siteToday(site?.timeZone ?? 'Asia/Shanghai')}\n`);
  hash.update(`member\0${member.code}\0${member.name}\0${member.prefix}\n`);
  for (const file of files(member.dir, '.')) {
    hash
      .update(`site\0${relative('.', file)}\0`)
      .update(readFileSync(join(member.dir, file)))
      .update('\n');
  }
  for (const input of PROJECT_INPUTS) {
    for (const file of files(projectRoot, input)) {
      hash
        .update(`project\0${file}\0`)
        .update(readFileSync(join(projectRoot, file)))
        .update('\n');
    }
  }
  return hash.digest('hex').slice(0, 32);
}
