/**
 * The regulations library as pages and checks see it: files grouped into laws (same title and
 * part = versions of one law), each version's 时效性, the canonical version, addresses, and
 * what a stored body contains (headings and article anchors). Pure: works on plain entries, so
 * the content check (no Astro) and the pages (Astro collections) share it.
 */
import {
  regulationLevelValues,
  type Regulation,
  type RegulationLevel,
  type RegulationStatus,
} from '../../schemas/regulation.ts';
import { headingText, type HeadingEntry } from '../search/headings.ts';
import { compareDates } from '../dates.ts';
import { parseDocNumber } from '../docNumber.ts';
import { urls } from '../urls.ts';
import { pageUrls } from '../paginate.ts';
import { splitBody } from './body.ts';

/** What the library needs of an entry: its id, front matter and Markdown body. */
export type RegulationDoc = { id: string; data: Regulation; body?: string | undefined };

export type LawVersion<D extends RegulationDoc = RegulationDoc> = {
  doc: D;
  /** `YYYY-MM-DD` (公布日期) or `undated`: the last part of an older version's address. */
  version: string;
  status: RegulationStatus;
  /** Since when the status holds, where known. */
  since?: string | undefined;
  /** This version's page: the law's address for the canonical version, a dated one for the others. */
  url: string;
  isCurrent: boolean;
};

export type Law<D extends RegulationDoc = RegulationDoc> = {
  key: string;
  /** Address segment: from the title (and part) of the canonical version. */
  slug: string;
  title: string;
  part?: string | undefined;
  level: RegulationLevel;
  /** Newest first. */
  versions: LawVersion<D>[];
  current: LawVersion<D>;
  url: string;
};

/**
 * A law's name as citations may write it: without 《》, quotes or spaces, half-width brackets,
 * and without the 中华人民共和国 prefix. `《中华人民共和国城市居民委员会组织法》` → `城市居民委员会组织法`.
 */
export function normaliseLawName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0《》〈〉<>“”"'‘’「」『』]/g, '')
    .replace(/^中华人民共和国(?=.)/, '');
}

/**
 * What a law page shows as 来源: the database or body the text comes from. The importer writes
 * `国家法律法规数据库：社会法/城市居民委员会组织法(2018-12-29).md` (the export file, which it
 * uses to recognise its own entries when importing again); readers are told only the first part.
 */
export function sourceName(source: string): string {
  const [name, ...path] = source.split('：');
  return path.length > 0 && /\.md$/i.test(path.join('：').trim()) && name!.trim() ? name!.trim() : source;
}

export function lawKey(title: string, part?: string): string {
  return `${normaliseLawName(title)}|${part ? normaliseLawName(part) : ''}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short stable tag for over-long names. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The address segment (and folder name) of a law: its title, and part, in Chinese, without
 * 《》 and quotes, other punctuation (（）、 spaces) as `-`. Titles longer than 60 characters are
 * cut to 50 plus a hash of the whole, so every file name stays under 255 bytes.
 * `最高人民法院关于……的规定（一）` → `最高人民法院关于……的规定-一`.
 */
export function lawSlug(title: string, part?: string): string {
  const name = part ? `${title}-${part}` : title;
  const slug = name
    .normalize('NFKC')
    .replace(/[《》〈〉<>“”"'‘’「」『』]/g, '')
    .replace(/[^\p{Script=Han}A-Za-z0-9]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const chars = [...slug];
  if (chars.length === 0) return shortHash(name);
  return chars.length > 60 ? `${chars.slice(0, 50).join('').replace(/-+$/, '')}-${shortHash(name)}` : slug;
}

/** `YYYY-MM-DD` or `undated`: how a version is told apart from the others. */
export const versionOf = (data: Regulation) => data.publishDate ?? 'undated';

/** Versions oldest first; undated ones first of all (nothing says they are newer). */
const byVersion = (a: RegulationDoc, b: RegulationDoc) =>
  compareDates(a.data.publishDate ?? '0000', b.data.publishDate ?? '0000');

/**
 * Groups entries into laws and decides each version's 时效性 on `today`: a declared 废止 wins;
 * before its 施行日期 a version is 尚未生效; once a newer version is in force it is 已修改;
 * otherwise what the file declares, or 有效. The canonical version (the law's page) is the
 * newest that is not 尚未生效 (or the newest, if all are).
 */
export function groupLaws<D extends RegulationDoc>(docs: readonly D[], today: string): Law<D>[] {
  const groups = new Map<string, D[]>();
  for (const doc of docs) {
    const key = lawKey(doc.data.title, doc.data.part);
    groups.set(key, [...(groups.get(key) ?? []), doc]);
  }
  const laws: Law<D>[] = [];
  for (const [key, members] of groups) {
    const oldestFirst = [...members].sort(byVersion);
    const pending = (doc: D) => doc.data.effectiveDate !== undefined && compareDates(today, doc.data.effectiveDate) < 0;
    const statuses = oldestFirst.map((doc, index): { status: RegulationStatus; since?: string | undefined } => {
      const { status, statusDate, effectiveDate } = doc.data;
      if (status === '废止') return { status, since: statusDate };
      if (pending(doc)) return { status: '尚未生效', since: effectiveDate };
      const newer = oldestFirst.slice(index + 1).find((later) => !pending(later) && later.data.status !== '废止');
      if (newer) return { status: '已修改', since: newer.data.effectiveDate ?? newer.data.publishDate };
      return { status: status ?? '有效', since: statusDate ?? effectiveDate };
    });
    let currentIndex = oldestFirst.length - 1;
    while (currentIndex > 0 && statuses[currentIndex]!.status === '尚未生效') currentIndex--;
    if (statuses[currentIndex]!.status === '尚未生效') currentIndex = oldestFirst.length - 1;
    const canonical = oldestFirst[currentIndex]!;
    const slug = lawSlug(canonical.data.title, canonical.data.part);
    const url = urls.regulation(slug);
    const all = oldestFirst.map((doc, index): LawVersion<D> => {
      const version = versionOf(doc.data);
      const isCurrent = index === currentIndex;
      return {
        doc,
        version,
        ...statuses[index]!,
        url: isCurrent ? url : urls.regulationVersion(slug, version),
        isCurrent,
      };
    });
    // Two files of one version (the check reports it): the canonical one, else the first, keeps the address.
    const taken = new Set([versionOf(canonical.data)]);
    const versions = all
      .filter((v) => {
        if (v.isCurrent) return true;
        if (taken.has(v.version)) return false;
        taken.add(v.version);
        return true;
      })
      .reverse();
    laws.push({
      key,
      slug,
      title: canonical.data.title,
      part: canonical.data.part,
      level: canonical.data.level,
      versions,
      current: versions.find((v) => v.isCurrent)!,
      url,
    });
  }
  return laws;
}

export type OutlineHeading = { level: number; id: string; text: string };
export type OutlineArticle = { id: string; label: string };

/**
 * The headings and articles of a stored body, with the anchors the page gives them
 * (src/lib/regulations/body.ts, splitBody): what a table of contents and a citation need.
 */
export function outlineOf(body: string): { headings: OutlineHeading[]; articles: OutlineArticle[] } {
  const { blocks } = splitBody(body.split('\n'));
  const headings: OutlineHeading[] = [];
  const articles: OutlineArticle[] = [];
  for (const block of blocks) {
    if (block.type === 'heading') headings.push({ level: block.level, id: block.id, text: block.text });
    else if (block.type === 'article') articles.push({ id: block.id, label: block.label });
  }
  return { headings, articles };
}

/** The headings nested for a table of contents: each heading with those below it. */
export type TocNode = OutlineHeading & { children: TocNode[] };

export function tocTree(headings: readonly OutlineHeading[]): TocNode[] {
  const root: TocNode[] = [];
  const stack: TocNode[] = [];
  for (const heading of headings) {
    const node: TocNode = { ...heading, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.level >= heading.level) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1]!.children : root).push(node);
    stack.push(node);
  }
  return root;
}

/** Every page address of the library: the index, each law, each older version (none without laws). */
export function regulationRoutes(docs: readonly RegulationDoc[], today: string): string[] {
  if (docs.length === 0) return [];
  const laws = groupLaws(docs, today);
  const perLevel = Map.groupBy(laws, (law) => law.level);
  const levelPages = [...perLevel].flatMap(([level, list]) => pageUrls(urls.regulationLevel(level), list.length));
  return [urls.regulations(), ...levelPages, ...laws.flatMap((law) => law.versions.map((v) => v.url))];
}

/**
 * The chapter and section headings of each law's current version, for search
 * (src/lib/search/headings.ts): the build writes them (src/data/searchHeadings.ts) and the
 * check knows the files they make (../content/routes.ts).
 */
export function lawHeadings(laws: readonly Law[]): HeadingEntry[] {
  return laws
    .flatMap((law) =>
      outlineOf(law.current.doc.body ?? '').headings.map((heading) => ({
        text: headingText(heading.text),
        label: heading.text.replace(/[\s\u3000]+/g, ' ').trim(),
        title: law.part ? `${law.title} ${law.part}` : law.title,
        url: decodeURI(`${law.url}#${heading.id}`),
        level: regulationLevelValues.indexOf(law.level),
      })),
    )
    .filter((entry) => entry.text);
}

/** Order numbers announced in the history lines, in canonical form (国务院令第649号). */
export function orderNumbers(history: { event: string }[]): string[] {
  const found = history.flatMap((h) =>
    [...h.event.matchAll(/([\u4e00-\u9fa5]*令)\s*(第?\s*[0-9０-９]+\s*号)/g)].map((m) =>
      parseDocNumber(`${m[1]}${m[2]}`),
    ),
  );
  return [...new Set(found.flatMap((r) => (r.ok ? [r.value.canonical] : [])))];
}
