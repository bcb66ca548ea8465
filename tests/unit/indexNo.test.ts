import { expect, test } from 'vitest';
import { exampleIndexNo, formatIndexNo, indexNoRegExp, parseIndexNo } from '../../src/lib/indexNo.ts';

const national = { pattern: '{org}/{year}-{seq}', org: '000014349', seqDigits: 5 };
const creditCode = { pattern: '{org}/{year}{month}-{seq}', org: '11341702486344515H', seqDigits: 5 };

test('the national 2008 form', () => {
  expect(indexNoRegExp(national).test('000014349/2017-00110')).toBe(true);
  expect(indexNoRegExp(national).test('000014349/2017-110')).toBe(false);
  expect(indexNoRegExp(national).test('000014348/2017-00110')).toBe(false);
  expect(parseIndexNo(national, '000014349/2017-00110')).toEqual({ year: 2017, seq: 110 });
  expect(exampleIndexNo(national)).toBe('000014349/2026-00001');
});

test('a credit-code form with year and month', () => {
  expect(parseIndexNo(creditCode, '11341702486344515H/202110-00013')).toEqual({ year: 2021, month: 10, seq: 13 });
  expect(parseIndexNo(creditCode, '11341702486344515H/202113-00013')).toBeUndefined();
  expect(formatIndexNo(creditCode, { year: 2021, month: 10, seq: 13 })).toBe('11341702486344515H/202110-00013');
});

test('special characters in the organisation code are literal', () => {
  const dotted = { pattern: '{org}.{year}.{seq}', org: 'A.B', seqDigits: 3 };
  expect(indexNoRegExp(dotted).test('A.B.2024.001')).toBe(true);
  expect(indexNoRegExp(dotted).test('AxB.2024.001')).toBe(false);
});
