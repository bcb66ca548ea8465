/**
 * What of its members' documents the portal of a site group indexes and lists (docs/site-groups.md).
 *
 * Its one search and its 政策文件库 and 信息公开目录 cover every department's **policies**: the
 * documents a citizen looks for across departments. A member's news, bulletins and guides stay in
 * its own search. Measured at 20 members × 5,000 documents (npm run bench -- --group 20x5000):
 * indexing all 100,100 documents took Pagefind 5.5 GB and 137 s and put 874 KB of index metadata
 * and 1.2 MB of facets in front of the first result; the 37,920 policies take about 2 GB and 45 s.
 * A record keeps the facets the portal shows (部门, 类型, 年份, 效力状态), not 发文机关 or 主题,
 * whose many values would make the facet data larger than the index; the portal's search page
 * loads the facets when the reader asks for them (src/scripts/search.ts, facetsOnRequest).
 */
import type { SearchRecord } from '../integrity/records.ts';
import { searchKeys } from '../../i18n/search.ts';
import { collectionLabels } from '../../i18n/fields.ts';

/** The facets of the group's search, in the order the search page shows them. */
export const GROUP_FACETS = [searchKeys.department, searchKeys.type, searchKeys.year, searchKeys.status] as const;

/**
 * A member's records as the portal indexes them: its policies, with its name as their 部门, found
 * by their title, 文号 and 发文机关 (the summary stays in the member's own search: with it the
 * portal's Pagefind took 47 s for 37,920 policies, without it 29 s).
 */
export function portalRecords(records: SearchRecord[], department: string): SearchRecord[] {
  return records
    .filter((record) => record.filters[searchKeys.type]?.includes(collectionLabels.policies))
    .map((record) => {
      const content = [
        record.meta['title'],
        record.meta[searchKeys.docNumber],
        ...(record.filters[searchKeys.issuer] ?? []),
      ]
        .filter(Boolean)
        .join(' ');
      const filters: Record<string, string[]> = { [searchKeys.department]: [department] };
      for (const facet of GROUP_FACETS) {
        const values = record.filters[facet];
        if (values && facet !== searchKeys.department) filters[facet] = values;
      }
      return { ...record, content, filters };
    });
}
