/**
 * The chapter and section headings of the regulations library's current versions, for search
 * (src/lib/search/headings.ts): computed once per build from the data the law pages show.
 */
import { lawHeadings } from '../lib/regulations/library.ts';
import { shardHeadings, type HeadingShard } from '../lib/search/headings.ts';
import { regulationData } from './regulations.ts';

let cached: Promise<HeadingShard[]> | undefined;

export function headingShards(): Promise<HeadingShard[]> {
  cached ??= regulationData().then(({ laws }) => shardHeadings(lawHeadings(laws)));
  return cached;
}
