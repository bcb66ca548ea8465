/**
 * Everything pages need that depends on the whole collection — sorting, reverse links
 * (policy → its interpretations), bulletin order — computed once per build and shared by
 * every page (the promise is memoised), not recomputed per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site, today } from '../site.ts';
import { buildRelations, type RelationGraph } from '../lib/documents/relations.ts';
import { statusOn, type Status } from '../lib/documents/validity.ts';
import { compareDates } from '../lib/dates.ts';
import { resolveTopic } from '../lib/topics.ts';
import { urls } from '../lib/urls.ts';
import { annualReports } from './annualReports.ts';
import { catalogueRows, type CatalogueItem } from '../kinds/index.ts';
import { seriesSlug as slugOfSeries } from '../kinds/bulletins.ts';

export type PolicyEntry = CollectionEntry<'policies'>;
export type InterpretationEntry = CollectionEntry<'interpretations'>;
export type ChecklistEntry = CollectionEntry<'checklists'>;
export type BulletinEntry = CollectionEntry<'bulletins'>;
export type ArticleEntry = CollectionEntry<'articles'>;

export type BulletinView = {
  entry: BulletinEntry;
  seriesSlug: string;
  url: string;
  previous?: BulletinView | undefined;
  next?: BulletinView | undefined;
};

export type { CatalogueItem };

export type SiteData = {
  /** Newest first. */
  policies: PolicyEntry[];
  policyById: Map<string, PolicyEntry>;
  /** Full `一级\二级` topic of each policy. */
  topicOf: (policy: PolicyEntry) => string;
  interpretations: InterpretationEntry[];
  /** Reverse links: policy id → its interpretations, newest first. */
  interpretationsOf: Map<string, InterpretationEntry[]>;
  /** Relations between policies both ways (修订, 废止, 替代, 依据; replacedBy counts as 替代). */
  relations: RelationGraph;
  /** The status shown today (有效性 from the declaration and the dates; src/lib/documents/validity.ts). */
  statusOf: (policy: PolicyEntry) => Status;
  checklists: ChecklistEntry[];
  checklistById: Map<string, ChecklistEntry>;
  /** The newer version that replaced a checklist, if any. */
  checklistSuccessorOf: Map<string, ChecklistEntry>;
  /** Newest first, across series. */
  bulletins: BulletinView[];
  /** Newest first. */
  articles: ArticleEntry[];
  /** Column slug → its articles, newest first. */
  articlesByColumn: Map<string, ArticleEntry[]>;
  /** Every document with a 索引号, newest first. */
  catalogue: CatalogueItem[];
};

const byDateDesc =
  <T>(date: (item: T) => string) =>
  (a: T, b: T) =>
    compareDates(date(b), date(a));

async function compute(): Promise<SiteData> {
  const [policies, interpretations, checklists, bulletins, articles, guides] = await Promise.all([
    getCollection('policies'),
    getCollection('interpretations'),
    getCollection('checklists'),
    getCollection('bulletins'),
    getCollection('articles'),
    getCollection('guides'),
  ]);
  const reports = await annualReports();
  articles.sort(byDateDesc((a) => a.data.publishDate));
  policies.sort(byDateDesc((p) => p.data.publishDate));
  interpretations.sort(byDateDesc((i) => i.data.publishDate));
  checklists.sort(byDateDesc((c) => c.data.publishDate));
  const checklistById = new Map(checklists.map((c) => [c.id, c]));
  const checklistSuccessorOf = new Map<string, ChecklistEntry>();
  for (const list of checklists) if (list.data.replaces) checklistSuccessorOf.set(list.data.replaces, list);
  return {
    catalogue: catalogueRows({ policies, interpretations, checklists, guides, articles, annualReports: reports }, site),
    ...policyGraph(policies, interpretations),
    checklists,
    checklistById,
    checklistSuccessorOf,
    bulletins: bulletinViews(bulletins),
    articles,
    articlesByColumn: groupBy(articles, (article) => article.data.column),
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/** Policies with their interpretations, relations both ways and the status each shows today. */
function policyGraph(policies: PolicyEntry[], interpretations: InterpretationEntry[]) {
  const relations = buildRelations(
    policies.map((p) => ({ id: p.id, replacedBy: p.data.replacedBy, relations: p.data.relations })),
  );
  const statuses = new Map(policies.map((p) => [p.id, statusOn(p.data, today)]));
  return {
    policies,
    policyById: new Map(policies.map((p) => [p.id, p])),
    topicOf: (policy: PolicyEntry) => resolveTopic(site.topics, policy.data.topic) ?? policy.data.topic,
    interpretations,
    interpretationsOf: groupBy(interpretations, (interpretation) => interpretation.data.interprets),
    relations,
    statusOf: (policy: PolicyEntry) => statuses.get(policy.id)!,
  };
}

/** Bulletin issues with their addresses and neighbours in their series, newest first. */
function bulletinViews(bulletins: CollectionEntry<'bulletins'>[]): BulletinView[] {
  // An issue of a series the site does not configure has no page (the check reports it), as in
  // the routes the check knows and the titles the page check expects (src/kinds/bulletins.ts).
  const views: BulletinView[] = bulletins.flatMap((entry) => {
    const seriesSlug = slugOfSeries(site, entry.data.series);
    if (!seriesSlug) return [];
    const { year, issue, supplement } = entry.data;
    return [{ entry, seriesSlug, url: urls.bulletin(seriesSlug, year, issue, supplement) }];
  });
  // Within a series: by year, regular issues before supplements, then by number.
  const order = (v: BulletinView) => [v.entry.data.year, v.entry.data.supplement ? 1 : 0, v.entry.data.issue] as const;
  views.sort((a, b) => {
    const [ya, sa, ia] = order(a);
    const [yb, sb, ib] = order(b);
    return a.seriesSlug.localeCompare(b.seriesSlug) || ya - yb || sa - sb || ia - ib;
  });
  views.forEach((view, i) => {
    const previous = views[i - 1];
    if (previous && previous.seriesSlug === view.seriesSlug) {
      view.previous = previous;
      previous.next = view;
    }
  });
  return [...views].sort(
    (a, b) => compareDates(b.entry.data.date, a.entry.data.date) || b.entry.data.issue - a.entry.data.issue,
  );
}

let cached: Promise<SiteData> | undefined;

export function siteData(): Promise<SiteData> {
  cached ??= compute();
  return cached;
}
