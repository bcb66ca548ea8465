/**
 * Rules about service guides (办事指南) that look beyond one file: the topic must be one of
 * `guideTopics` in content/site.yaml, and no two guides may end up at the same page address.
 * A 事项编码 without a matching 权责清单 item is not a problem: the page simply has no link.
 */
import type { SiteConfig } from '../../schemas/site.ts';
import { guideUrl } from '../documents/guides.ts';
import { fieldName, type Problem } from './problems.ts';
import type { LoadedEntry } from './load.ts';
import { guideText } from '../../i18n/guides.ts';

export function checkGuides(guides: LoadedEntry<'guides'>[], site: SiteConfig): Problem[] {
  const problems: Problem[] = [];
  const report = (guide: LoadedEntry<'guides'>, field: string, message: string) =>
    problems.push({ severity: 'error', file: guide.file, line: guide.lineOf([field]), field: fieldName([field]), message });
  const topics = new Set(site.guideTopics.map((t) => t.slug));

  const seen = new Map<string, LoadedEntry<'guides'>>();
  for (const guide of guides) {
    const { topic } = guide.data;
    if (!topics.has(topic)) {
      report(guide, 'topic', guideText.messages.unknownTopic(topic, site.guideTopics));
      continue;
    }
    const url = guideUrl(guide.id, topic);
    const first = seen.get(url);
    if (first) {
      report(guide, 'topic', guideText.messages.sameUrl(first.file, url, topic));
    } else seen.set(url, guide);
  }
  return problems;
}
