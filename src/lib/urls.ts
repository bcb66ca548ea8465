/**
 * Where each kind of page lives. Pages, links, feeds and tests all ask here.
 *
 * `urls` gives page addresses as a browser asks for them, under the site's prefix (`/mzj/policies/`
 * for a member of a site group, ./base.ts); `siteAddresses` the same from the site's own root
 * (`/policies/`), as editors write links and as the content check compares them.
 */
import { currentBase, withBase } from './base.ts';

const encodePath = (id: string) => id.split('/').map(encodeURIComponent).join('/');

export const siteAddresses = {
  home: () => '/',
  policies: () => '/policies/',
  policy: (id: string) => `/policies/${encodePath(id)}/`,
  interpretations: () => '/interpretations/',
  interpretation: (id: string) => `/interpretations/${encodePath(id)}/`,
  checklists: () => '/checklists/',
  checklist: (id: string) => `/checklists/${encodePath(id)}/`,
  checklistItem: (id: string, code: string) => `/checklists/${encodePath(id)}/#${encodeURIComponent(code)}`,
  bulletins: () => '/bulletins/',
  bulletinYear: (seriesSlug: string, year: number) => `/bulletins/${seriesSlug}/${year}/`,
  bulletin: (seriesSlug: string, year: number, issue: number, supplement: boolean) =>
    `/bulletins/${seriesSlug}/${year}/${supplement ? `zk${issue}` : issue}/`,
  column: (slug: string) => `/columns/${slug}/`,
  article: (id: string) => `/articles/${encodePath(id)}/`,
  catalogue: () => '/catalogue/',
  catalogueByIndex: () => '/catalogue/by-index/',
  catalogueByType: (typeSlug: string) => `/catalogue/type/${typeSlug}/`,
  catalogueByYear: (year: number) => `/catalogue/year/${year}/`,
  links: () => '/links/',
  about: (page: 'leaders' | 'functions' | 'departments' | 'affiliated' | 'history') => `/about/${page}/`,
  guides: () => '/guides/',
  guideTopic: (topic: string) => `/guides/${encodeURIComponent(topic)}/`,
  /** `slug`: the guide's id without the topic folder (src/lib/documents/guides.ts, guideSlug). */
  guide: (topic: string, slug: string) => `/guides/${encodeURIComponent(topic)}/${encodePath(slug)}/`,
  annualReports: () => '/annual-reports/',
  annualReport: (year: number) => `/annual-reports/${year}/`,
  policiesByTopic: (topic: string) => `/policies/topic/${encodeURIComponent(topic)}/`,
  policiesFeed: () => '/policies/rss.xml',
  bulletinsFeed: () => '/bulletins/rss.xml',
  topicFeed: (topic: string) => `/feeds/topic/${encodeURIComponent(topic)}.xml`,
  openData: () => '/data/',
  policiesJson: () => '/data/policies.json',
  policiesCsv: () => '/data/policies.csv',
  policiesSchema: () => '/data/policies.schema.json',
  checklistSchema: () => '/data/checklist.schema.json',
  checklistJson: (id: string) => `/data/checklists/${encodeURIComponent(id)}.json`,
  checklistCsv: (id: string) => `/data/checklists/${encodeURIComponent(id)}.csv`,
  regulations: () => '/regulations/',
  /** Every law of one 层级, LIST_PAGE_SIZE to a page (`…/page/2/`). */
  regulationLevel: (level: string) => `/regulations/level/${encodeURIComponent(level)}/`,
  /** The law's page (its version in force); `slug` from src/lib/regulations/library.ts, lawSlug. */
  regulation: (slug: string) => `/regulations/${encodeURIComponent(slug)}/`,
  /** An older (or not yet effective) version: `version` is its 公布日期 or `undated`. */
  regulationVersion: (slug: string, version: string) =>
    `/regulations/${encodeURIComponent(slug)}/${encodeURIComponent(version)}/`,
  /** The portal of a site group: every department's policies (政策文件库); `code`: one department's. */
  groupLibrary: (code?: string) => (code ? `/library/${encodeURIComponent(code)}/` : '/library/'),
  /** The portal of a site group: every department's policies by 索引号 (信息公开目录); `code`: one's. */
  groupCatalogue: (code?: string) => (code ? `/xxgk/${encodeURIComponent(code)}/` : '/xxgk/'),
  search: (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/'),
};

export type Urls = typeof siteAddresses;

/** Every address of `siteAddresses` under `base` (`/` gives them as they are). */
export function urlsUnder(base: string): Urls {
  if (base === '/') return siteAddresses;
  const entries = Object.entries(siteAddresses).map(([name, address]) => [
    name,
    (...args: never[]) => withBase(base, (address as (...a: never[]) => string)(...args)),
  ]);
  return Object.fromEntries(entries) as Urls;
}

/** The addresses of the site being built, under its prefix. */
export const urls: Urls = urlsUnder(currentBase());
