/**
 * Rules of the regulations library (法规库), run by `npm run check` and before the build:
 * - legal bases of checklists and service guides are resolved against the library: a law that
 *   is not in it is a warning (once per law, at its first citation, when the site has a library
 *   at all); an article the cited law does not have is an error (a warning when the law is
 *   published in parts and the article falls in a part the library lacks);
 * - two files of one law with the same 公布日期, a declared 有效 that a newer version contradicts;
 * - an article number written twice in one body (warning: citations reach the first only);
 * - the site's popular names of provisions (content/popular-names.yaml) resolve like a citation:
 *   a law not in the library is a warning (search leaves the name out), a missing article an error.
 */
import { regulationText } from '../../i18n/regulations.ts';
import { splitBody } from '../regulations/body.ts';
import { buildCitationLibrary, resolveCitation, type CitationLibrary } from '../regulations/citations.ts';
import { groupLaws, lawKey, normaliseLawName, versionOf, type Law } from '../regulations/library.ts';
import { urls } from '../urls.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fieldName, type Problem } from './problems.ts';
import { validateSource, type LoadedEntry, type LoadedSite } from './load.ts';
import { readSource } from './read.ts';
import { PopularNamesSchema } from '../../schemas/popularNames.ts';

const m = regulationText.messages;

type Basis = { law: string; article?: string | undefined };
type Citing = { entry: LoadedEntry; path: (string | number)[]; basis: Basis };

/** Every legal basis of the checklists, service guides and policies, with its field path. */
function citations(loaded: LoadedSite): Citing[] {
  const found: Citing[] = [];
  for (const entry of loaded.entries.checklists) {
    entry.data.items.forEach((item, i) =>
      item.basis?.forEach((basis, j) => found.push({ entry, path: ['items', i, 'basis', j], basis })),
    );
  }
  for (const entry of loaded.entries.policies) {
    entry.data.basis?.forEach((basis, j) => found.push({ entry, path: ['basis', j], basis }));
  }
  for (const entry of loaded.entries.guides) {
    entry.data.basis.forEach((basis, j) => found.push({ entry, path: ['basis', j], basis }));
  }
  return found;
}

/** The library as the check sees it (laws from the loaded entries, policies by title). */
function checkedLibrary(loaded: LoadedSite, today: string): { laws: Law<LoadedEntry<'regulations'>>[]; library: CitationLibrary } {
  const laws = groupLaws(loaded.entries.regulations, today);
  const policies = loaded.entries.policies.map((p) => ({ title: p.data.title, url: urls.policy(p.id) }));
  return { laws, library: buildCitationLibrary(laws, policies, loaded.site?.citedElsewhere ?? []) };
}

/** `root`: the site's folder, for its own popular names. */
export function checkRegulations(loaded: LoadedSite, today: string, root?: string): Problem[] {
  const problems: Problem[] = [];
  const report = (entry: LoadedEntry, path: (string | number)[], message: string, severity: Problem['severity']) =>
    problems.push({ severity, file: entry.file, line: entry.lineOf(path), field: fieldName(path), message });
  const { laws, library } = checkedLibrary(loaded, today);

  // Citations. A law missing from the library: one warning per law, at its first citation (the
  // remedy, importing it, is one act however often it is cited).
  const missingLaws = new Map<string, { first: Citing; files: Set<string>; count: number; suggestion?: string | undefined }>();
  for (const citing of citations(loaded)) {
    const resolved = resolveCitation(citing.basis, library);
    if (resolved.missing?.kind === 'law') {
      if (library.laws === 0) continue;
      const key = normaliseLawName(resolved.name);
      const seen = missingLaws.get(key);
      if (seen) {
        seen.count++;
        seen.files.add(citing.entry.file);
      } else {
        missingLaws.set(key, { first: citing, files: new Set([citing.entry.file]), count: 1, suggestion: resolved.missing.suggestion });
      }
    } else if (resolved.missing?.kind === 'parts') {
      const { labels, parts } = resolved.missing;
      report(citing.entry, [...citing.path, 'article'], m.articlesInMissingPart(resolved.name, labels, parts), 'warning');
    } else if (resolved.missing?.kind === 'articles') {
      const { labels, last, olderVersion } = resolved.missing;
      report(
        citing.entry,
        [...citing.path, 'article'],
        olderVersion ? m.articleOnlyInOlder(resolved.name, labels, olderVersion) : m.articleMissing(resolved.name, labels, last),
        'error',
      );
    }
  }
  for (const { first, files, count, suggestion } of missingLaws.values()) {
    const name = first.basis.law.trim().replace(/^《|》$/g, '');
    report(first.entry, [...first.path, 'law'], m.lawNotInLibrary(name, files.size, count, suggestion), 'warning');
  }

  // The site's popular names: each is shown as its article, so it must resolve (the project's
  // own list names national laws that a site may not hold, and is left out quietly).
  const namesFile = 'content/popular-names.yaml';
  if (root && existsSync(join(root, namesFile))) {
    const source = readSource(join(root, namesFile), namesFile, true);
    validateSource(PopularNamesSchema, source, namesFile).data?.names.forEach((entry, i) => {
      const resolved = resolveCitation({ law: entry.law, article: entry.article }, library);
      const path = ['names', i, resolved.missing?.kind === 'law' ? 'law' : 'article'];
      const line = source.lineOf(path);
      const at = { file: namesFile, line, field: fieldName(path) };
      if (resolved.missing?.kind === 'law') {
        problems.push({ ...at, severity: 'warning', message: m.popularNameLawMissing(entry.name, entry.law) });
      } else if (resolved.missing?.kind === 'articles') {
        const { labels, last } = resolved.missing;
        problems.push({ ...at, severity: 'error', message: m.articleMissing(resolved.name, labels, last) });
      } else if (resolved.missing?.kind === 'parts') {
        const { labels, parts } = resolved.missing;
        problems.push({ ...at, severity: 'warning', message: m.articlesInMissingPart(resolved.name, labels, parts) });
      }
    });
  }

  // Versions of one law: one file per 公布日期; a declared 有效 that a newer version contradicts.
  const byVersion = new Map<string, LoadedEntry<'regulations'>>();
  for (const entry of loaded.entries.regulations) {
    const key = `${lawKey(entry.data.title, entry.data.part)}|${versionOf(entry.data)}`;
    const first = byVersion.get(key);
    if (first) report(entry, ['publishDate'], m.duplicateVersion(entry.data.title, versionOf(entry.data), first.file), 'error');
    else byVersion.set(key, entry);
  }
  for (const law of laws) {
    const inForce = law.versions.find((v) => v.status === '有效');
    for (const version of law.versions) {
      if (version.doc.data.status === '有效' && version.status === '已修改' && inForce) {
        report(version.doc, ['status'], m.declaredInForceButAmended(inForce.version, inForce.doc.file), 'warning');
      }
    }
  }

  // Article numbers written twice: the second gets another anchor, and citations reach only the first.
  for (const entry of loaded.entries.regulations) {
    const lines = entry.body.split('\n');
    for (const note of splitBody(lines).notes) {
      if (note.kind !== 'duplicate-article') continue;
      const index = lines.findLastIndex((line) => line.startsWith(note.label));
      problems.push({
        severity: 'warning',
        file: entry.file,
        line: entry.bodyLine + Math.max(0, index),
        field: '',
        message: m.duplicateArticle(note.label),
      });
    }
  }
  return problems;
}
