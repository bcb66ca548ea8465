/**
 * The chapter and section headings of the regulations library's current versions, for search
 * (src/lib/search/headings.ts): computed once per build from the data the law pages show.
 */
import { outlineOf } from '../lib/regulations/library.ts';
import { regulationLevelValues } from '../schemas/regulation.ts';
import { headingText, shardHeadings, type HeadingShard } from '../lib/search/headings.ts';
import { regulationData } from './regulations.ts';

let cached: Promise<HeadingShard[]> | undefined;

export function headingShards(): Promise<HeadingShard[]> {
  cached ??= (async () => {
    const { laws } = await regulationData();
    const entries = laws.flatMap((law) =>
      outlineOf(law.current.doc.body ?? '').headings.map((heading) => ({
        text: headingText(heading.text),
        label: heading.text.replace(/[\s\u3000]+/g, ' ').trim(),
        title: law.part ? `${law.title} ${law.part}` : law.title,
        url: decodeURI(`${law.url}#${heading.id}`),
        level: regulationLevelValues.indexOf(law.level),
      })),
    );
    return shardHeadings(entries.filter((entry) => entry.text));
  })();
  return cached;
}
