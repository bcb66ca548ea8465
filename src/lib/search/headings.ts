/**
 * The chapter and section headings of the regulations library, for search: a question that is a
 * heading (就业救助, 收养关系的解除) finds the law that has that chapter even when other documents
 * repeat the words more often, and the result leads to the heading itself.
 *
 * The build cuts every heading into words as search does (./language.ts, `contentWords`) and
 * writes small JSON shards by word (`/search/headings/<shard>.json`, from
 * src/pages/search/headings/[shard].json.ts); the search page fetches the shards of the
 * question's words (a few KB) and keeps the headings that contain all of them. Runs in the
 * browser and at build time, so both cut words alike.
 */
import { contentWords } from './language.ts';

/** One heading: its text without 第X章, the heading as written, the law, its page and level (0 highest). */
export type HeadingEntry = { text: string; label: string; title: string; url: string; level: number };

/** A shard: for each word, the headings (by index in `headings`) that contain it. */
export type HeadingShard = { words: Record<string, number[]>; headings: HeadingEntry[] };

/** `第八章　就业救助` → `就业救助`; `第一节 一般规定` → `一般规定`. */
export function headingText(label: string): string {
  return label
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/^第[一二三四五六七八九十百零〇\d]+[编章节条款部分]+\s*/, '')
    .trim();
}

/** Word postings per shard the build aims at (a few KB of JSON). */
const PER_SHARD = 64;

export function headingShardCount(postings: number): number {
  let shards = 1;
  while (shards * PER_SHARD < postings) shards *= 2;
  return shards;
}

/** The shard of a word: FNV-1a over its UTF-16 code units. */
export function headingShard(word: string, shards: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % shards;
}

export function headingShardUrl(shard: number): string {
  return `/search/headings/${shard}.json`;
}

/** Writes the headings into shards by word; every shard is written, empty or not. */
export function shardHeadings(entries: HeadingEntry[]): HeadingShard[] {
  const postings = entries.map((entry) => [...new Set(contentWords(entry.text))]);
  const shards = headingShardCount(postings.reduce((sum, words) => sum + words.length, 0));
  const out: HeadingShard[] = Array.from({ length: shards }, () => ({ words: {}, headings: [] }));
  const local = out.map(() => new Map<number, number>());
  entries.forEach((entry, index) => {
    for (const word of postings[index]!) {
      const number = headingShard(word, shards);
      const shard = out[number]!;
      let at = local[number]!.get(index);
      if (at === undefined) {
        at = shard.headings.push(entry) - 1;
        local[number]!.set(index, at);
      }
      (shard.words[word] ??= []).push(at);
    }
  });
  return out;
}

export type HeadingMatch = HeadingEntry & { exact: boolean };

/**
 * The headings that contain every word of the question (`words`, fetched shards by word), the
 * ones equal to the question first, then by level and length; one per law.
 */
export function matchHeadings(
  words: readonly string[],
  shardOf: (word: string) => HeadingShard | undefined,
  question: string,
): HeadingMatch[] {
  if (words.length === 0) return [];
  let candidates: Map<string, HeadingEntry> | undefined;
  for (const word of words) {
    const shard = shardOf(word);
    const found = new Map<string, HeadingEntry>();
    for (const index of shard?.words[word] ?? []) {
      const entry = shard!.headings[index]!;
      found.set(entry.url, entry);
    }
    candidates = candidates ? new Map([...candidates].filter(([url]) => found.has(url))) : found;
    if (candidates.size === 0) return [];
  }
  const compact = question.replace(/\s+/g, '');
  const matches = [...(candidates ?? new Map<string, HeadingEntry>()).values()].map((entry) => ({
    ...entry,
    exact: entry.text.replace(/\s+/g, '') === compact,
  }));
  matches.sort((a, b) => Number(b.exact) - Number(a.exact) || a.level - b.level || a.text.length - b.text.length);
  const byLaw = new Map<string, HeadingMatch>();
  for (const match of matches) {
    const page = match.url.replace(/#.*$/, '');
    if (!byLaw.has(page)) byLaw.set(page, match);
  }
  return [...byLaw.values()];
}
