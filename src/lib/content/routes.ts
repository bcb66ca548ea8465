/**
 * Every page address the build will write, computed from the content without building — so the
 * check can tell an editor that a link points nowhere. tests/build/routes.test.ts compares this
 * list with the pages of a real build, so the two cannot drift apart.
 */
import type { SiteConfig } from '../../schemas/site.ts';
import { flattenColumns } from '../columns.ts';
import { guideUrl } from '../guides.ts';
import { resolveTopic, topicLeaf } from '../topics.ts';
import { urls } from '../urls.ts';
import type { LoadedSite } from './load.ts';

const ABOUT_PAGES = ['leaders', 'functions', 'departments', 'affiliated', 'history'] as const;

/** Page addresses, decoded (`/policies/topic/社会救助/`), each ending in `/` or a file name. */
export function knownRoutes(loaded: LoadedSite): Set<string> {
  const { entries, site } = loaded;
  const routes: string[] = [
    urls.home(),
    '/404.html',
    urls.search(),
    urls.policies(),
    urls.interpretations(),
    urls.checklists(),
    urls.bulletins(),
    urls.links(),
    urls.openData(),
    urls.policiesJson(),
    urls.policiesCsv(),
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
    '/search/t2s.json',
  ];
  const topicOf = (topic: string) => topicLeaf(site ? (resolveTopic(site.topics, topic) ?? topic) : topic);
  for (const policy of entries.policies) {
    routes.push(urls.policy(policy.id));
    routes.push(urls.policiesByTopic(topicOf(policy.data.topic)), urls.topicFeed(topicOf(policy.data.topic)));
  }
  for (const entry of entries.interpretations) routes.push(urls.interpretation(entry.id));
  for (const entry of entries.checklists) {
    routes.push(urls.checklist(entry.id), urls.checklistJson(entry.id), urls.checklistCsv(entry.id));
  }
  for (const entry of entries.articles) routes.push(urls.article(entry.id));
  for (const entry of entries.annualReports) routes.push(urls.annualReport(entry.data.year));
  if (site) addSiteRoutes(routes, loaded, site);
  // Catalogue pages per type and year (documents with a 索引号).
  for (const [type, list] of Object.entries(entries)) {
    const dated = list.filter((e) => 'indexNo' in e.data && e.data.indexNo);
    if (dated.length) routes.push(urls.catalogueByType(type));
    for (const e of dated) {
      const date = 'publishDate' in e.data ? e.data.publishDate : undefined;
      if (date) routes.push(urls.catalogueByYear(Number(date.slice(0, 4))));
    }
  }
  return new Set(routes.map(decodeRoute));
}

function addSiteRoutes(routes: string[], loaded: LoadedSite, site: SiteConfig) {
  const slugOf = new Map(site.bulletinSeries.map((s) => [s.name, s.slug]));
  for (const bulletin of loaded.entries.bulletins) {
    const slug = slugOf.get(bulletin.data.series);
    if (!slug) continue;
    const { year, issue, supplement } = bulletin.data;
    routes.push(urls.bulletin(slug, year, issue, supplement), urls.bulletinYear(slug, year));
  }
  for (const column of flattenColumns(site.columns)) if (!column.href) routes.push(urls.column(column.slug));
  for (const topic of site.guideTopics) routes.push(urls.guideTopic(topic.slug));
  for (const guide of loaded.entries.guides) routes.push(guideUrl(guide.id, guide.data.topic));
  if (loaded.organisation) for (const page of ABOUT_PAGES) routes.push(urls.about(page));
}

export function decodeRoute(path: string): string {
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}
