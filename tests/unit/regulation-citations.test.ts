/**
 * Citations that link (src/lib/regulations/citations.ts) and the library's versions
 * (src/lib/regulations/library.ts): names with or without 《》 and 中华人民共和国, article forms,
 * parts of one law, policies of the site, the version in force on a given day.
 */
import { describe, expect, test } from 'vitest';
import { buildCitationLibrary, resolveCitation } from '../../src/lib/regulations/citations.ts';
import { groupLaws, normaliseLawName, sourceName, type RegulationDoc } from '../../src/lib/regulations/library.ts';
import type { Regulation } from '../../src/schemas/regulation.ts';

const doc = (id: string, data: Partial<Regulation> & { title: string }, body: string): RegulationDoc => ({
  id,
  data: { level: '法律', ...data },
  body,
});
const articles = (...labels: string[]) => labels.map((label) => `${label} 正文。`).join('\n\n');

const docs = [
  doc(
    '城市居民委员会组织法/2018-12-29',
    { title: '中华人民共和国城市居民委员会组织法', publishDate: '2018-12-29' },
    `## 第一章 总则\n\n${articles('第一条', '第二条', '第三条', '第三条之一', '第四条')}`,
  ),
  doc(
    '城市居民委员会组织法/1989-12-26',
    { title: '中华人民共和国城市居民委员会组织法', publishDate: '1989-12-26' },
    articles('第一条', '第二条', '第三条', '第四条', '第五条'),
  ),
  doc(
    '民法典-总则/2020-05-28',
    { title: '中华人民共和国民法典', part: '总则', publishDate: '2020-05-28' },
    articles('第一条', '第二条'),
  ),
  doc(
    '民法典-婚姻家庭编/2020-05-28',
    { title: '中华人民共和国民法典', part: '婚姻家庭编', publishDate: '2020-05-28' },
    articles('第一千零四十条', '第一千零四十六条'),
  ),
  doc(
    '测试市临时救助办法/2020-05-01',
    { title: '测试市临时救助办法', level: '地方政府规章', publishDate: '2020-05-01' },
    articles('第一条', '第二条'),
  ),
  doc(
    '测试市临时救助办法/2026-10-01',
    { title: '测试市临时救助办法', level: '地方政府规章', publishDate: '2026-10-01', effectiveDate: '2027-01-01' },
    articles('第一条', '第二条', '第三条'),
  ),
  doc(
    '测试市殡葬管理规定/2010-01-01',
    {
      title: '测试市殡葬管理规定',
      level: '地方政府规章',
      publishDate: '2010-01-01',
      status: '废止',
      statusDate: '2024-01-01',
    },
    articles('第一条'),
  ),
];
const laws = groupLaws(docs, '2026-11-27');
const library = buildCitationLibrary(
  laws,
  [{ title: '关于提高最低生活保障标准的通知', url: '/policies/2024/new-standard/' }],
  ['国务院关于加强困境儿童保障工作的意见'],
);
const resolve = (law: string, article?: string) => resolveCitation({ law, article }, library);
const organicLaw =
  '/regulations/%E4%B8%AD%E5%8D%8E%E4%BA%BA%E6%B0%91%E5%85%B1%E5%92%8C%E5%9B%BD%E5%9F%8E%E5%B8%82%E5%B1%85%E6%B0%91%E5%A7%94%E5%91%98%E4%BC%9A%E7%BB%84%E7%BB%87%E6%B3%95/';

describe('law names', () => {
  test('match with or without 《》, spaces and the 中华人民共和国 prefix', () => {
    expect(normaliseLawName('《中华人民共和国城市居民委员会组织法》')).toBe('城市居民委员会组织法');
    for (const name of [
      '城市居民委员会组织法',
      '《城市居民委员会组织法》',
      '中华人民共和国城市居民委员会组织法',
      ' 《中华人民共和国 城市居民委员会组织法》',
    ]) {
      expect(resolve(name, '第三条').article).toEqual([{ text: '第三条', href: `${organicLaw}#art-3` }]);
    }
  });

  test('a 文号 in brackets after the name does not stop the match', () => {
    expect(resolve('关于提高最低生活保障标准的通知（测民发〔2024〕1号）').href).toBe('/policies/2024/new-standard/');
  });
});

describe('articles', () => {
  test('第三条, 第3条 and 第三条第一款 all link to #art-3; the text between stays as written', () => {
    expect(resolve('城市居民委员会组织法', '第3条第一款、第三条之一和第四条')).toEqual({
      name: '城市居民委员会组织法',
      href: organicLaw,
      article: [
        { text: '第3条第一款', href: `${organicLaw}#art-3` },
        { text: '、' },
        { text: '第三条之一', href: `${organicLaw}#art-3-1` },
        { text: '和' },
        { text: '第四条', href: `${organicLaw}#art-4` },
      ],
      missing: undefined,
    });
  });

  test('an article the law in force does not have is missing, and an older version that has it is named', () => {
    expect(resolve('《中华人民共和国城市居民委员会组织法》', '第九十九条').missing).toEqual({
      kind: 'articles',
      labels: ['第九十九条'],
      last: '第四条',
      olderVersion: undefined,
    });
    expect(resolve('城市居民委员会组织法', '第五条').missing).toEqual({
      kind: 'articles',
      labels: ['第五条'],
      last: '第四条',
      olderVersion: '1989-12-26',
    });
  });

  test('a law published in parts is cited as a whole: the article is found in its part', () => {
    const result = resolve('民法典', '第一千零四十六条');
    expect(result.article[0]?.href).toMatch(/#art-1046$/);
    expect(decodeURI(result.article[0]!.href!)).toBe('/regulations/中华人民共和国民法典-婚姻家庭编/#art-1046');
    expect(decodeURI(resolve('中华人民共和国民法典', '第二条').article[0]!.href!)).toBe(
      '/regulations/中华人民共和国民法典-总则/#art-2',
    );
  });

  test('an article between the parts in the library may be in a part not imported: said so, not an error', () => {
    expect(resolve('民法典', '第二百七十七条、第一千零四十条')).toMatchObject({
      article: [
        { text: '第二百七十七条' },
        { text: '、' },
        { text: '第一千零四十条', href: expect.stringMatching(/#art-1040$/) },
      ],
      missing: { kind: 'parts', labels: ['第二百七十七条'], parts: ['总则', '婚姻家庭编'] },
    });
  });

  test('a law not in the library is missing as a whole, with a near title when there is one', () => {
    expect(resolve('测试市居家养老服务条例', '第九条')).toEqual({
      name: '测试市居家养老服务条例',
      article: [{ text: '第九条' }],
      missing: { kind: 'law', suggestion: undefined },
    });
    expect(resolve('临时救助办法').missing).toEqual({ kind: 'law', suggestion: '测试市临时救助办法' });
    expect(resolve('测试市殡葬管里规定').missing).toEqual({ kind: 'law', suggestion: '测试市殡葬管理规定' });
    // A longer title that merely contains the name is another law, not a suggestion.
    expect(resolve('临时救助工作').missing).toEqual({ kind: 'law', suggestion: undefined });
  });

  test('a policy of the site links by title; its articles are not checked', () => {
    expect(resolve('关于提高最低生活保障标准的通知', '第九条')).toEqual({
      name: '关于提高最低生活保障标准的通知',
      href: '/policies/2024/new-standard/',
      article: [{ text: '第九条' }],
      missing: undefined,
    });
  });
});

describe('laws hosted elsewhere', () => {
  test('a national law the library does not host links to the national database, and is not missing', () => {
    expect(resolve('《社会救助暂行办法》', '第九条')).toEqual({
      name: '社会救助暂行办法',
      href: 'https://flk.npc.gov.cn/',
      article: [{ text: '第九条' }],
    });
    // Without the 中华人民共和国 prefix, as a law is usually cited.
    expect(resolve('消防法').href).toBe('https://flk.npc.gov.cn/');
    expect(resolve('中华人民共和国民法典婚姻家庭编').missing).toBeUndefined();
  });

  test('a law the library hosts links to its own page, not to the national database', () => {
    expect(resolve('城市居民委员会组织法').href).toBe(organicLaw);
  });

  test('a document the site declares in citedElsewhere is its plain name, without a link or a warning', () => {
    expect(resolve('国务院关于加强困境儿童保障工作的意见（国发〔2016〕36号）')).toEqual({
      name: '国务院关于加强困境儿童保障工作的意见（国发〔2016〕36号）',
      href: undefined,
      article: [],
    });
  });

  test('a name nobody knows, not even misspelt, is still missing', () => {
    expect(resolve('国务院关于加强困境儿童保障工作的意见稿').missing).toEqual({ kind: 'law', suggestion: undefined });
    expect(resolve('中华人民共和国消防条例').missing?.kind).toBe('law');
  });
});

describe('the 来源 a law page shows', () => {
  test('the database the importer named, without the export file it came from', () => {
    expect(sourceName('国家法律法规数据库：社会法/城市居民委员会组织法(2018-12-29).md')).toBe('国家法律法规数据库');
    expect(sourceName('示例法规（虚构，仅供演示）：地方政府规章/云川市城乡居民最低生活保障办法(2024-03-01).md')).toBe(
      '示例法规（虚构，仅供演示）',
    );
    // Written by hand: shown as written.
    expect(sourceName('云川市人民政府公报 2024 年第 3 期')).toBe('云川市人民政府公报 2024 年第 3 期');
    expect(sourceName('市政府：见公报')).toBe('市政府：见公报');
    expect(sourceName('：社会法/a.md')).toBe('：社会法/a.md');
  });
});

describe('versions', () => {
  const byTitle = (title: string) => laws.find((law) => law.title === title)!;

  test('the newest version in force is the law’s page; older ones keep dated addresses and are 已修改', () => {
    const law = byTitle('中华人民共和国城市居民委员会组织法');
    expect(law.versions.map((v) => [v.version, v.status, v.isCurrent, decodeURI(v.url)])).toEqual([
      ['2018-12-29', '有效', true, '/regulations/中华人民共和国城市居民委员会组织法/'],
      ['1989-12-26', '已修改', false, '/regulations/中华人民共和国城市居民委员会组织法/1989-12-26/'],
    ]);
  });

  test('a new version not yet in force leaves the old one as the law’s page until its 施行日期', () => {
    const before = byTitle('测试市临时救助办法');
    expect(before.versions.map((v) => [v.version, v.status, v.isCurrent])).toEqual([
      ['2026-10-01', '尚未生效', false],
      ['2020-05-01', '有效', true],
    ]);
    expect(resolve('测试市临时救助办法', '第三条').missing).toMatchObject({ kind: 'articles', labels: ['第三条'] });
    const after = groupLaws(docs, '2027-01-01').find((law) => law.title === '测试市临时救助办法')!;
    expect(after.versions.map((v) => [v.version, v.status, v.isCurrent])).toEqual([
      ['2026-10-01', '有效', true],
      ['2020-05-01', '已修改', false],
    ]);
  });

  test('a declared 废止 wins, from its date', () => {
    expect(byTitle('测试市殡葬管理规定').current).toMatchObject({
      status: '废止',
      since: '2024-01-01',
      isCurrent: true,
    });
  });
});
