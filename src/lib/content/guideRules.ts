/**
 * Rules about service guides (办事指南) that look beyond one file: the topic must be one of
 * `guideTopics` in content/site.yaml, and no two guides may end up at the same page address.
 * A 事项编码 without a matching 权责清单 item is not a problem: the page simply has no link.
 */
import type { SiteConfig } from '../../schemas/site.ts';
import { guideUrl } from '../documents/guides.ts';
import { fieldName, type Problem } from './problems.ts';
import type { LoadedEntry } from './load.ts';

export function checkGuides(guides: LoadedEntry<'guides'>[], site: SiteConfig): Problem[] {
  const problems: Problem[] = [];
  const report = (guide: LoadedEntry<'guides'>, field: string, message: string) =>
    problems.push({ severity: 'error', file: guide.file, line: guide.lineOf([field]), field: fieldName([field]), message });
  const topics = new Set(site.guideTopics.map((t) => t.slug));
  const choices = site.guideTopics.map((t) => `${t.slug}（${t.name}）`).join('、') || '（尚未配置任何主题）';

  const seen = new Map<string, LoadedEntry<'guides'>>();
  for (const guide of guides) {
    const { topic } = guide.data;
    if (!topics.has(topic)) {
      report(
        guide,
        'topic',
        `“${topic}”不是本站配置的办事指南主题；可选：${choices}。如需新主题，请先加到 content/site.yaml 的 guideTopics。`,
      );
      continue;
    }
    const url = guideUrl(guide.id, topic);
    const first = seen.get(url);
    if (first) {
      report(
        guide,
        'topic',
        `与 ${first.file} 的网页地址相同（${url}）；同一主题下办事指南的文件名不能相同，请把其中一篇改名（办事指南建议放在 content/guides/${topic}/ 下）。`,
      );
    } else seen.set(url, guide);
  }
  return problems;
}
