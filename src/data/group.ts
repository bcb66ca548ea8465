/**
 * The portal of a site group (站群, docs/site-groups.md): its members, and the group's views of
 * their documents — the 政策文件库 over every department's policies and the 信息公开目录 over every
 * document with a 索引号, each also by 部门. They come
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

/** A department of the group: a member, or the portal itself (`code` 'portal'). */
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

const sortRows = (rows: GroupRow[]) =>
  rows.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));

/** The members' documents, from their search records, each with its department. */
function memberRows(): GroupRow[] {
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
 * A list of the group, newest first: every policy of the portal and its members (`policies`), or
 * every document with a 索引号 (`catalogue`). Empty for a site that is not a group's portal.
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
        const own = data.catalogue.map((item) => ({
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

/**
 * The `getStaticPaths` of a group list's pages (src/pages/library/, src/pages/xxgk/): every
 * department's list and each department's, a page at a time; none for a site that is not a portal.
 */
export async function groupListPaths(list: GroupList) {
  const departments = groupDepartments();
  if (departments.length === 0) return [];
  const rows = await groupRows(list);
  const addressOf = list === 'policies' ? urls.groupLibrary : urls.groupCatalogue;
  const views = [undefined, ...departments.map((department) => department.code)].map((code) => ({
    code,
    items: code ? rows.filter((row) => row.department.code === code) : rows,
  }));
  return views.flatMap(({ code, items }) =>
    pagesOf(items).map((page) => {
      const path = pageUrl(addressOf(code), page.number).slice(addressOf().length).replace(/\/$/, '');
      return { params: { path: path || undefined }, props: { list, code, page, total: items.length } };
    }),
  );
}
