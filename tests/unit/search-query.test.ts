import { describe, expect, test } from 'vitest';
import { normalizeQuery, planQuery, titleMatch, type SearchContext } from '../../src/lib/search/query.ts';

const context: SearchContext = {
  synonyms: [
    ['最低生活保障', '低保'],
    ['居民委员会', '居委会'],
  ],
  agencyCodes: ['泉政发', '柳民发'],
  indexNoPattern: '^013999999/(?:19|20)\\d{2}-\\d{5}$',
  t2s: { 婚: '婚', 姻: '姻', 登: '登', 記: '记', 條: '条', 例: '例', 這: '这' },
};

describe('document numbers and index numbers are looked up exactly', () => {
  test.each([
    '泉政发〔2015〕12号',
    '泉政发[2015]12号',
    '泉政发(2015)12号',
    '泉政发（２０１５）１２号',
    '泉政发〔2015〕012号',
    '泉政发〔2015〕12',
    ' 泉政发 〔2015〕 12号 ',
  ])('%s', (raw) => {
    expect(planQuery(raw, context)).toEqual({ kind: 'docNumber', value: '泉政发〔2015〕12号' });
  });

  test('order numbers', () => {
    expect(planQuery('国务院令第649号', context)).toEqual({ kind: 'docNumber', value: '国务院令第649号' });
    expect(planQuery('国务院令649号', context)).toEqual({ kind: 'docNumber', value: '国务院令第649号' });
  });

  test('an index number', () => {
    expect(planQuery('013999999/2024-00012', context)).toEqual({ kind: 'indexNo', value: '013999999/2024-00012' });
  });
});

describe('words', () => {
  test('a short issuing-body code is a phrase', () => {
    expect(planQuery('泉政发', context)).toEqual({ kind: 'text', normalized: '泉政发', variants: ['"泉政发"'] });
  });

  test('traditional characters and full-width forms are simplified', () => {
    expect(normalizeQuery('婚姻登記條例', context.t2s)).toBe('婚姻登记条例');
    expect(normalizeQuery('ＡＢＣ　１２３')).toBe('ABC 123');
  });

  test('questions keep their subject; synonyms give variants', () => {
    expect(planQuery('如何申请低保？', context)).toEqual({
      kind: 'text',
      normalized: '申请低保',
      variants: ['申请低保', '申请最低生活保障'],
    });
    expect(planQuery('居委会在哪里', context)).toEqual({
      kind: 'text',
      normalized: '居委会',
      variants: ['居委会', '居民委员会'],
    });
  });

  test('a law named with 《》 or 中华人民共和国 also searches its short name', () => {
    expect(planQuery('《中华人民共和国城市居民委员会组织法》', context)).toMatchObject({
      normalized: '中华人民共和国城市居民委员会组织法',
      variants: ['中华人民共和国城市居民委员会组织法', '城市居民委员会组织法', '中华人民共和国城市居委会组织法'],
    });
  });

  test('怎么办 at the end is a question; 办理 after 怎么 is kept', () => {
    expect(planQuery('怎么办理结婚登记', context)).toMatchObject({ normalized: '办理结婚登记' });
    expect(planQuery('低保被停了怎么办', context)).toMatchObject({ normalized: '低保被停了' });
  });

  test("the site's own name is left out when other words remain", () => {
    const named = { ...context, siteNames: ['云川市柳塘区民政局'] };
    expect(planQuery('云川市柳塘区民政局2025年政府信息公开工作年度报告', named)).toMatchObject({
      normalized: '2025年政府信息公开工作年度报告',
    });
    expect(planQuery('云川市柳塘区民政局', named)).toMatchObject({ normalized: '云川市柳塘区民政局' });
  });

  test('an empty or question-only query', () => {
    expect(planQuery('   ', context)).toEqual({ kind: 'empty' });
    // Nothing but question words: search what was typed (full-width ？ is folded to ?).
    expect(planQuery('怎么办？', context)).toMatchObject({ kind: 'text', variants: ['怎么办?'] });
  });
});

test('a title named in full outranks one that only contains the words', () => {
  expect(titleMatch('中华人民共和国婚姻法', '婚姻法')).toBe(3);
  expect(titleMatch('婚姻登记条例', '《婚姻登记条例》')).toBe(3);
  expect(titleMatch('中华人民共和国城市居民委员会组织法', '居民委员会组织法')).toBe(2);
  expect(titleMatch('北京市实施《中华人民共和国城市居民委员会组织法》办法', '居民委员会组织法')).toBe(1);
  expect(titleMatch('关于婚姻登记条例实施的通知', '婚姻登记条例')).toBe(1);
  expect(titleMatch('殡葬管理条例', '婚姻登记条例')).toBe(0);
});

test('the traditional → simplified map converts traditional characters and leaves simplified ones alone', async () => {
  const { t2sMap, traditionalBitmap } = await import('../../src/lib/search/t2s.ts');
  const { decodeBitmap, hasTraditional } = await import('../../src/lib/search/traditional.ts');
  const map = t2sMap();
  const bitmap = decodeBitmap(traditionalBitmap(map));
  expect(hasTraditional('婚姻登記', bitmap)).toBe(true);
  expect(hasTraditional('婚姻登记 怎么办理 低保', bitmap)).toBe(false);
  expect(normalizeQuery('婚姻登記條例 臨時救助 殯葬', map)).toBe('婚姻登记条例 临时救助 殡葬');
  const simplified = '怎么办理结婚登记收养需要什么材料社会救助最低生活保障居民委员会养老服务补贴';
  expect(normalizeQuery(simplified, map)).toBe(simplified);
});

test('the map takes one character to its first simplified form, and skips phrases and identities', async () => {
  const { t2sMap, traditionalBitmap } = await import('../../src/lib/search/t2s.ts');
  const { decodeBitmap, hasTraditional } = await import('../../src/lib/search/traditional.ts');
  // OpenCC's format: `from to[ to…]|…`; a phrase or a character mapped to itself is not a conversion.
  expect(t2sMap('臨 临|時 时 旹|這樣 这样|么 么|| 缺')).toEqual({ 臨: '临', 時: '时' });
  // The bitmap covers U+3400…U+9FFF, and exactly the characters of the map.
  const bitmap = decodeBitmap(traditionalBitmap({ 㐀: 'a', 臨: '临', 鿿: 'b', '\u{20000}': 'c', '﹐': ',' }));
  expect(bitmap.length).toBe((0xa000 - 0x3400) / 8);
  expect(['㐀', '臨', '鿿', '\u{20000}', '﹐', '临', '㐁'].map((char) => hasTraditional(char, bitmap))).toEqual([
    true,
    true,
    true,
    false,
    false,
    false,
    false,
  ]);
});
