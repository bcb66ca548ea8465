/**
 * The denylist (违禁词表): the reviewed list src/guard/denylist.yaml, plus a site's own additions
 * in content/guard/denylist.yaml. Terms are matched against the normal form of text
 * (./normalize.ts), so ｂｅｔ３６５, b&#101;t365 and b\u200Bet 365 all match `bet365`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { list, oneOf, strictObject, text } from '../../schemas/fields.ts';
import { parseSource } from '../content/read.ts';
import { validateSource } from '../content/load.ts';
import type { Problem } from '../content/problems.ts';
import type { SitePaths } from '../content/paths.ts';
import { integrityText } from '../../i18n/integrity.ts';
import { normalText, normalize, originalOf, type Breaks } from './normalize.ts';

const t = integrityText.denylist;

/** Where a rule applies: everywhere, or only in titles and names (site name, issuers …). */
export type Scope = 'all' | 'names';

const EntrySchema = strictObject(
  {
    /** A word, matched in the normal form. Example: `bet365`. */
    term: text(t.termExpected).optional(),
    /** Or a regular expression matched against the normal form. Example: `\d{2,4}bet`. */
    pattern: text(t.patternExpected)
      .refine(
        (source) => {
          try {
            new RegExp(source, 'u');
            return true;
          } catch {
            return false;
          }
        },
        { error: (issue) => t.badPattern(String(issue.input)) },
      )
      .optional(),
    /** Shown to editors: 赌博, 色情 … */
    category: text(t.categoryExpected),
    /** `always`: an error anywhere; `combination`: only followed closely by a word of `with`. */
    rule: oneOf(['always', 'combination'] as const, t.ruleExpected),
    /** The words that make a `combination` term spam. */
    with: list(text(t.withExpected), t.withExpected).min(1, { error: t.withEmpty }).optional(),
    /** At most this many characters between the term and its partner; default 4. */
    gap: z.number({ error: t.gapExpected }).int({ error: t.gapExpected }).min(0).max(20).optional(),
    /**
     * Ordinary words that contain the term: the term inside one of them is not a hit. Example:
     * `[百家乐龄]` for 百家乐 (一百家乐龄服务站: a hundred centres for the elderly).
     */
    except: list(text(t.exceptExpected), t.exceptExpected).optional(),
    /** `all` (default) or `names`. */
    scope: oneOf(['all', 'names'] as const, t.scopeExpected).default('all'),
    /** `error` (default) stops the build; `warning` is only reported (pinyin, which ordinary text may contain). */
    severity: oneOf(['error', 'warning'] as const, t.severityExpected).default('error'),
    /** Why the entry is here (for reviewers). */
    note: text(t.noteExpected).optional(),
  },
  t.entryExpected,
).superRefine((entry, ctx) => {
  if ((entry.term === undefined) === (entry.pattern === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['term'], message: t.termOrPattern });
  }
  if (entry.rule === 'combination' && (!entry.with || entry.term === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['with'], message: t.combinationNeedsWith });
  }
  if (entry.rule === 'always' && entry.with) {
    ctx.addIssue({ code: 'custom', path: ['with'], message: t.withOnlyForCombination });
  }
  if (entry.except && entry.term === undefined) {
    ctx.addIssue({ code: 'custom', path: ['except'], message: t.exceptWithoutTerm });
  }
  const term = normalText(entry.term ?? '').text;
  entry.except?.forEach((word, index) => {
    if (term && !normalText(word).text.includes(term)) {
      ctx.addIssue({ code: 'custom', path: ['except', index], message: t.exceptMustContain(word, entry.term ?? '') });
    }
  });
});

const DenylistSchema = strictObject({ entries: list(EntrySchema, t.entriesExpected) }, t.fileExpected);

export type DenyEntry = z.output<typeof EntrySchema>;

/** One rule, compiled: a word (with its partners, for a combination) or a regular expression. */
type Common = { category: string; scope: Scope; severity: 'error' | 'warning' };
type Rule =
  | (Common & { kind: 'word'; term: string; partners: string[] | undefined; gap: number; exceptions: string[] })
  | (Common & { kind: 'pattern'; regexp: RegExp; label: string });

/**
 * The compiled list. Words are found in one pass: a regular expression of all of them finds where
 * any may start, then only the words beginning with that character are compared — fast enough for
 * a corpus of thousands of documents.
 */
export type Denylist = {
  words: Map<string, Extract<Rule, { kind: 'word' }>[]>;
  starts: RegExp | undefined;
  patterns: Extract<Rule, { kind: 'pattern' }>[];
};

export type DenyHit = { from: number; to: number; label: string; category: string; severity: 'error' | 'warning' };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

export function compileDenylist(entries: DenyEntry[]): Denylist {
  const words = new Map<string, Extract<Rule, { kind: 'word' }>[]>();
  const patterns: Extract<Rule, { kind: 'pattern' }>[] = [];
  for (const entry of entries) {
    const { category, scope, severity } = entry;
    if (entry.pattern !== undefined) {
      patterns.push({
        kind: 'pattern',
        category,
        scope,
        severity,
        regexp: new RegExp(entry.pattern, 'gu'),
        label: entry.pattern,
      });
      continue;
    }
    const term = normalText(entry.term ?? '').text;
    if (!term) continue;
    const partners =
      entry.rule === 'combination'
        ? (entry.with ?? []).map((word) => normalText(word).text).filter(Boolean)
        : undefined;
    const first = String.fromCodePoint(term.codePointAt(0)!);
    words.set(first, [
      ...(words.get(first) ?? []),
      {
        kind: 'word',
        category,
        scope,
        severity,
        term,
        partners,
        gap: entry.gap ?? 4,
        exceptions: (entry.except ?? []).map((word) => normalText(word).text),
      },
    ]);
  }
  const starts = words.size ? new RegExp(`[${[...words.keys()].map(escapeRegExp).join('')}]`, 'gu') : undefined;
  return { words, starts, patterns };
}

/** The partner of a combination that follows `after` within `gap` characters and the same phrase, if any. */
function partnerAt(normal: string, breaks: Breaks, after: number, partners: string[], gap: number): string | undefined {
  for (let skip = 0; skip <= gap; skip++) {
    if (breaks.has(after + skip) || after + skip > normal.length) return undefined;
    const partner = partners.find((word) => normal.startsWith(word, after + skip));
    if (partner) return partner;
  }
  return undefined;
}

/**
 * Is the span `from` … `to` part of `word`, written as one word around it (no line or sentence
 * break inside), an ordinary word that holds the term?
 */
function covers(normal: string, breaks: Breaks, word: string, from: number, to: number): boolean {
  for (let at = Math.max(0, to - word.length); at <= from; at++) {
    if (!normal.startsWith(word, at)) continue;
    let whole = true;
    for (let inside = at + 1; inside < at + word.length; inside++) if (breaks.has(inside)) whole = false;
    if (whole) return true;
  }
  return false;
}

/**
 * Does a word found at `from` … `to` read across sentence punctuation? Only a word of three or
 * more characters with punctuation between every two of them counts (六，合，彩, deliberately
 * spaced out); one break inside (互联网，投诉 → 网投) is two words that meet by chance.
 */
function acrossSentences(breaks: Breaks, from: number, to: number): boolean {
  let inside = 0;
  for (let at = from + 1; at < to; at++) if (breaks.get(at) === 'sentence') inside++;
  return inside > 0 && !(to - from >= 3 && inside === to - from - 1);
}

/**
 * Every denied span in a normal-form text; overlapping spans are reported once, the earliest
 * first. `breaks`: where phrases end (./normalize.ts): combinations do not reach across them, and
 * words only as `acrossSentences` allows.
 */
export function findDenied(denylist: Denylist, normal: string, scope: Scope, breaks: Breaks = new Map()): DenyHit[] {
  const hits: DenyHit[] = [];
  const applies = (rule: Rule) => rule.scope === 'all' || scope === 'names';
  if (denylist.starts) {
    const starts = new RegExp(denylist.starts);
    for (let match = starts.exec(normal); match; match = starts.exec(normal)) {
      const from = match.index;
      for (const rule of denylist.words.get(match[0]) ?? []) {
        if (!applies(rule) || !normal.startsWith(rule.term, from)) continue;
        const after = from + rule.term.length;
        if (rule.exceptions.some((word) => covers(normal, breaks, word, from, after))) continue;
        if (acrossSentences(breaks, from, after)) continue;
        if (!rule.partners) {
          hits.push({ from, to: after, label: rule.term, category: rule.category, severity: rule.severity });
          continue;
        }
        const partner = partnerAt(normal, breaks, after, rule.partners, rule.gap);
        if (partner) {
          const to = normal.indexOf(partner, after) + partner.length;
          hits.push({ from, to, label: `${rule.term}+${partner}`, category: rule.category, severity: rule.severity });
        }
      }
    }
  }
  for (const rule of denylist.patterns) {
    if (!applies(rule)) continue;
    for (const m of normal.matchAll(rule.regexp)) {
      if (m[0].length > 0)
        hits.push({
          from: m.index,
          to: m.index + m[0].length,
          label: rule.label,
          category: rule.category,
          severity: rule.severity,
        });
    }
  }
  hits.sort((a, b) => a.from - b.from || b.to - a.to);
  // Sorted by start: a hit overlaps a kept one only if it starts before the furthest end so far.
  const kept: DenyHit[] = [];
  let end = -1;
  for (const hit of hits) {
    if (hit.from < end) continue;
    kept.push(hit);
    end = hit.to;
  }
  return kept;
}

/** At most this many denied words of one text are quoted. */
const MAX_QUOTED = 60;

/** A denied span of some text as written: `original` quotes it, `start` is its offset in the text. */
export type DeniedText = DenyHit & { original: string; start: number };

/**
 * The denied words in `text` as written. The fast normal form finds whether there are any; only
 * then is the text normalised again with positions, to quote what the file contains.
 */
export function deniedIn(denylist: Denylist, text: string, scope: Scope): DeniedText[] {
  const fast = normalText(text);
  if (findDenied(denylist, fast.text, scope, fast.breaks).length === 0) return [];
  const normal = normalize(text);
  // A text full of spam is refused as well with its first hits quoted as with all of them.
  return findDenied(denylist, normal.text, scope, normal.breaks)
    .slice(0, MAX_QUOTED)
    .map((hit) => ({
      ...hit,
      original: originalOf(text, normal, hit.from, hit.to),
      start: normal.start[hit.from] ?? 0,
    }));
}

/** The project's reviewed list. */
export const PROJECT_DENYLIST = fileURLToPath(new URL('../../guard/denylist.yaml', import.meta.url));
export const PROJECT_DENYLIST_LABEL = 'src/guard/denylist.yaml';
export const SITE_DENYLIST = 'content/guard/denylist.yaml';

/** Parses one denylist file; problems name its lines. */
export function parseDenylist(source: string, label: string): { entries: DenyEntry[]; problems: Problem[] } {
  const parsed = parseSource(source, label, true);
  const { data, problems } = validateSource(DenylistSchema, parsed, label);
  return { entries: data?.entries ?? [], problems };
}

/** The project's list and the site's additions (content/guard/denylist.yaml, optional). */
export function loadDenylist(paths: SitePaths): { denylist: Denylist; problems: Problem[] } {
  const project = parseDenylist(readFileSync(PROJECT_DENYLIST, 'utf8'), PROJECT_DENYLIST_LABEL);
  const sitePath = join(paths.root, SITE_DENYLIST);
  const site = existsSync(sitePath)
    ? parseDenylist(readFileSync(sitePath, 'utf8'), SITE_DENYLIST)
    : { entries: [], problems: [] };
  return {
    denylist: compileDenylist([...project.entries, ...site.entries]),
    problems: [...project.problems, ...site.problems],
  };
}
