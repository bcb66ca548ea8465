/**
 * The portal of a site group (站群, docs/site-groups.md): its members, and the group's views of
 * their policies — the 政策文件库, newest first, and the 信息公开目录, by 索引号 — each also by 部门.
 * They come
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
import { pagesOf, pageUrl } from '../lib/paginate.ts';
import { searchKeys } from '../i18n/search.ts';
import { collectionLabels } from '../i18n/fields.ts';
import { site } from '../site.ts';
import { siteData } from './index.ts';

/** A department of the group: a member, or the portal itself (`code` 'portal'), and its home page. */
export type GroupDepartment = { code: string; name: string; url: string };

/** One document of the group's lists. */
export type GroupRow = {
  title: string;
  url: string;
  department: GroupDepartment;
  docNumber?: string | undefined;
  indexNo?: string | undefined;
  /** 类型, as the catalogue and search name it (政策文件, 工作动态 …). */
  type?: string | undefined;
  date: string;
  status?: string | undefined;
};

/** The group's lists: the 政策文件库 (`policies`) and the 信息公开目录 (`catalogue`). */
export type GroupList = 'policies' | 'catalogue';

export const PORTAL_CODE = 'portal';

const readJson = <T>(env: string): T | undefined => {
  const file = process.env[env];
  return file ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined;
};

/** The members of the group this site is the portal of (read once); undefined for any other site. */
const members: GroupMemberManifest[] | undefined = readJson<GroupMemberManifest[]>(GROUP_MANIFESTS_ENV);

export function groupMembers(): GroupMemberManifest[] | undefined {
  return members;
}

/** Every department whose documents the group's views list: the portal first, then the members. */
export function groupDepartments(): GroupDepartment[] {
  if (!members) return [];
  return [
    { code: PORTAL_CODE, name: site.name, url: urls.home() },
    ...members.map((member) => ({ code: member.code, name: member.name, url: member.prefix })),
  ];
}

const sortRows = (rows: GroupRow[]) =>
  rows.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));

let rowsOfMembers: GroupRow[] | undefined;

/** The members' policies, from their search records as the portal indexes them (src/lib/group/records.ts). */
function memberRows(): GroupRow[] {
  rowsOfMembers ??= readMemberRows();
  return rowsOfMembers;
}

function readMemberRows(): GroupRow[] {
  const byName = new Map(groupDepartments().map((department) => [department.name, department]));
  return (readJson<SearchRecord[]>(GROUP_RECORDS_ENV) ?? []).flatMap((record): GroupRow[] => {
    const department = byName.get(record.filters[searchKeys.department]?.[0] ?? '');
    if (!department) return [];
    return [
      {
        title: record.meta['title'] ?? record.url,
        url: record.url,
        department,
        docNumber: record.meta[searchKeys.docNumber],
        indexNo: record.meta[searchKeys.indexNo],
        type: record.filters[searchKeys.type]?.[0],
        date: record.meta[searchKeys.date] ?? '',
        status: record.meta[searchKeys.status],
      },
    ];
  });
}

const lists = new Map<GroupList, Promise<GroupRow[]>>();

/**
 * A list of the group, newest first: every policy of the portal and its members, with its 文号
 * and 效力状态 (`policies`) or its 索引号 (`catalogue`). Empty for a site that is not a group's portal.
 */
export function groupRows(list: GroupList): Promise<GroupRow[]> {
  let rows = lists.get(list);
  if (!rows) {
    rows = (async () => {
      const portal = groupDepartments()[0];
      if (!portal) return [];
      const data = await siteData();
      const members = memberRows();
      if (list === 'catalogue') {
        const own = data.catalogue
          .filter((item) => item.type === 'policies')
          .map((item) => ({
            title: item.title,
            url: item.url,
            department: portal,
            indexNo: item.indexNo,
            type: item.typeLabel,
            date: item.date.slice(0, 10),
          }));
        return sortRows([...own, ...members.filter((row) => row.indexNo)]);
      }
      const own: GroupRow[] = data.policies.map((policy) => ({
        title: policy.data.title,
        url: urls.policy(policy.id),
        department: portal,
        docNumber: policy.data.docNumber ? canonicalDocNumber(policy.data.docNumber) : undefined,
        date: policy.data.publishDate.slice(0, 10),
        status: data.statusOf(policy).validity,
      }));
      return sortRows([...own, ...members.filter((row) => row.type === collectionLabels.policies)]);
    })();
    lists.set(list, rows);
  }
  return rows;
}

const counts = new Map<GroupList, Promise<Map<string | undefined, number>>>();

/** How many rows a list has, in all (`undefined`) and by department code: for its filter links. */
export function groupCounts(list: GroupList): Promise<Map<string | undefined, number>> {
  let found = counts.get(list);
  if (!found) {
    found = groupRows(list).then((rows) => {
      const byCode = new Map<string | undefined, number>([[undefined, rows.length]]);
      for (const row of rows) byCode.set(row.department.code, (byCode.get(row.department.code) ?? 0) + 1);
      return byCode;
    });
    counts.set(list, found);
  }
  return found;
}

/**
 * The `getStaticPaths` of a group list's pages (src/pages/library/, src/pages/xxgk/): every
 * department's, and each department's alone (`/library/rsj/`), a page at a time; none for a site
 * that is not a group's portal.
 */
export async function groupListPaths(list: GroupList) {
  const departments = groupDepartments();
  if (departments.length === 0) return [];
  const rows = await groupRows(list);
  const byCode = new Map<string, GroupRow[]>(departments.map((department) => [department.code, []]));
  for (const row of rows) byCode.get(row.department.code)?.push(row);
  const addressOf = list === 'policies' ? urls.groupLibrary : urls.groupCatalogue;
  const views: { code: string | undefined; items: GroupRow[] }[] = [
    { code: undefined, items: rows },
    ...[...byCode].map(([code, items]) => ({ code, items })),
  ];
  return views.flatMap(({ code, items }) =>
    pagesOf(items).map((page) => {
      const path = pageUrl(addressOf(code), page.number).slice(addressOf().length).replace(/\/$/, '');
      return { params: { path: path || undefined }, props: { list, code, page, total: items.length } };
    }),
  );
}
