/**
 * The portal of a site group (站群, docs/site-groups.md): its members, and the group's views of
 * their documents — the 政策文件库 over every member's policies, filtered by 部门. They come
 * from what build:group hands the portal's build: the members' manifests (with their names and
 * prefixes) and their search records, which each member's page check read from its checked pages.
 * A site that is not a group's portal has none of this, and none of these pages.
 */
import { readFileSync } from 'node:fs';
import { GROUP_MANIFESTS_ENV, GROUP_RECORDS_ENV } from '../lib/base.ts';
import type { GroupMemberManifest } from '../lib/integrity/manifest.ts';
import type { SearchRecord } from '../lib/integrity/records.ts';
import { canonicalDocNumber } from '../lib/docNumber.ts';
import { urls } from '../lib/urls.ts';
import { searchKeys } from '../i18n/search.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { site } from '../site.ts';
import { siteData } from './index.ts';

/** A department of the group: a member, or the portal itself (`code` 'portal'). */
export type GroupDepartment = { code: string; name: string; url: string };

/** One document of the group's lists. */
export type GroupRow = {
  title: string;
  url: string;
  department: GroupDepartment;
  docNumber?: string | undefined;
  date: string;
  status?: string | undefined;
};

export const PORTAL_CODE = 'portal';

const readJson = <T>(env: string): T | undefined => {
  const file = process.env[env];
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
};

/** The members of the group this site is the portal of; undefined for any other site. */
export function groupMembers(): GroupMemberManifest[] | undefined {
  return readJson<GroupMemberManifest[]>(GROUP_MANIFESTS_ENV);
}

/** Every department whose documents the group's views list: the portal first, then the members. */
export function groupDepartments(): GroupDepartment[] {
  const members = groupMembers();
  if (!members) return [];
  return [
    { code: PORTAL_CODE, name: site.name, url: urls.home() },
    ...members.map((member) => ({ code: member.code, name: member.name, url: member.prefix })),
  ];
}

let policies: Promise<GroupRow[]> | undefined;

/** Every policy of the group, the portal's own and the members', newest first. */
export function groupPolicies(): Promise<GroupRow[]> {
  policies ??= (async () => {
    const departments = groupDepartments();
    if (departments.length === 0) return [];
    const byName = new Map(departments.map((department) => [department.name, department]));
    const portal = departments[0]!;
    const data = await siteData();
    const own: GroupRow[] = data.policies.map((policy) => ({
      title: policy.data.title,
      url: urls.policy(policy.id),
      department: portal,
      docNumber: policy.data.docNumber ? canonicalDocNumber(policy.data.docNumber) : undefined,
      date: policy.data.publishDate.slice(0, 10),
      status: data.statusOf(policy).validity,
    }));
    const members = (readJson<SearchRecord[]>(GROUP_RECORDS_ENV) ?? []).flatMap((record): GroupRow[] => {
      const department = byName.get(record.filters[searchKeys.department]?.[0] ?? '');
      if (!department || !record.filters[searchKeys.type]?.includes(collectionLabels.policies)) return [];
      return [
        {
          title: record.meta['title'] ?? record.url,
          url: record.url,
          department,
          docNumber: record.meta[searchKeys.docNumber],
          date: record.meta[searchKeys.date] ?? '',
          status: record.meta[searchKeys.status],
        },
      ];
    });
    return [...own, ...members].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
  })();
  return policies;
}
