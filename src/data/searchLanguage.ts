/**
 * What the search page knows of language (/search/language.json, src/lib/search/language.ts):
 * everyday words → legal terms, question frames, and the popular names of provisions that this
 * site's regulations library holds, each resolved to its article's address like a legal citation.
 * From src/search/*.yaml and the site's additions in content/ (checked by `npm run check`).
 */
import { loadSearchLanguage } from '../lib/content/load.ts';
import { sitePaths } from '../lib/content/paths.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { resolveCitation } from '../lib/regulations/citations.ts';
import type { SearchLanguage } from '../lib/search/language.ts';
import { regulationData } from './regulations.ts';
// Imported as text, so the build carries them wherever its code runs from.
import vocabularyText from '../search/vocabulary.yaml?raw';
import framesText from '../search/question-frames.yaml?raw';
import namesText from '../search/popular-names.yaml?raw';

const longestFirst = <T extends [string, unknown]>(a: T, b: T) => b[0].length - a[0].length || a[0].localeCompare(b[0]);

export async function searchLanguage(): Promise<SearchLanguage> {
  const files = loadSearchLanguage(sitePaths(), {
    vocabulary: vocabularyText,
    frames: framesText,
    names: namesText,
  });
  if (files.problems.length > 0) throw new Error(files.problems.map(formatProblem).join('\n'));
  const { citations } = await regulationData();
  const vocabulary = new Map<string, string[]>();
  for (const entry of files.vocabulary) {
    const terms = vocabulary.get(entry.everyday) ?? [];
    for (const term of entry.legal) if (!terms.includes(term)) terms.push(term);
    vocabulary.set(entry.everyday, terms);
  }
  const frames = new Map<string, SearchLanguage['frames'][number][1]>(
    files.frames.map((frame) => [frame.text, frame.section === 'none' ? '' : frame.section]),
  );
  const names = files.names.flatMap((entry) => {
    const resolved = resolveCitation({ law: entry.law, article: entry.article }, citations);
    const url = resolved.article.find((segment) => segment.href)?.href;
    if (!url || resolved.missing) return [];
    return [{ name: entry.name, title: entry.law, article: entry.article, url, about: entry.about }];
  });
  return {
    vocabulary: [...vocabulary].sort(longestFirst),
    frames: [...frames].sort(longestFirst),
    names: names.sort((a, b) => b.name.length - a.name.length),
  };
}
