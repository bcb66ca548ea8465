/**
 * The regulations library as pages need it: laws with their versions and 时效性, grouped by
 * 层级, and the citation index that checklists, guides and policies link through. Computed once
 * per build and shared by every page (the promise is memoised): with 1,500 laws this is one
 * pass over the bodies, not one per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { site, today } from '../site.ts';
import { regulationLevelValues, type RegulationLevel } from '../schemas/regulation.ts';
import { groupLaws, type Law, type LawVersion } from '../lib/regulations/library.ts';
import { buildCitationLibrary, type CitationLibrary } from '../lib/regulations/citations.ts';
import { urls } from '../lib/urls.ts';
import { pagesOf } from '../lib/paginate.ts';

export type RegulationEntry = CollectionEntry<'regulations'>;
export type RegulationLaw = Law<RegulationEntry>;
export type RegulationVersion = LawVersion<RegulationEntry>;

export type RegulationData = {
  /** By 层级 (in the order of the hierarchy), then title. */
  laws: RegulationLaw[];
  byLevel: { level: RegulationLevel; laws: RegulationLaw[] }[];
  /** Every version's page, for getStaticPaths. */
  pages: { law: RegulationLaw; version: RegulationVersion }[];
  citations: CitationLibrary;
};

async function compute(): Promise<RegulationData> {
  const [entries, policies] = await Promise.all([getCollection('regulations'), getCollection('policies')]);
  const collator = new Intl.Collator('zh-CN');
  const laws = groupLaws(entries, today).sort(
    (a, b) =>
      regulationLevelValues.indexOf(a.level) - regulationLevelValues.indexOf(b.level) ||
      collator.compare(a.title, b.title) ||
      collator.compare(a.part ?? '', b.part ?? ''),
  );
  const byLevel = regulationLevelValues
    .map((level) => ({ level, laws: laws.filter((law) => law.level === level) }))
    .filter((group) => group.laws.length > 0);
  const citations = buildCitationLibrary(
    laws,
    policies.map((p) => ({ title: p.data.title, url: urls.policy(p.id) })),
    site.citedElsewhere,
  );
  return {
    laws,
    byLevel,
    pages: laws.flatMap((law) => law.versions.map((version) => ({ law, version }))),
    citations,
  };
}

let cached: Promise<RegulationData> | undefined;

export function regulationData(): Promise<RegulationData> {
  cached ??= compute();
  return cached;
}

/** Every page of every 层级's list of laws (`/regulations/level/<层级>/`, `…/page/2/`, …). */
export async function regulationLevelPages() {
  const { byLevel } = await regulationData();
  return byLevel.flatMap(({ level, laws }) => pagesOf(laws).map((page) => ({ level, total: laws.length, page })));
}
