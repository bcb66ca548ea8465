/**
 * RSS feeds (@astrojs/rss): policies, bulletins, and policies per topic. Each list page links
 * its feed with <link rel="alternate"> so readers and aggregators discover it.
 */
import rss from '@astrojs/rss';
import { siteData, type PolicyEntry } from './index.ts';
import { site } from '../site.ts';
import { instantInZone } from '../lib/dates.ts';
import { canonicalDocNumber } from '../lib/docNumber.ts';
import { topicLeaf } from '../lib/topics.ts';
import { urls } from '../lib/urls.ts';
import { ui } from '../i18n/ui.ts';

const FEED_LENGTH = 50;
/** The channel link: the site's home page, under its prefix (item links are resolved against it). */
const origin = () => `https://${site.domain}${urls.home()}`;

function policyItems(policies: PolicyEntry[], statusOf: (p: PolicyEntry) => { validity: string }) {
  return policies.slice(0, FEED_LENGTH).map((policy) => {
    const p = policy.data;
    const number = p.docNumber ? `${canonicalDocNumber(p.docNumber)}　` : '';
    return {
      title: p.title,
      link: urls.policy(policy.id),
      pubDate: instantInZone(p.publishDate, site.timeZone),
      description: `${number}${p.issuers.join('、')}　${ui.validityStatus}：${statusOf(policy).validity}${p.summary ? `。${p.summary}` : ''}`,
      categories: [topicLeaf(p.topic)],
    };
  });
}

export async function policiesFeed() {
  const { policies, statusOf } = await siteData();
  return rss({
    title: `${site.name} - ${ui.feeds.policies}`,
    description: ui.feeds.policiesDescription(site.name),
    site: origin(),
    items: policyItems(policies, statusOf),
    customData: '<language>zh-cn</language>',
  });
}

export async function topicFeed(topic: string) {
  const { policies, statusOf, topicOf } = await siteData();
  return rss({
    title: `${site.name} - ${ui.feeds.topic(topic)}`,
    description: ui.feeds.topicDescription(site.name, topic),
    site: origin(),
    items: policyItems(
      policies.filter((p) => topicLeaf(topicOf(p)) === topic),
      statusOf,
    ),
    customData: '<language>zh-cn</language>',
  });
}

export async function bulletinsFeed() {
  const { bulletins } = await siteData();
  return rss({
    title: `${site.name} - ${ui.feeds.bulletins}`,
    description: ui.feeds.bulletinsDescription(site.name),
    site: origin(),
    items: bulletins.slice(0, FEED_LENGTH).map((view) => ({
      title: `${view.entry.data.series} ${ui.bulletinIssue(view.entry.data.year, view.entry.data.issue, view.entry.data.supplement)}：${view.entry.data.title}`,
      link: view.url,
      pubDate: instantInZone(view.entry.data.date, site.timeZone),
      description: view.entry.data.editingUnit,
    })),
    customData: '<language>zh-cn</language>',
  });
}

/** Topics that have at least one policy, by their second-level name. */
export async function feedTopics(): Promise<string[]> {
  const { policies, topicOf } = await siteData();
  return [...new Set(policies.map((p) => topicLeaf(topicOf(p))))].sort();
}
