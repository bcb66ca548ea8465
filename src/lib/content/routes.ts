/**
 * Every page address the build will write, computed from the content without building — so the
 * check can tell an editor that a link points nowhere. tests/build/routes.test.ts compares this
 * list with the pages of a real build, so the two cannot drift apart.
 */
import type { SiteConfig } from '../../schemas/site.ts';
import { flattenColumns } from '../documents/columns.ts';
import { resolveTopic, topicLeaf } from '../topics.ts';
import { urls } from '../urls.ts';
import { currentBase, withoutBase } from '../base.ts';
import { pageUrls } from '../paginate.ts';
import type { LoadedSite } from './load.ts';
import { MANIFEST_FILE, PUBLIC_KEY_FILE, SIGNATURE_FILE } from '../wellKnown.ts';
import { groupLaws, lawHeadings, regulationRoutes } from '../regulations/library.ts';
import { headingShardUrl, shardHeadings } from '../search/headings.ts';
import { siteToday } from '../dates.ts';
import { catalogueRows, entryPages, type CatalogueItem } from '../../kinds/index.ts';
import { seriesSlug } from '../../kinds/bulletins.ts';

const ABOUT_PAGES = ['leaders', 'functions', 'departments', 'affiliated', 'history'] as const;

/**
 * Page addresses from the site's own root, decoded (`/policies/topic/社会救助/`), each ending in
 * `/` or a file name: as an editor writes a link, whatever prefix the site is served under.
 */
export function knownRoutes(loaded: LoadedSite): Set<string> {
  const { entries, site } = loaded;
  const routes: string[] = [
    urls.home(),
    '/404.html',
    urls.search(),
    urls.policies(),
    urls.checklists(),
    urls.bulletins(),
    urls.links(),
    urls.openData(),
    urls.policiesJson(),
    urls.policiesCsv(),
    urls.policiesSchema(),
    urls.checklistSchema(),
    urls.policiesFeed(),
    urls.bulletinsFeed(),
    urls.catalogue(),
    urls.catalogueByIndex(),
    urls.guides(),
    urls.annualReports(),
    '/robots.txt',
    '/sitemap-index.xml',
    '/favicon.svg',
    '/reading-prefs.js',
    '/admin/',
    '/admin/config.yml',
    // The integrity manifest (src/integrations/integrity.ts); signed when a public key is configured.
    `/${MANIFEST_FILE}`,
    ...(site?.manifestPublicKey ? [`/${PUBLIC_KEY_FILE}`, `/${SIGNATURE_FILE}`] : []),
    '/search/t2s.json',
  ];
  const topicOf = (topic: string) => topicLeaf(site ? (resolveTopic(site.topics, topic) ?? topic) : topic);
  const byTopic = new Map<string, number>();
  for (const policy of entries.policies) {
    const topic = topicOf(policy.data.topic);
    byTopic.set(topic, (byTopic.get(topic) ?? 0) + 1);
  }
  for (const [topic, n] of byTopic) routes.push(...pageUrls(urls.policiesByTopic(topic), n), urls.topicFeed(topic));
  for (const entry of entries.checklists) routes.push(urls.checklistJson(entry.id), urls.checklistCsv(entry.id));
  // Which version is a law's page depends on the day (a version not yet in force is not).
  const today = siteToday(site?.timeZone ?? 'Asia/Shanghai');
  routes.push(...regulationRoutes(entries.regulations, today));
  // Search: what it knows of language, and the laws' headings in shards by word.
  routes.push('/search/language.json');
  const headingShards = shardHeadings(lawHeadings(groupLaws(entries.regulations, today))).length;
  for (let shard = 0; shard < headingShards; shard++) routes.push(headingShardUrl(shard));
  if (site) addSiteRoutes(routes, loaded, site);
  routes.push(...pageUrls(urls.policies(), entries.policies.length));
  routes.push(...pageUrls(urls.interpretations(), entries.interpretations.length));
  const base = currentBase();
  return new Set(routes.map((route) => decodeRoute(withoutBase(base, route) ?? route)));
}

function addSiteRoutes(routes: string[], loaded: LoadedSite, site: SiteConfig) {
  // Every entry's own page (src/kinds/).
  routes.push(...entryPages(loaded.entries, site).map((page) => page.url));
  for (const bulletin of loaded.entries.bulletins) {
    const slug = seriesSlug(site, bulletin.data.series);
    if (slug) routes.push(urls.bulletinYear(slug, bulletin.data.year));
  }
  // Catalogue pages: all, by index number, per type and per year, each split into pages like
  // the lists.
  const rows = catalogueRows(loaded.entries, site);
  const count = (key: (row: CatalogueItem) => string) =>
    rows.reduce((counts, row) => counts.set(key(row), (counts.get(key(row)) ?? 0) + 1), new Map<string, number>());
  for (const [type, n] of count((row) => row.type)) routes.push(...pageUrls(urls.catalogueByType(type), n));
  for (const [year, n] of count((row) => row.date.slice(0, 4))) routes.push(...pageUrls(urls.catalogueByYear(Number(year)), n));
  routes.push(...pageUrls(urls.catalogue(), rows.length), ...pageUrls(urls.catalogueByIndex(), rows.length));
  for (const column of flattenColumns(site.columns)) {
    if (column.href) continue;
    const articles = loaded.entries.articles.filter((a) => a.data.column === column.slug).length;
    routes.push(...pageUrls(urls.column(column.slug), column.display === 'single' ? 0 : articles));
  }
  for (const topic of site.guideTopics) {
    const guides = loaded.entries.guides.filter((g) => g.data.topic === topic.slug).length;
    routes.push(...pageUrls(urls.guideTopic(topic.slug), guides));
  }
  if (loaded.organisation) for (const page of ABOUT_PAGES) routes.push(urls.about(page));
}


export function decodeRoute(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
