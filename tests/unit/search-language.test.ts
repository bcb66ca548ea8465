/**
 * Reading citizens' questions (src/lib/search/language.ts, concepts.ts, headings.ts) without a
 * browser: frames, particles, everyday words, popular names, headings, and how the documents of
 * each concept are combined. The whole search is tested in Chromium (tests/e2e/search.test.ts)
 * and measured on the query sets (npm run search:quality).
 */
import { describe, expect, test } from 'vitest';
import { readQuestion, type QuestionPlan, type SearchLanguage } from '../../src/lib/search/language.ts';
import {
  combineConcepts,
  conceptWeight,
  conceptsOf,
  coreConcepts,
  stripFrames,
  termDictionary,
} from '../../src/lib/search/concepts.ts';
import { headingText, matchHeadings, shardHeadings, type HeadingEntry } from '../../src/lib/search/headings.ts';
import { siteNameForms, type SearchContext } from '../../src/lib/search/query.ts';
import { loadSearchLanguage } from '../../src/lib/content/load.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { projectRoot } from '../helpers/build.ts';

const files = loadSearchLanguage(sitePaths(projectRoot));
const language: SearchLanguage = {
  vocabulary: files.vocabulary.map((entry) => [entry.everyday, entry.legal] as [string, string[]]),
  frames: files.frames
    .map((frame) => [frame.text, frame.section === 'none' ? '' : frame.section] as SearchLanguage['frames'][number])
    .sort((a, b) => b[0].length - a[0].length),
  names: [
    {
      name: '常回家看看',
      title: '中华人民共和国老年人权益保障法',
      article: '第十八条',
      url: '/regulations/x/#art-18',
      about: '子女要常回家',
    },
  ],
};
const context: SearchContext = {
  synonyms: [
    ['最低生活保障', '低保'],
    ['养老机构', '养老院', '敬老院'],
  ],
  agencyCodes: [],
  siteNames: siteNameForms(['云川市柳塘区民政局']),
  year: 2026,
};
const read = (q: string) => readQuestion(q, context, language) as QuestionPlan;
const concepts = (q: string) => read(q).concepts.map((c) => (c.weak ? `(${c.text})` : c.alternatives.join('|')));

describe('reading a question', () => {
  test('question frames are taken out, and the part of a guide that answers is kept', () => {
    expect(concepts('低保需要什么条件')).toEqual(['低保|最低生活保障']);
    expect(read('低保需要什么条件').section).toBe('申请条件');
    expect(read('结婚登记要带什么').section).toBe('申请材料');
  });

  test('particles are no concepts; characters the segmenter leaves alone stay together, a noun keeps its ending', () => {
    expect(concepts('无儿无女的老人谁来养')[0]).toMatch(/^无儿无女\|/);
    expect(concepts('公司必须招残疾人吗')).toContain('残疾人');
    expect(read('的了吗').concepts).toEqual([]);
  });

  test('everyday words find legal terms, and a frame inside a known phrase does not break it', () => {
    expect(concepts('看病花光了积蓄')).toContain('看病|医疗');
    expect(concepts('民政局去年花了多少钱')).toEqual(['去年|2025年', '花了多少钱|决算|支出']);
    expect(read('民政局去年花了多少钱').section).toBeUndefined();
  });

  test("the site's own name is left out, in the short forms readers use", () => {
    expect(siteNameForms(['云川市柳塘区民政局'])).toEqual(['云川市柳塘区民政局', '柳塘区民政局', '民政局']);
    expect(concepts('柳塘区民政局低保')).toEqual(['低保|最低生活保障']);
  });

  test('a popular name of a provision is recognised; a leftover particle or character makes no search', () => {
    const plan = read('常回家看看是哪条法律');
    expect(plan.names.map((n) => n.name)).toEqual(['常回家看看']);
    expect(read('常回家看看吗').concepts).toEqual([]);
  });

  test('this year and last year are years', () => {
    expect(concepts('今年低保标准')).toEqual(['今年|2026年', '低保|最低生活保障', '标准']);
  });

  test('a 文号 stays a number', () => {
    expect(readQuestion('柳民发〔2024〕12号', context, language)).toEqual({
      kind: 'docNumber',
      value: '柳民发〔2024〕12号',
    });
  });

  test('frames: one-character particles only at the end', () => {
    expect(stripFrames('了解低保了', [['了', '']])).toEqual({ text: '了解低保', section: undefined });
  });
});

describe('the vocabulary as data', () => {
  test('every pair has a test question that the question reader maps to one of its legal terms', () => {
    expect(files.problems).toEqual([]);
    expect(files.vocabulary.length).toBeGreaterThanOrEqual(300);
    const misses: string[] = [];
    for (const entry of files.vocabulary) {
      if (!entry.query) continue;
      const found = read(entry.query).concepts.flatMap((c) => c.alternatives);
      if (!entry.legal.some((term) => found.includes(term))) misses.push(`${entry.query} → ${entry.legal.join('、')}`);
    }
    expect(misses).toEqual([]);
  });

  test('question frames and popular names are valid and many', () => {
    expect(files.frames.length).toBeGreaterThanOrEqual(80);
    expect(files.names.length).toBeGreaterThanOrEqual(50);
  });
});

describe('combining the documents of each concept', () => {
  const hits = (entries: [string, number][]) => new Map(entries);

  test('documents with every core concept first; others only when they have a strong concept', () => {
    const combined = combineConcepts([
      {
        weight: 2,
        weak: false,
        core: true,
        hits: hits([
          ['a', 1],
          ['b', 0.5],
          ['c', 0.2],
        ]),
      },
      {
        weight: 1,
        weak: false,
        core: true,
        hits: hits([
          ['a', 0.4],
          ['d', 1],
        ]),
      },
      { weight: 0.5, weak: true, core: false, hits: hits([['e', 1]]) },
    ]);
    expect(combined.full.map((h) => h.id)).toEqual(['a']);
    expect(combined.partial.map((h) => h.id)).toEqual(['b', 'd', 'c']);
  });

  test('the known terms of a question are its core; without any, every concept but single characters', () => {
    const dictionary = termDictionary([['看病', ['医疗']]], []);
    const { concepts: some } = conceptsOf('看病花光积蓄', dictionary, new Set());
    expect(coreConcepts(some)).toEqual([true, false, false]);
    const { concepts: none } = conceptsOf('积蓄 用 完', dictionary, new Set());
    expect(coreConcepts(none)).toEqual([true, false, false]);
  });

  test('a concept few documents have weighs more', () => {
    expect(conceptWeight(2, 1000)).toBeGreaterThan(conceptWeight(500, 1000));
    expect(conceptWeight(1000, 1000)).toBeGreaterThan(0);
  });
});

describe('headings', () => {
  const entry = (label: string, title: string, url: string, level = 1): HeadingEntry => ({
    text: headingText(label),
    label,
    title,
    url,
    level,
  });
  const entries = [
    entry('第八章　就业救助', '社会救助暂行办法', '/r/a/#ch-8', 2),
    entry('第五章 就业救助', '上海市社会救助条例', '/r/b/#ch-5', 3),
    entry('第二章 就业促进', '就业促进法', '/r/c/#ch-2', 1),
    entry('第七章 法律责任', '社会救助暂行办法', '/r/a/#ch-11', 2),
  ];
  const shards = shardHeadings(entries);
  const shardOf = (word: string) => shards.find((shard) => word in shard.words);

  test('the heading text is the heading without its number', () => {
    expect(headingText('第八章　就业救助')).toBe('就业救助');
    expect(headingText('第一节 一般规定')).toBe('一般规定');
  });

  test('a question that is a heading finds the laws that have it, the higher level first', () => {
    const matches = matchHeadings(['就业', '救助'], shardOf, '就业救助');
    expect(matches.map((m) => [m.title, m.url, m.exact])).toEqual([
      ['社会救助暂行办法', '/r/a/#ch-8', true],
      ['上海市社会救助条例', '/r/b/#ch-5', true],
    ]);
    expect(matchHeadings(['就业', '失业'], shardOf, '就业失业')).toEqual([]);
  });
});

describe('the text as the search index gets it', () => {
  test('particles and punctuation are taken out, and a space marks where they were', async () => {
    const { withoutParticles } = await import('../../src/lib/search/language.ts');
    expect(withoutParticles('家里没收入，的 申请低保')).toBe(withoutParticles('家里没收入 申请低保'));
    expect(withoutParticles('低保')).toBe('低保');
    expect(withoutParticles('的了吗')).toBe('');
    expect(withoutParticles('，低保。')).toBe('低保');
    expect(withoutParticles('低保的标准')).toMatch(/^低保 标准$/);
  });
});
