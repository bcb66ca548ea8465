/**
 * The denylist (src/lib/guard/denylist.ts) on a small site list, and the normal form it matches
 * against (src/lib/guard/normalize.ts): how far a combination reaches, words spread over
 * punctuation, overlapping hits, what is quoted, and mistakes in a list file.
 */
import { describe, expect, test } from 'vitest';
import {
  compileDenylist,
  deniedIn,
  findDenied,
  parseDenylist,
  type DenyEntry,
  type Denylist,
  type Scope,
} from '../../src/lib/guard/denylist.ts';
import { normalText, normalize, originalOf } from '../../src/lib/guard/normalize.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { loadDenylist } from '../../src/lib/guard/denylist.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { fixturesDir } from '../helpers/build.ts';
import { join } from 'node:path';

const SITE_LIST = 'content/guard/denylist.yaml';

/** A site's own list, as an editor writes content/guard/denylist.yaml. */
function siteList(): Denylist {
  const { entries, problems } = parseDenylist(
    [
      'entries:',
      '  - { term: 网投, category: 赌博, rule: always }',
      '  - { term: 六合彩, category: 赌博, rule: always }',
      '  - { term: 时时彩, category: 赌博, rule: always }',
      '  - { term: 时时彩计划, category: 赌博, rule: always }',
      '  - { term: 百家乐, category: 赌博, rule: always }',
      '  - { term: 真人, category: 赌博, rule: combination, with: [视讯], gap: 2 }',
      '  - { term: 澳门, category: 赌博, rule: combination, with: [娱乐] }',
      '  - { term: 皇冠, category: 赌博, rule: combination, with: [体育], gap: 0 }',
      "  - { pattern: '\\d{3}bet', category: 赌博, rule: always }",
    ].join('\n'),
    SITE_LIST,
  );
  expect(problems).toEqual([]);
  return compileDenylist(entries);
}

/** The denied words of `text`, as `label: the text as written`. */
function denied(list: Denylist, text: string, scope: Scope = 'all'): string[] {
  return deniedIn(list, text, scope).map((hit) => `${hit.label}: ${hit.original}`);
}

describe('combinations', () => {
  test('a partner exactly `gap` characters away is found, one further is not', () => {
    const list = siteList();
    expect(denied(list, '真人在线视讯')).toEqual(['真人+视讯: 真人在线视讯']);
    expect(denied(list, '真人在线直播视讯')).toEqual([]);
    // The default gap is 4.
    expect(denied(list, '澳门新开业的娱乐场')).toEqual(['澳门+娱乐: 澳门新开业的娱乐']);
    expect(denied(list, '澳门新近开业的娱乐场')).toEqual([]);
  });

  test('with a gap of 0 the partner must follow at once', () => {
    const list = siteList();
    expect(denied(list, '皇冠体育官网')).toEqual(['皇冠+体育: 皇冠体育']);
    expect(denied(list, '皇冠假日酒店体育馆')).toEqual([]);
  });

  test('a combination stops at a sentence or line break even within its gap', () => {
    const list = siteList();
    expect(denied(list, '访问澳门在，娱乐活动另行安排')).toEqual([]);
    expect(denied(list, '访问澳门\n娱乐活动另行安排')).toEqual([]);
    expect(denied(list, '访问澳门在娱乐场所')).toEqual(['澳门+娱乐: 澳门在娱乐']);
  });

  test('a partner written only as an emoji or punctuation is ignored; the other partners still count', () => {
    const { entries, problems } = parseDenylist(
      "entries:\n  - { term: 澳门, category: 赌博, rule: combination, with: ['🎰', '——', 娱乐] }\n",
      SITE_LIST,
    );
    expect(problems).toEqual([]);
    const list = compileDenylist(entries);
    expect(denied(list, '澳门🎰娱乐城')).toEqual(['澳门+娱乐: 澳门🎰娱乐']);
    expect(denied(list, '澳门——旅游')).toEqual([]);
  });
});

describe('ordinary words that contain a denied word', () => {
  const list = () => {
    const { entries, problems } = parseDenylist(
      'entries:\n  - { term: 百家乐, category: 赌博, rule: always, except: [百家乐龄] }\n',
      SITE_LIST,
    );
    expect(problems).toEqual([]);
    return compileDenylist(entries);
  };

  test('a word of `except` around the term is not a hit; the term elsewhere in the same text still is', () => {
    expect(denied(list(), '全区建成一百家乐龄服务站')).toEqual([]);
    expect(denied(list(), '百家乐龄')).toEqual([]);
    expect(denied(list(), '一百家乐龄服务站旁有人推广百家乐')).toEqual(['百家乐: 百家乐']);
    expect(denied(list(), '百家乐开户')).toEqual(['百家乐: 百家乐']);
    // The ordinary word must be written as one word: not across a sentence or a line. A break
    // just before or just after it does not matter.
    expect(denied(list(), '百家乐。龄')).toEqual(['百家乐: 百家乐']);
    expect(denied(list(), '百家乐\n龄')).toEqual(['百家乐: 百家乐']);
    expect(denied(list(), '共一百。百家乐龄服务站')).toEqual([]);
    expect(denied(list(), '建成一百家乐龄。')).toEqual([]);
  });

  test('the words of `except` are normalised like the term', () => {
    const { entries } = parseDenylist(
      'entries:\n  - { term: 百家乐, category: 赌博, rule: always, except: [百家 乐龄] }\n',
      SITE_LIST,
    );
    expect(denied(compileDenylist(entries), '一百家乐龄服务站')).toEqual([]);
  });

  test('the project list lets 一百家乐龄服务站 pass and still refuses 百家乐', () => {
    const { denylist, problems } = loadDenylist(sitePaths(join(fixturesDir, 'valid-site')));
    expect(problems).toEqual([]);
    expect(denied(denylist, '今年全区新建一百家乐龄服务站。')).toEqual([]);
    expect(denied(denylist, '在线百家乐')).toEqual(['百家乐: 百家乐']);
  });

  test('`except` needs a term, and each of its words must contain it', () => {
    const { entries, problems } = parseDenylist(
      [
        'entries:',
        "  - { pattern: '\\d{3}bet', category: 赌博, rule: always, except: [888bet体育] }",
        '  - { term: 百家乐, category: 赌博, rule: always, except: [百家乐龄, 乐龄] }',
      ].join('\n'),
      SITE_LIST,
    );
    expect(entries).toEqual([]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guard/denylist.yaml:2: entries[1].except: except 只用于写了 term 的条目。",
        "content/guard/denylist.yaml:3: entries[2].except[2]: except 中的“乐龄”不含违禁词“百家乐”，写了也不起作用；except 只写含有该词的正常用语，例如 百家乐 的 百家乐龄（一百家乐龄服务站）。",
      ]
    `);
  });
});

describe('words spread over punctuation', () => {
  test('六，合，彩 with punctuation between every character is 六合彩', () => {
    expect(denied(siteList(), '六，合，彩开奖结果')).toEqual(['六合彩: 六，合，彩']);
  });

  test('互联网，投诉 is two words that meet by chance, not 网投', () => {
    expect(denied(siteList(), '欢迎通过互联网，投诉举报')).toEqual([]);
  });

  test('one break inside a three-character word is not the word', () => {
    expect(denied(siteList(), '今年六合，彩灯亮起')).toEqual([]);
  });

  test('a word right after a sentence break is still found', () => {
    expect(denied(siteList(), '你好。网投平台')).toEqual(['网投: 网投']);
  });
});

describe('what is quoted', () => {
  test('of two words at one place the longer is quoted', () => {
    expect(denied(siteList(), '时时彩计划免费')).toEqual(['时时彩计划: 时时彩计划']);
  });

  test('a brand pattern before a word is quoted first, and both are quoted', () => {
    expect(denied(siteList(), '888bet 百家乐')).toEqual(['\\d{3}bet: 888bet', '百家乐: 百家乐']);
  });

  test('a brand pattern is quoted exactly, at the place it starts in the text', () => {
    expect(
      deniedIn(siteList(), '欢迎访问888bet官网', 'all').map(({ original, start }) => ({ original, start })),
    ).toEqual([{ original: '888bet', start: 4 }]);
  });

  test('a word hidden by a soft hyphen is quoted with the hyphen spelt out', () => {
    expect(denied(siteList(), '百\u00AD家乐')).toEqual(['百家乐: 百[U+00AD]家乐']);
  });

  test('a text full of spam quotes its first 60 hits', () => {
    const hits = deniedIn(siteList(), Array(61).fill('百家乐').join('，'), 'all');
    expect(hits.length).toBe(60);
    expect(hits.at(-1)).toMatchObject({ original: '百家乐', start: 59 * 4 });
  });

  test('a pattern that can match nothing reports only what it matches', () => {
    const { entries, problems } = parseDenylist(
      "entries:\n  - { pattern: '(?:菠菜|博彩)*', category: 赌博, rule: always }\n",
      SITE_LIST,
    );
    expect(problems).toEqual([]);
    expect(denied(compileDenylist(entries), '菠菜网站')).toEqual(['(?:菠菜|博彩)*: 菠菜']);
  });
});

describe('denylist files', () => {
  test('a valid regular expression is accepted and used', () => {
    const { entries, problems } = parseDenylist(
      "entries:\n  - { pattern: 'bet\\d{2,4}', category: 赌博, rule: always, scope: names }\n",
      SITE_LIST,
    );
    expect(problems).toEqual([]);
    expect(denied(compileDenylist(entries), 'bet888体育', 'names')).toEqual(['bet\\d{2,4}: bet888']);
  });

  test('an entry needs exactly one of term and pattern, and `with` only for a combination', () => {
    const { entries, problems } = parseDenylist(
      [
        'entries:',
        '  - { term: 博彩, pattern: 博彩.*, category: 赌博, rule: always }',
        '  - { category: 赌博, rule: always }',
        '  - { term: 百家乐, category: 赌博, rule: always, with: [网址] }',
        "  - { pattern: 'bet\\d+', category: 赌博, rule: always }",
      ].join('\n'),
      SITE_LIST,
    );
    expect(entries).toEqual([]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guard/denylist.yaml:2: entries[1].term: 每个条目要写 term（词语）或 pattern（正则表达式），二者只能写一个。",
        "content/guard/denylist.yaml:3: entries[2].term: 每个条目要写 term（词语）或 pattern（正则表达式），二者只能写一个。",
        "content/guard/denylist.yaml:4: entries[3].with: with 只用于 rule: combination 的条目；rule: always 的词在任何位置出现都是错误，请删除 with。",
      ]
    `);
  });

  test('a pattern with an escape that Unicode regular expressions refuse (\\- outside brackets) is refused', () => {
    const { entries, problems } = parseDenylist(
      "entries:\n  - { pattern: 'bet\\-365', category: 赌博, rule: always }\n",
      SITE_LIST,
    );
    expect(entries).toEqual([]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guard/denylist.yaml:2: entries[1].pattern（格式）: 正则表达式“bet\\-365”写法有误，无法使用；请按 JavaScript 正则表达式的语法改正。",
      ]
    `);
  });

  test('a combination needs a term: a pattern with `with` is refused', () => {
    const { entries, problems } = parseDenylist(
      "entries:\n  - { pattern: '\\d{3}bet', category: 赌博, rule: combination, with: [官网] }\n",
      SITE_LIST,
    );
    expect(entries).toEqual([]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guard/denylist.yaml:2: entries[1].with: rule 为 combination 的条目必须写 term 和 with（与之连用才违规的词）。",
      ]
    `);
  });

  test('a file that is not a list of entries gives no entries, only its problem', () => {
    const { entries, problems } = parseDenylist('entries: 百家乐\n', SITE_LIST);
    expect(entries).toEqual([]);
    expect(problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/guard/denylist.yaml:1: entries: 不能是“百家乐”；应填写违禁词条目（列表）。",
      ]
    `);
  });

  test('entries the schema would refuse compile to no rule that fires', () => {
    const entries: DenyEntry[] = [
      { category: '赌博', rule: 'always', scope: 'all', severity: 'error' },
      { term: '·', category: '赌博', rule: 'always', scope: 'all', severity: 'error' },
      { term: '澳门', category: '赌博', rule: 'combination', scope: 'all', severity: 'error' },
    ];
    const list = compileDenylist(entries);
    expect([...list.words.values()].flat().map((rule) => [rule.term, rule.partners])).toEqual([['澳门', []]]);
    expect(findDenied(list, normalText('澳门娱乐场').text, 'all')).toEqual([]);
  });
});

describe('the normal form', () => {
  test('a lone ampersand is text, not an entity', () => {
    expect(normalize('AT&T 与 M&M 公司').text).toBe('att与mm公司');
    expect(normalText('AT&T 与 M&M 公司').text).toBe('att与mm公司');
  });

  test('entity names in upper case are decoded as browsers decode &AMP;', () => {
    expect(normalize('bet&NBSP;365 &AMP; b&ZWSP;et').text).toBe('bet365bet');
    expect(denied(siteList(), '百&NBSP;家乐')).toEqual(['百家乐: 百&NBSP;家乐']);
  });

  test('a numeric entity beyond Unicode stays as written; the last code point is still a character', () => {
    expect(normalize('&#9999999;').text).toBe('9999999');
    expect(normalize('&#x110000;').text).toBe('x110000');
    expect(normalize('百&#x10FFFF;家乐').text).toBe('百家乐');
    expect(normalize('百&#1114111;家乐').text).toBe('百家乐');
  });

  test('a line break is remembered as a line break, punctuation as a sentence break', () => {
    expect(normalize('澳门\n娱乐。活动\n\n，安排').breaks).toEqual(
      new Map([
        [2, 'line'],
        [4, 'sentence'],
        [6, 'sentence'],
      ]),
    );
    expect(normalText('澳门\n娱乐').breaks).toEqual(new Map([[2, 'line']]));
  });

  test('for showing text, what is dropped becomes single spaces, and invisible characters nothing', () => {
    const source = '  百家乐，  澳门\u200B娱乐 ';
    const shown = normalize(source, { compact: false });
    expect(shown.text).toBe('百家乐 澳门娱乐 ');
    expect(originalOf(source, shown, 0, 4)).toBe('百家乐，');
    expect(normalize(source).text).toBe('百家乐澳门娱乐');
  });
});
