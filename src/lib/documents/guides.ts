/**
 * Service guides (办事指南): page addresses, grouping by topic, the matching 权责清单 item, and the
 * column (栏目) of the guide pages. Pure functions; pages pass in the site configuration.
 */
import type { Checklist, ChecklistItem } from '../../schemas/checklist.ts';
import type { Column } from '../../schemas/column.ts';
import { columnAt, columnCrumbs, columnMeta, columnTrail, columnUrl, type ColumnMeta, type Crumb } from './columns.ts';
import { urls } from '../urls.ts';
import { guideText } from '../../i18n/guides.ts';

export type GuideTopic = { slug: string; name: string };

/**
 * The last part of a guide's address: its id without the topic folder, so
 * `content/guides/shjz/dibao.md` (topic shjz) is at `/guides/shjz/dibao/`. A guide filed
 * elsewhere keeps its whole id: `other/dibao` (topic shjz) is at `/guides/shjz/other/dibao/`.
 */
export function guideSlug(id: string, topic: string): string {
  return id.startsWith(`${topic}/`) ? id.slice(topic.length + 1) : id;
}

export function guideUrl(id: string, topic: string): string {
  return urls.guide(topic, guideSlug(id, topic));
}

const byTitle = new Intl.Collator('zh-CN');

/**
 * Every configured topic in the configured order, each with its guides sorted by title; a
 * topic without guides is kept with an empty list, so the structure of the 13 topics is whole.
 */
export function groupByTopic<T extends { topic: string; title: string }>(
  topics: readonly GuideTopic[],
  guides: readonly T[],
): { topic: GuideTopic; guides: T[] }[] {
  return topics.map((topic) => ({
    topic,
    guides: guides.filter((g) => g.topic === topic.slug).sort((a, b) => byTitle.compare(a.title, b.title)),
  }));
}

/** The checklist item with this 事项编码: from a 权责清单 if one has it, else from any other list. */
export function findChecklistItem<L extends { data: Checklist }>(
  lists: readonly L[],
  code: string,
): { list: L; item: ChecklistItem } | undefined {
  const ordered = [...lists].sort((a, b) => Number(b.data.kind === '权责清单') - Number(a.data.kind === '权责清单'));
  for (const list of ordered) {
    const item = list.data.items.find((i) => i.code === code);
    if (item) return { list, item };
  }
  return undefined;
}

/**
 * Meta tags and breadcrumbs of the guide pages: from the column whose `href` is `/guides/` (no
 * topic) or `/guides/<topic>/`. A site whose configuration lacks that column still gets a
 * sensible trail (办事指南 > topic).
 */
export function guideColumn(
  columns: readonly Column[],
  topic?: GuideTopic,
): { meta: ColumnMeta; crumbs: (current?: string) => Crumb[] } {
  const column = columnAt(columns, topic ? urls.guideTopic(topic.slug) : urls.guides());
  if (column) return { meta: columnMeta(column), crumbs: (current) => columnCrumbs(columns, column.slug, current) };

  const indexColumn = columnAt(columns, urls.guides());
  const trail: Crumb[] = indexColumn
    ? columnTrail(columns, indexColumn.slug).map((c) => ({ label: c.title, href: columnUrl(c) }))
    : [{ label: guideText.title, href: urls.guides() }];
  if (topic) trail.push({ label: topic.name, href: urls.guideTopic(topic.slug) });
  const meta: ColumnMeta = topic
    ? {
        name: topic.name,
        description: guideText.topicIntro(topic.name),
        keywords: [topic.name, guideText.title],
        type: guideText.columnType,
      }
    : {
        name: guideText.title,
        description: guideText.indexIntro,
        keywords: [guideText.title],
        type: guideText.columnType,
      };
  return {
    meta,
    crumbs: (current) =>
      current ? [...trail, { label: current }] : [...trail.slice(0, -1), { label: trail[trail.length - 1]!.label }],
  };
}
