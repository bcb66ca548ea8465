/**
 * The three search-language files (src/search/*.yaml and a site's content/vocabulary.yaml and
 * content/popular-names.yaml): every rule, with the exact line `npm run check` prints.
 */
import { describe, expect, test } from 'vitest';
import { SearchVocabularySchema } from '../../src/schemas/searchVocabulary.ts';
import { QuestionFramesSchema } from '../../src/schemas/questionFrames.ts';
import { PopularNamesSchema } from '../../src/schemas/popularNames.ts';
import { parsedOf, problemsOf } from '../helpers/content.ts';

const vocabulary = (entries: string, fields = 'fields: [社会救助, 日常用语]') =>
  problemsOf(SearchVocabularySchema, `${fields}\nentries:\n${entries}`, 'content/vocabulary.yaml');

describe('vocabulary', () => {
  test('a valid pair is read as written', () => {
    expect(
      parsedOf(SearchVocabularySchema, 'entries:\n  - { everyday: 看病, legal: [医疗], query: 看病能报销吗 }'),
    ).toEqual({ entries: [{ everyday: '看病', legal: ['医疗'], query: '看病能报销吗' }] });
  });

  test('a pair needs an everyday word and at least one legal term', () => {
    expect(vocabulary('  - { legal: [医疗] }\n  - { everyday: 看病, legal: [] }')).toMatchInlineSnapshot(`
      [
        "content/vocabulary.yaml:3: entries[1].everyday（日常说法）: 缺少此项；应填写日常说法。",
        "content/vocabulary.yaml:4: entries[2].legal（正式用语）: 至少写一个正式用语。",
      ]
    `);
  });

  test('an unknown key is named', () => {
    expect(vocabulary('  - { everyday: 看病, legal: [医疗], formal: 医疗 }')).toMatchInlineSnapshot(`
      [
        "content/vocabulary.yaml:3: entries[1].formal: 未知字段“formal”。可用字段：everyday、legal、field、query。",
      ]
    `);
  });

  test('the field is one of the listed fields', () => {
    expect(vocabulary('  - { everyday: 看病, legal: [医疗], field: 医疗卫生 }')).toMatchInlineSnapshot(`
      [
        "content/vocabulary.yaml:3: entries[1].field（领域）: 领域“医疗卫生”不在 fields 中；可选：社会救助、日常用语。",
      ]
    `);
  });

  test('the same pair twice is an error', () => {
    expect(vocabulary('  - { everyday: 看病, legal: [医疗] }\n  - { everyday: 看病, legal: [医疗] }'))
      .toMatchInlineSnapshot(`
        [
          "content/vocabulary.yaml:4: entries[2].everyday（日常说法）: “看病”与第 1 条的对照完全相同；请删除其中一条。",
        ]
      `);
  });

  test('the test question contains the everyday word', () => {
    expect(vocabulary('  - { everyday: 看病, legal: [医疗], query: 住院能报销吗 }')).toMatchInlineSnapshot(`
      [
        "content/vocabulary.yaml:3: entries[1].query（测试问句）: 测试问句应包含日常说法“看病”。",
      ]
    `);
  });
});

describe('question frames', () => {
  const frames = (lines: string) =>
    problemsOf(QuestionFramesSchema, `frames:\n${lines}`, 'src/search/question-frames.yaml');

  test('the section is one of the parts that answer', () => {
    expect(frames('  - { text: 要带什么, section: 材料 }')).toMatchInlineSnapshot(`
      [
        "src/search/question-frames.yaml:2: frames[1].section（对应部分）: “材料”不是可用的对应部分；可选：申请条件、申请材料、办理流程、收费标准、办理机构、办理时限、法律责任、none。",
      ]
    `);
  });

  test('a frame written twice is an error', () => {
    expect(frames('  - { text: 谁管, section: 办理机构 }\n  - { text: 谁管, section: none }')).toMatchInlineSnapshot(`
      [
        "src/search/question-frames.yaml:3: frames[2].text（问法）: 问法“谁管”写了两次。",
      ]
    `);
  });
});

describe('popular names', () => {
  const names = (lines: string) => problemsOf(PopularNamesSchema, `names:\n${lines}`, 'content/popular-names.yaml');
  const entry = (article: string, name = '高龄补贴') =>
    `  - { name: ${name}, law: 云川市经济困难高龄老年人补贴办法, article: ${article}, about: 每月补贴多少 }`;

  test('a valid name is read as written', () => {
    expect(names(entry('第三条'))).toEqual([]);
    expect(names(entry('第二百六十条之一'))).toEqual([]);
  });

  test('the article is written as the law writes it', () => {
    expect(names(entry('第3条'))).toMatchInlineSnapshot(`
      [
        "content/popular-names.yaml:2: names[1].article（条文序号）: 条文序号应写成“第十八条”或“第二百六十条之一”的形式。",
      ]
    `);
    expect(names(entry('3'))).toMatchInlineSnapshot(`
      [
        "content/popular-names.yaml:2: names[1].article（条文序号）: 不能是数字 3；应填写条文序号。",
      ]
    `);
  });

  test('every part is required', () => {
    expect(names('  - { name: 高龄补贴, law: 云川市经济困难高龄老年人补贴办法, article: 第三条 }'))
      .toMatchInlineSnapshot(`
      [
        "content/popular-names.yaml:2: names[1].about（说明）: 缺少此项；应填写说明。",
      ]
    `);
  });

  test('a name written twice is an error', () => {
    expect(names(`${entry('第三条')}\n${entry('第二条')}`)).toMatchInlineSnapshot(`
      [
        "content/popular-names.yaml:3: names[2].name（俗称）: 俗称“高龄补贴”写了两次。",
      ]
    `);
  });
});
