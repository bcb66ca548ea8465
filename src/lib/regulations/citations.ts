/**
 * Legal bases that link: a citation `{ law, article }` of a checklist, guide or policy is matched
 * with the regulations library — the name with or without 《》 or the 中华人民共和国 prefix, the
 * article as 第三条, 第3条 or 第三条第一款 (→ #art-3) — and with the site's own policies by title.
 */
import { articleReferences, labelOfAnchor } from './anchors.ts';
import { normaliseLawName, outlineOf, type Law } from './library.ts';
import { editDistance } from '../../schemas/fields.ts';
import { NATIONAL_LAW_DATABASE, nationalLawNames } from './nationalLaws.ts';

/** Something a citation can point at: a version in force of a law, or a policy of this site. */
export type CitationTarget = {
  title: string;
  url: string;
  /** Article anchors of the version in force; empty for a policy (its articles are not checked). */
  anchors: Set<string>;
  /** The last article, for messages. */
  lastArticle?: string | undefined;
  /** Older versions' anchors: an article that exists only there is reported as such. */
  older: { version: string; anchors: Set<string> }[];
  checkArticles: boolean;
  /** The part (民法典: 总则, 合同编 …) and the article numbers it spans, for a law published in parts. */
  part?: { name: string; first: number; last: number } | undefined;
};

export type CitationLibrary = {
  /** Number of laws in the library (policies not counted). */
  laws: number;
  byName: Map<string, CitationTarget[]>;
  titles: string[];
  /**
   * Names cited without being hosted, by normalised name: national laws (linked to the national
   * database) and the documents a site declares in `citedElsewhere` (plain names).
   */
  elsewhere: Map<string, { url?: string | undefined }>;
};

/** The names a citation may use without the site hosting the law: national ones, and the site's. */
function elsewhereNames(citedElsewhere: readonly string[]): CitationLibrary['elsewhere'] {
  const elsewhere: CitationLibrary['elsewhere'] = new Map();
  for (const name of Object.values(nationalLawNames).flat()) {
    elsewhere.set(normaliseLawName(name), { url: NATIONAL_LAW_DATABASE.url });
  }
  for (const name of citedElsewhere) elsewhere.set(normaliseLawName(name), {});
  return elsewhere;
}

const anchorsOf = (body: string | undefined) => new Set(outlineOf(body ?? '').articles.map((a) => a.id));

/**
 * Indexes the laws (and optionally the site's policies) by every name a citation may use;
 * `citedElsewhere`: the site's declared documents (content/site.yaml).
 */
export function buildCitationLibrary(
  laws: readonly Law[],
  policies: readonly { title: string; url: string }[] = [],
  citedElsewhere: readonly string[] = [],
) {
  const byName = new Map<string, CitationTarget[]>();
  const add = (name: string, target: CitationTarget) => {
    const key = normaliseLawName(name);
    const list = byName.get(key) ?? [];
    if (!list.includes(target)) list.push(target);
    byName.set(key, list);
  };
  for (const law of laws) {
    const { articles } = outlineOf(law.current.doc.body ?? '');
    const numbers = articles.flatMap((a) => (/^art-(\d+)/.exec(a.id) ? [Number(/^art-(\d+)/.exec(a.id)![1])] : []));
    const target: CitationTarget = {
      part:
        law.part && numbers.length
          ? { name: law.part, first: Math.min(...numbers), last: Math.max(...numbers) }
          : undefined,
      title: law.part ? `${law.title}·${law.part}` : law.title,
      url: law.url,
      anchors: new Set(articles.map((a) => a.id)),
      lastArticle: articles[articles.length - 1]?.label,
      older: law.versions
        .filter((v) => !v.isCurrent)
        .map((v) => ({ version: v.version, anchors: anchorsOf(v.doc.body) })),
      checkArticles: articles.length > 0,
    };
    // 民法典 is cited as a whole: its parts answer to the title alone, and to title + part.
    add(law.title, target);
    if (law.part) add(`${law.title}${law.part}`, target);
  }
  for (const policy of policies) {
    const key = normaliseLawName(policy.title);
    if (byName.has(key)) continue;
    add(policy.title, { title: policy.title, url: policy.url, anchors: new Set(), older: [], checkArticles: false });
  }
  return {
    laws: laws.length,
    byName,
    titles: laws.map((law) => law.title),
    elsewhere: elsewhereNames(citedElsewhere),
  } satisfies CitationLibrary;
}

export type CitationSegment = { text: string; href?: string | undefined };

export type ResolvedCitation = {
  /** The law's name as written, without 《》. */
  name: string;
  /** The law's page, when it is in the library (or a policy of this site). */
  href?: string | undefined;
  /** The article text cut into pieces, the articles linked: `第十一条`、`第十六条`. */
  article: CitationSegment[];
  /** What could not be resolved. */
  missing?:
    | { kind: 'law'; suggestion?: string | undefined }
    | { kind: 'articles'; labels: string[]; last?: string | undefined; olderVersion?: string | undefined }
    /** Articles of a law published in parts that fall between the parts in the library. */
    | { kind: 'parts'; labels: string[]; parts: string[] }
    | undefined;
};

function lookup<T>(name: string, table: Map<string, T>): T | undefined {
  const key = normaliseLawName(name);
  const exact = table.get(key);
  if (exact) return exact;
  // `关于……的实施意见（柳民发〔2023〕15号）`: a 文号 or year in brackets after the name.
  const bare = key.replace(/\([^()]*\)$/, '');
  return bare !== key ? table.get(bare) : undefined;
}

/**
 * A title of the library the editor probably meant (for the message): one or two characters
 * off (`婚姻登记条列`), or the same name with a place before it (`临时救助办法` → `云川市临时救助办法`).
 */
function suggestion(name: string, library: CitationLibrary): string | undefined {
  const key = normaliseLawName(name);
  if (key.length < 4) return undefined;
  const near = library.titles.filter((title) => {
    const other = normaliseLawName(title);
    // One character off; two in a long name. (人民调解法 and 人民防空法 are two laws.)
    const allowed = key.length >= 10 ? 2 : 1;
    if (Math.abs(other.length - key.length) <= allowed && editDistance(key, other) <= allowed) return true;
    return other.endsWith(key) && /(省|市|区|县|自治区|自治州|自治县|特区)$/.test(other.slice(0, -key.length));
  });
  return near.sort((a, b) => a.length - b.length)[0];
}

/** Resolves one legal basis against the library. */
export function resolveCitation(
  basis: { law: string; article?: string | undefined },
  library: CitationLibrary,
): ResolvedCitation {
  const name = basis.law.trim().replace(/^《|》$/g, '');
  const articleText = basis.article ?? '';
  const targets = lookup(name, library.byName);
  if (!targets) {
    const elsewhere = lookup(name, library.elsewhere);
    // Hosted elsewhere: the national database, or a document the site declared.
    if (elsewhere) return { name, href: elsewhere.url, article: articleText ? [{ text: articleText }] : [] };
    return {
      name,
      article: articleText ? [{ text: articleText }] : [],
      missing: { kind: 'law', suggestion: suggestion(name, library) },
    };
  }
  const main = targets[0]!;
  const checked = targets.filter((t) => t.checkArticles);
  const segments: CitationSegment[] = [];
  const missing: string[] = [];
  const betweenParts: string[] = [];
  const parts = checked.flatMap((t) => (t.part ? [t.part] : [])).sort((a, b) => a.first - b.first);
  let olderVersion: string | undefined;
  let cursor = 0;
  for (const reference of articleReferences(articleText)) {
    if (reference.start > cursor) segments.push({ text: articleText.slice(cursor, reference.start) });
    cursor = reference.end;
    const target = targets.find((t) => t.anchors.has(reference.anchor));
    if (target) {
      segments.push({ text: reference.text, href: `${target.url}#${reference.anchor}` });
      continue;
    }
    segments.push({ text: reference.text });
    if (checked.length === 0) continue;
    const label = labelOfAnchor(reference.anchor) ?? reference.text;
    // 民法典第二百七十七条 when only some parts were imported: in a part the library lacks.
    if (parts.length > 0 && !parts.some((p) => reference.number >= p.first && reference.number <= p.last)) {
      betweenParts.push(label);
      continue;
    }
    missing.push(label);
    olderVersion ??= checked.flatMap((t) => t.older).find((v) => v.anchors.has(reference.anchor))?.version;
  }
  if (cursor < articleText.length) segments.push({ text: articleText.slice(cursor) });
  return {
    name,
    href: main.url,
    article: segments,
    missing: missing.length
      ? { kind: 'articles', labels: missing, last: checked[checked.length - 1]?.lastArticle, olderVersion }
      : betweenParts.length
        ? { kind: 'parts', labels: betweenParts, parts: parts.map((p) => p.name) }
        : undefined,
  };
}
