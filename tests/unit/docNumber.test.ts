import { describe, expect, test } from 'vitest';
import { canonicalDocNumber, parseDocNumber } from '../../src/lib/docNumber.ts';

describe('parseDocNumber', () => {
  test('reads the canonical GB/T 9704 form without deviations', () => {
    expect(parseDocNumber('国办发〔2017〕47号')).toEqual({
      ok: true,
      value: { kind: 'standard', code: '国办发', year: 2017, seq: 47, canonical: '国办发〔2017〕47号', deviations: [] },
    });
  });

  test.each([
    ['泉政发[2015]12号', ['年份应使用六角括号〔〕，而不是[]']],
    ['泉政发(2015)12号', ['年份应使用六角括号〔〕，而不是()']],
    ['泉政发（2015）12号', ['年份应使用六角括号〔〕，而不是（）']],
    ['泉政发［2015］12号', ['年份应使用六角括号〔〕，而不是［］']],
    ['泉政发﹝2015﹞12号', ['年份应使用六角括号〔〕，而不是﹝﹞']],
    ['泉政发【2015】12号', ['年份应使用六角括号〔〕，而不是【】']],
    ['泉政发〔２０１５〕１２号', ['使用了全角数字']],
    ['泉政发〔2015〕012号', ['序号有前导零']],
    ['泉政发〔2015〕第12号', ['序号前不应有“第”']],
    ['泉政发〔2015〕12', ['末尾缺少“号”']],
    ['泉政发 〔2015〕 12号', ['含有空格']],
  ])('%s is read as 泉政发〔2015〕12号 and the deviation is named', (raw, deviations) => {
    const result = parseDocNumber(raw);
    expect(result).toMatchObject({ ok: true, value: { canonical: '泉政发〔2015〕12号', deviations } });
  });

  test('reads order numbers', () => {
    expect(parseDocNumber('国务院令第649号')).toMatchObject({
      ok: true,
      value: { kind: 'order', canonical: '国务院令第649号', deviations: [] },
    });
    expect(parseDocNumber('国务院令649号')).toMatchObject({
      ok: true,
      value: { canonical: '国务院令第649号', deviations: ['令号前缺少“第”'] },
    });
  });

  test('rejects two-digit years, zero numbers and other text', () => {
    expect(parseDocNumber('泉政发〔15〕12号')).toEqual({
      ok: false,
      reason: '年份“15”只有两位，无法确定年代；应写四位年份，例如 〔2015〕',
    });
    expect(parseDocNumber('泉政发〔2015〕0号')).toEqual({ ok: false, reason: '序号不能为 0' });
    expect(parseDocNumber('关于低保的通知')).toEqual({
      ok: false,
      reason: '“关于低保的通知”不是文号格式；应为“机关代字〔年份〕序号号”，例如 国办发〔2017〕47号',
    });
    expect(parseDocNumber('泉政发〔1850〕1号')).toEqual({ ok: false, reason: '年份“1850”不是有效的四位年份' });
  });

  test('canonicalDocNumber leaves unparseable text alone', () => {
    expect(canonicalDocNumber('泉政发(2015)12号')).toBe('泉政发〔2015〕12号');
    expect(canonicalDocNumber('不是文号')).toBe('不是文号');
  });
});

test('an order of the State Council is cited without 中华人民共和国', () => {
  expect(canonicalDocNumber('中华人民共和国国务院令第649号')).toBe('国务院令第649号');
});

describe('what a 文号 is not', () => {
  test('泉政发〔2015〕12号文 is not a 文号: text after 号 is not dropped', () => {
    expect(parseDocNumber('泉政发〔2015〕12号文')).toEqual({
      ok: false,
      reason: '“泉政发〔2015〕12号文”不是文号格式；应为“机关代字〔年份〕序号号”，例如 国办发〔2017〕47号',
    });
    expect(canonicalDocNumber('泉政发〔2015〕12号文')).toBe('泉政发〔2015〕12号文');
    expect(parseDocNumber('国务院令第649号令')).toMatchObject({ ok: false });
  });

  test('mixed brackets 〔2015] are read, and named as a deviation', () => {
    expect(parseDocNumber('泉政发〔2015]12号')).toMatchObject({
      ok: true,
      value: { canonical: '泉政发〔2015〕12号', deviations: ['年份应使用六角括号〔〕，而不是〔]'] },
    });
    expect(parseDocNumber('泉政发[2015〕12号')).toMatchObject({
      ok: true,
      value: { canonical: '泉政发〔2015〕12号', deviations: ['年份应使用六角括号〔〕，而不是[〕'] },
    });
  });
});
