/**
 * Reading a citizen's search question at its edges (src/lib/search/query.ts, language.ts,
 * concepts.ts, t2s.ts): what is searched for a question, which words carry it, which variants
 * are tried and in what order, when a popular name alone answers, and how the documents of the
 * concepts are ranked. A small vocabulary of its own keeps every expected value readable.
 */
import { describe, expect, test } from 'vitest';
import {
  readQuestion,
  PARTICLES,
  type PopularName,
  type QuestionPlan,
  type SearchLanguage,
} from '../../src/lib/search/language.ts';
import {
  normalizeQuery,
  planQuery,
  siteNameForms,
  subjectText,
  synonymVariants,
  titleMatch,
  type SearchContext,
} from '../../src/lib/search/query.ts';
import {
  combineConcepts,
  conceptWeight,
  conceptsOf,
  stripFrames,
  termDictionary,
} from '../../src/lib/search/concepts.ts';
import { t2sMap, traditionalBitmap } from '../../src/lib/search/t2s.ts';
import { decodeBitmap, hasTraditional } from '../../src/lib/search/traditional.ts';

const popular = (name: string): PopularName => ({
  name,
  title: '中华人民共和国民法典',
  article: '第一千零七十七条',
  url: '/regulations/civil-code/#art-1077',
  about: name,
});
const language: SearchLanguage = {
  vocabulary: [['看病', ['医疗']]],
  frames: [
    ['需要什么条件', '申请条件'],
    ['要带什么', '申请材料'],
    ['吗', ''],
  ],
  names: [popular('离婚冷静期'), popular('常回家看看'), popular('意定监护')],
};
const elderlyHomes = ['养老机构', '养老院', '敬老院', '老年公寓', '福利院', '托老所', '颐养院'];
const context: SearchContext = {
  synonyms: [['最低生活保障', '低保'], elderlyHomes],
  agencyCodes: ['柳民发'],
  siteNames: siteNameForms(['云川市柳塘区民政局']),
  year: 2026,
};
const read = (q: string, c: SearchContext = context) => readQuestion(q, c, language) as QuestionPlan;
/** The concepts as a reader would list them: a weak one (a lone character) in brackets. */
const concepts = (q: string, c: SearchContext = context) =>
  read(q, c).concepts.map((concept) => (concept.weak ? `(${concept.text})` : concept.alternatives.join('|')));

describe('a question read in full', () => {
  test('看病的钱怎么报销？ is searched as typed, as its concepts, and in legal terms; its words leave out 的 and ？', () => {
    expect(readQuestion('看病的钱怎么报销？', context, language)).toEqual({
      kind: 'text',
      normalized: '看病的钱 报销',
      variants: ['看病的钱 报销', '看病 钱 报销', '医疗 钱 报销'],
      section: undefined,
      names: [],
      words: ['看病', '钱', '报销'],
      concepts: [
        { text: '看病', alternatives: ['看病', '医疗'], weak: false, known: true },
        { text: '钱', alternatives: ['钱'], weak: true },
        { text: '报销', alternatives: ['报销'], weak: false },
      ],
    });
  });

  test('a legal term typed as it is has no alternatives of its own', () => {
    expect(concepts('医疗报销')).toEqual(['医疗', '报销']);
  });

  test('a word asked twice is one concept', () => {
    expect(concepts('低保标准 低保')).toEqual(['低保|最低生活保障', '标准']);
  });

  test('nothing but particles is no search: no words, no concepts, the typed text as the only variant', () => {
    expect(readQuestion('的了吗', context, language)).toEqual({
      kind: 'text',
      normalized: '的了',
      variants: ['的了'],
      section: undefined,
      names: [],
      words: [],
      concepts: [],
    });
  });

  test('filler with a stray quote mark is still only filler', () => {
    expect(read('请问"')).toMatchObject({ normalized: '请问"', concepts: [], words: [] });
  });

  test('a short issuing-body code stays a phrase and is not read as a question', () => {
    expect(readQuestion('柳民发', context, language)).toEqual({
      kind: 'text',
      normalized: '柳民发',
      variants: ['"柳民发"'],
    });
  });

  test('a lone character without a popular name is still searched, weakly', () => {
    expect(concepts('钱')).toEqual(['(钱)']);
  });

  test('a popular name with only a lone character left over: the name answers', () => {
    const plan = read('离婚冷静期多少天');
    expect(plan.names.map((name) => name.name)).toEqual(['离婚冷静期']);
    expect(plan.concepts).toEqual([]);
    expect(plan.words).toEqual([]);
  });

  test('a popular name with real words left over: the words are searched too', () => {
    const plan = read('离婚冷静期内撤回要几天');
    expect(plan.names.map((name) => name.name)).toEqual(['离婚冷静期']);
    expect(concepts('离婚冷静期内撤回要几天')).toEqual(['(内)', '撤回', '几天']);
  });

  test('a popular name taken out leaves a gap: the words on either side are not glued into one', () => {
    expect(read('父母意定监护人怎么选').names.map((name) => name.name)).toEqual(['意定监护']);
    expect(concepts('父母意定监护人怎么选')).toEqual(['父母', '(人)', '(选)']);
  });

  test('今年 is a year only when the site knows what year it is', () => {
    expect(concepts('今年低保标准', { ...context, year: undefined })).toEqual(['今年', '低保|最低生活保障', '标准']);
  });

  test('a question read with another synonym list uses that list, not the one read before', () => {
    expect(concepts('敬老院')).toEqual(['敬老院|养老机构|养老院|老年公寓|福利院|托老所|颐养院']);
    expect(concepts('敬老院', { ...context, synonyms: [['敬老院', '农村特困供养机构']] })).toEqual([
      '敬老院|农村特困供养机构',
    ]);
  });

  test('at most six variants: the typed text, the concepts, then synonyms in the order of their group', () => {
    expect(read('养老院').variants).toEqual(['养老院', '养老机构', '敬老院', '老年公寓', '福利院', '托老所']);
  });
});

describe('the query as the index gets it', () => {
  test('zero-width characters are dropped and runs of spaces become one', () => {
    expect(normalizeQuery('低保\u200B标准')).toBe('低保标准');
    expect(normalizeQuery('低保  \t 标准')).toBe('低保 标准');
  });

  test("the site's names: longest first whatever order they are given in; a short form has two characters or more", () => {
    expect(siteNameForms(['柳塘区民政局', '云川市柳塘区民政局'])).toEqual([
      '云川市柳塘区民政局',
      '柳塘区民政局',
      '民政局',
    ]);
    expect(siteNameForms(['云川市柳塘区'])).toEqual(['云川市柳塘区', '柳塘区']);
    expect(siteNameForms(['云川市柳塘区政府'])).toEqual(['云川市柳塘区政府', '柳塘区政府', '政府']);
  });

  test("the site's name is taken out from inside a query, leaving a gap, but not when it is all there is", () => {
    const named: SearchContext = { ...context, siteNames: ['云川市柳塘区民政局'] };
    expect(planQuery('2025年云川市柳塘区民政局工作报告', named)).toMatchObject({ normalized: '2025年 工作报告' });
    expect(subjectText('云川市柳塘区民政局', named)).toBe('云川市柳塘区民政局');
    expect(planQuery('《云川市柳塘区民政局》', named)).toEqual({
      kind: 'text',
      normalized: '云川市柳塘区民政局',
      variants: ['云川市柳塘区民政局'],
    });
  });

  test("the site's name in any of its forms, typed alone, is searched whole (as the search page passes the forms)", () => {
    const forms: SearchContext = { ...context, siteNames: siteNameForms(['云川市柳塘区民政局']) };
    expect(subjectText('云川市柳塘区民政局', forms)).toBe('云川市柳塘区民政局');
    expect(subjectText('柳塘区民政局', forms)).toBe('柳塘区民政局');
    // Inside a longer query, the longest form is taken out and no piece of it is left behind.
    expect(subjectText('云川市柳塘区民政局工作报告', forms)).toBe(' 工作报告');
  });

  test('《》 and question frames leave a gap between the words around them', () => {
    expect(planQuery('《婚姻登记条例》实施细则', context)).toMatchObject({ normalized: '婚姻登记条例 实施细则' });
    expect(planQuery('低保需要什么条件', context)).toEqual({
      kind: 'text',
      normalized: '低保 条件',
      variants: ['低保 条件', '最低生活保障 条件'],
    });
  });

  test('中华人民共和国 alone is searched as typed; before a law it also gives the short name', () => {
    expect(planQuery('中华人民共和国', context)).toEqual({
      kind: 'text',
      normalized: '中华人民共和国',
      variants: ['中华人民共和国'],
    });
    expect(planQuery('中华人民共和国 民法典', context)).toMatchObject({
      variants: ['中华人民共和国 民法典', '民法典'],
    });
  });

  test('a query has at most four variants: itself and the first three synonyms', () => {
    expect(planQuery('养老院', context)).toEqual({
      kind: 'text',
      normalized: '养老院',
      variants: ['养老院', '养老机构', '敬老院', '老年公寓'],
    });
  });

  test('a synonym variant replaces the word by each other word of its group, never by itself, up to the limit', () => {
    expect(synonymVariants('申请低保', [['最低生活保障', '低保']], 4)).toEqual(['申请最低生活保障']);
    expect(synonymVariants('养老院在哪', [elderlyHomes], 2)).toEqual(['养老机构在哪', '敬老院在哪']);
  });

  test('a query that is only 中华人民共和国 or only 《》 names no law', () => {
    expect(titleMatch('中华人民共和国民法典', '中华人民共和国')).toBe(0);
    expect(titleMatch('婚姻登记条例', '《》')).toBe(0);
  });
});

describe('concepts and frames', () => {
  const none = termDictionary([], []);

  test('characters the segmenter leaves alone make one concept, not a weak one', () => {
    expect(conceptsOf('无儿无女', none, PARTICLES).concepts).toEqual([
      { text: '无儿无女', alternatives: ['无儿无女'], weak: false },
    ]);
  });

  test('a noun ending after a particle does not join the word before the particle', () => {
    expect(conceptsOf('残疾的人', none, PARTICLES).concepts.map((c) => [c.text, c.weak])).toEqual([
      ['残疾', false],
      ['人', true],
    ]);
  });

  test('a word said twice is one concept, and an ending after the repeat stays its own', () => {
    const texts = (q: string) => conceptsOf(q, none, PARTICLES).concepts.map((c) => c.text);
    expect(texts('残疾人 残疾人')).toEqual(['残疾人']);
    expect(texts('残疾人补贴 残疾人证')).toEqual(['残疾人', '补贴', '证']);
    expect(texts('公司招残疾人，残疾人有补贴吗')).toEqual(['公司', '招', '残疾人', '补贴']);
  });

  test('after a word said again, only a noun ending is taken as its ending; another character stays a weak concept', () => {
    const cards = termDictionary([['老年卡', ['老年人优待证']]], []);
    const listed = (q: string) =>
      conceptsOf(q, cards, PARTICLES).concepts.map((c) => (c.weak ? `(${c.text})` : c.text));
    // 残疾 + 人 is the 残疾人 asked before; 老年 + 卡 makes the known 老年卡, but 卡 ends no noun.
    expect(listed('残疾人补贴，残疾的人')).toEqual(['残疾人', '补贴']);
    expect(listed('老年卡和老年优待，老年的卡')).toEqual(['老年卡', '老年', '优待', '(卡)']);
  });

  test('known terms have two characters or more: a one-character synonym does not cut 廉租房 at the end of a question', () => {
    const housing = termDictionary([], [['房屋', '房']]);
    expect(conceptsOf('申请廉租房', housing, PARTICLES).concepts.map((c) => c.text)).toEqual(['申请', '廉租房']);
  });

  test('without frames nothing is taken out: GPS keeps its S', () => {
    expect(conceptsOf('申请 GPS', none, PARTICLES).concepts.map((c) => c.text)).toEqual(['申请', 'GPS']);
  });

  test('a one-character frame is taken literally, even a question mark, and at every end of a clause', () => {
    expect(stripFrames('低保标准?', [['?', '']])).toEqual({ text: '低保标准', section: undefined });
    expect(stripFrames('了解低保了，办完了', [['了', '']])).toEqual({ text: '了解低保 ，办完', section: undefined });
  });

  test('a longer frame leaves one space between the words around it', () => {
    expect(stripFrames('低保要带什么证件', [['要带什么', '申请材料']])).toEqual({
      text: '低保 证件',
      section: '申请材料',
    });
    expect(stripFrames('低保 要带什么 证件', [['要带什么', '申请材料']])).toEqual({
      text: '低保 证件',
      section: '申请材料',
    });
  });
});

describe('ranking by concepts', () => {
  test('a concept half the documents have weighs ln 2, as BM25 has it', () => {
    expect(conceptWeight(50, 100)).toBeCloseTo(Math.LN2, 12);
  });

  test('the best document of the core concept comes first; another word of the question only adds a little', () => {
    const combined = combineConcepts([
      {
        weight: 1,
        weak: false,
        core: true,
        hits: new Map([
          ['x', 0.5],
          ['y', 1],
        ]),
      },
      { weight: 1, weak: false, core: false, hits: new Map([['x', 1]]) },
    ]);
    expect(combined.full.map((hit) => [hit.id, hit.score])).toEqual([
      ['y', 1],
      ['x', 0.75],
    ]);
  });

  test('a document with one strong core concept and a weak word is a partial result', () => {
    const combined = combineConcepts([
      { weight: 1, weak: false, core: true, hits: new Map([['d', 1]]) },
      { weight: 1, weak: false, core: true, hits: new Map([['e', 1]]) },
      { weight: 1, weak: true, core: false, hits: new Map([['d', 1]]) },
    ]);
    expect(combined.full).toEqual([]);
    expect(combined.partial.map((hit) => [hit.id, hit.matched])).toEqual([
      ['d', [0, 2]],
      ['e', [1]],
    ]);
  });
});

describe('traditional characters', () => {
  test('an entry without a target converts nothing and marks nothing as traditional', () => {
    const noTarget = t2sMap('臨 临|缺 ');
    expect(Object.keys(noTarget)).toEqual(['臨']);
    expect(normalizeQuery('缺臨', noTarget)).toBe('缺临');
    const bare = t2sMap('臨 临|缺');
    expect(Object.keys(bare)).toEqual(['臨']);
    expect(hasTraditional('缺', decodeBitmap(traditionalBitmap(bare)))).toBe(false);
  });
});
