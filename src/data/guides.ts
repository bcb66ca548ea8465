/**
 * The service guides (办事指南) as pages need them: address, topic, 实施主体, and the matching
 * 权责清单 item. Computed once per build and shared by every guide page (the promise is memoised).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../site.ts';
import { findChecklistItem, groupByTopic, guideSlug, type GuideTopic } from '../lib/documents/guides.ts';
import { urls } from '../lib/urls.ts';

export type GuideEntry = CollectionEntry<'guides'>;

export type GuideView = {
  entry: GuideEntry;
  /** Same as `entry.data.title`; here so views can be grouped and sorted by title. */
  title: string;
  /** Slug of the topic. */
  topic: string;
  topicName: string;
  /** Last part of the address, after `/guides/<topic>/`. */
  slug: string;
  url: string;
  /** 实施主体: the guide's own, else the site's publisher. */
  department: string;
  /** The 权责清单 item with the same 事项编码, if a list has one. */
  checklistItem?: { href: string; listTitle: string; code: string; name: string } | undefined;
};

export type GuideData = {
  guides: GuideView[];
  /** Every configured topic, in order, with its guides (possibly none). */
  byTopic: { topic: GuideTopic; guides: GuideView[] }[];
};

async function compute(): Promise<GuideData> {
  const [entries, checklists] = await Promise.all([getCollection('guides'), getCollection('checklists')]);
  const topicName = new Map(site.guideTopics.map((t) => [t.slug, t.name]));
  const guides = entries.map((entry): GuideView => {
    const { title, topic, itemCode, department } = entry.data;
    const slug = guideSlug(entry.id, topic);
    const match = itemCode ? findChecklistItem(checklists, itemCode) : undefined;
    return {
      entry,
      title,
      topic,
      topicName: topicName.get(topic) ?? topic,
      slug,
      url: urls.guide(topic, slug),
      department: department ?? site.publisher,
      checklistItem: match && {
        href: urls.checklistItem(match.list.id, match.item.code),
        listTitle: match.list.data.title,
        code: match.item.code,
        name: match.item.name,
      },
    };
  });
  const byTopic = groupByTopic(site.guideTopics, guides);
  return { guides: byTopic.flatMap((group) => group.guides), byTopic };
}

let cached: Promise<GuideData> | undefined;

export function guideData(): Promise<GuideData> {
  cached ??= compute();
  return cached;
}
