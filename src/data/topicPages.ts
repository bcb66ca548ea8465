import { siteData } from './index.ts';
import { feedTopics } from './feeds.ts';
import { topicLeaf } from '../lib/topics.ts';
import { pagesOf } from '../lib/paginate.ts';

/** Every page of every topic's policy list (`/policies/topic/<topic>/`, `…/page/2/`, …). */
export async function topicPages() {
  const { policies, topicOf } = await siteData();
  return (await feedTopics()).flatMap((topic) => {
    const listed = policies.filter((p) => topicLeaf(topicOf(p)) === topic);
    return pagesOf(listed).map((page) => ({ topic, total: listed.length, page }));
  });
}
