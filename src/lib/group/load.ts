/**
 * A site group's folder: `group.yaml` (src/schemas/group.ts), read and checked with the same
 * reader and messages as a site's own files, and the folders it names, which must be sites.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GroupSchema, type Group, type GroupMember } from '../../schemas/group.ts';
import { readSource } from '../content/read.ts';
import { loadSiteConfig, validateSource } from '../content/load.ts';
import { sitePaths } from '../content/paths.ts';
import { fieldName, type Problem } from '../content/problems.ts';
import { siteAddresses } from '../urls.ts';
import { groupText } from '../../i18n/group.ts';

export const GROUP_FILE = 'group.yaml';

export type LoadedMember = GroupMember & {
  /** The member's site folder, absolute. */
  dir: string;
  /** Where its pages go inside the group's output folder (`mzj`, `bm/mzj`). */
  outPath: string;
};
export type LoadedGroup = Omit<Group, 'members'> & {
  /** The group's folder (where group.yaml is), absolute. */
  folder: string;
  /** The portal's site folder, absolute. */
  portalDir: string;
  members: LoadedMember[];
};

/**
 * The first part of every address the portal's own pages have (policies, search, _astro …): a
 * member under one of them would mix its pages with the portal's.
 */
export function reservedSegments(): Set<string> {
  // Each address function called with placeholders: only the first part of the path is kept.
  const addresses = Object.values(siteAddresses).map((address) =>
    (address as (...args: unknown[]) => string)('x', 'x', 1, false),
  );
  const first = addresses.map((address) => address.split('/')[1] ?? '').filter(Boolean);
  return new Set([...first, '_astro', 'pagefind', 'admin', 'files', '.well-known']);
}

const isSite = (dir: string) => existsSync(join(dir, 'content', 'site.yaml'));
const isFolder = (dir: string) => existsSync(dir) && statSync(dir).isDirectory();

export function loadGroup(folder: string): { group: LoadedGroup | undefined; problems: Problem[] } {
  const root = resolve(folder);
  const path = join(root, GROUP_FILE);
  const problem = (field: (string | number)[], message: string): Problem => ({
    severity: 'error',
    file: GROUP_FILE,
    field: field.length ? fieldName(field) : '',
    message,
  });
  if (!existsSync(path)) return { group: undefined, problems: [problem([], groupText.noGroupFile(root))] };
  const source = readSource(path, GROUP_FILE, true);
  const { data, problems } = validateSource(GroupSchema, source, GROUP_FILE);
  if (!data) return { group: undefined, problems };
  const siteProblem = (field: (string | number)[], value: string, dir: string) =>
    isFolder(dir)
      ? isSite(dir)
        ? []
        : [{ ...problem(field, groupText.notASite(value)), line: source.lineOf(field) }]
      : [{ ...problem(field, groupText.noFolder(value)), line: source.lineOf(field) }];
  const portalDir = resolve(root, data.portal);
  const found: Problem[] = [...siteProblem(['portal'], data.portal, portalDir)];
  const reserved = reservedSegments();
  const members = data.members.map((member, index) => {
    const dir = resolve(root, member.site);
    found.push(...siteProblem(['members', index, 'site'], member.site, dir));
    const first = member.prefix.split('/')[1] ?? '';
    if (reserved.has(first))
      found.push({
        ...problem(['members', index, 'prefix'], groupText.reservedPrefix(member.prefix)),
        line: source.lineOf(['members', index, 'prefix']),
      });
    return { ...member, dir, outPath: member.prefix.slice(1, -1) };
  });
  // A member is served on the portal's host, under its prefix: its pages, feeds and sitemap name it.
  const domain = loadSiteConfig(sitePaths(portalDir)).site?.domain;
  if (found.length === 0 && domain) {
    data.members.forEach((member, index) => {
      const own = loadSiteConfig(sitePaths(resolve(root, member.site))).site?.domain;
      if (own && own !== domain)
        found.push({
          ...problem(['members', index, 'site'], groupText.otherDomain(member.site, own, domain, member.prefix)),
          line: source.lineOf(['members', index, 'site']),
        });
    });
  }
  if (found.length) return { group: undefined, problems: found };
  return { group: { ...data, folder: root, portalDir, members }, problems: [] };
}
