import { describe, expect, test } from 'vitest';
import {
  checkPlainDate,
  checkPlainDateTime,
  dateTimeInZone,
  formatChineseDate,
  formatPubDate,
  todayInZone,
  instantInZone,
  siteToday,
} from '../../src/lib/dates.ts';

describe('checkPlainDate', () => {
  test('accepts real days and pads them', () => {
    expect(checkPlainDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(checkPlainDate('2015-6-2')).toEqual({ ok: true, value: '2015-06-02' });
  });

  test.each([
    ['2015-13-45', '日期“2015-13-45”不存在：没有 13 月'],
    ['2015-02-29', '日期“2015-02-29”不存在：2015 年 2 月没有 29 日（该月只有 28 天）'],
    ['2100-02-29', '日期“2100-02-29”不存在：2100 年 2 月没有 29 日（该月只有 28 天）'],
    ['2024-04-31', '日期“2024-04-31”不存在：2024 年 4 月没有 31 日（该月只有 30 天）'],
    ['2024-00-10', '日期“2024-00-10”不存在：没有 0 月'],
    ['1900-01-01', '日期“1900-01-01”不存在：年份 1900 超出范围（1949—2100）'],
    ['2024/03/05', '“2024/03/05”不是日期格式'],
    ['三月五日', '“三月五日”不是日期格式'],
  ])('rejects %s', (text, reason) => {
    expect(checkPlainDate(text)).toEqual({ ok: false, reason });
  });

  // Every month of 30 days, not only April: 2026-11-31 does not exist.
  test.each([4, 6, 9, 11])('month %i has 30 days: its 30th exists, its 31st does not', (month) => {
    const m = String(month).padStart(2, '0');
    expect(checkPlainDate(`2026-${m}-30`)).toEqual({ ok: true, value: `2026-${m}-30` });
    expect(checkPlainDate(`2026-${m}-31`)).toEqual({
      ok: false,
      reason: `日期“2026-${m}-31”不存在：2026 年 ${month} 月没有 31 日（该月只有 30 天）`,
    });
  });

  test.each([1, 3, 5, 7, 8, 10, 12])('month %i has 31 days', (month) => {
    const m = String(month).padStart(2, '0');
    expect(checkPlainDate(`2026-${m}-31`)).toEqual({ ok: true, value: `2026-${m}-31` });
    expect(checkPlainDate(`2026-${m}-32`).ok).toBe(false);
  });
});

describe('checkPlainDateTime', () => {
  test('accepts a day with or without a time', () => {
    expect(checkPlainDateTime('2024-03-05')).toEqual({ ok: true, value: '2024-03-05' });
    expect(checkPlainDateTime('2024-03-05 9:30')).toEqual({ ok: true, value: '2024-03-05 09:30' });
    expect(checkPlainDateTime('2024-03-05T09:30')).toEqual({ ok: true, value: '2024-03-05 09:30' });
  });

  test('rejects impossible times and days', () => {
    expect(checkPlainDateTime('2024-03-05 24:10')).toEqual({ ok: false, reason: '时间“24:10”不存在' });
    expect(checkPlainDateTime('2024-02-30 10:00').ok).toBe(false);
    expect(checkPlainDateTime('2024-03-05 09:30:00').ok).toBe(false);
  });
});

describe('today in the site time zone', () => {
  // 2026-11-26 17:30 UTC is already 2026-11-27 01:30 in Shanghai.
  const instant = new Date(Date.UTC(2026, 10, 26, 17, 30));

  test('follows the site zone, not the machine clock zone', () => {
    expect(todayInZone('Asia/Shanghai', undefined, instant)).toBe('2026-11-27');
    expect(todayInZone('UTC', undefined, instant)).toBe('2026-11-26');
    expect(dateTimeInZone(instant, 'Asia/Shanghai')).toBe('2026-11-27 01:30');
  });

  test('can be pinned, and a wrong pin is an error', () => {
    expect(todayInZone('Asia/Shanghai', '2025-01-31', instant)).toBe('2025-01-31');
    expect(() => todayInZone('Asia/Shanghai', '2025-02-30', instant)).toThrowErrorMatchingInlineSnapshot(
      `[Error: GONGKAI_TODAY 的值无效：日期“2025-02-30”不存在：2025 年 2 月没有 30 日（该月只有 28 天）；应为 YYYY-MM-DD。]`,
    );
  });
});

test('dates are shown in Chinese and PubDate has a time', () => {
  expect(formatChineseDate('2024-03-05')).toBe('2024年3月5日');
  expect(formatChineseDate('2024-03-05 09:30')).toBe('2024年3月5日 09:30');
  expect(formatPubDate('2024-03-05')).toBe('2024-03-05 00:00');
  expect(formatPubDate('2024-03-05 09:30')).toBe('2024-03-05 09:30');
});

test('a wall-clock time in the site zone is the right instant', () => {
  expect(instantInZone('2024-03-05 09:30', 'Asia/Shanghai').toISOString()).toBe('2024-03-05T01:30:00.000Z');
  expect(instantInZone('2024-03-05', 'Asia/Shanghai').toISOString()).toBe('2024-03-04T16:00:00.000Z');
  expect(instantInZone('2024-07-01 12:00', 'Europe/Berlin').toISOString()).toBe('2024-07-01T10:00:00.000Z');
});

describe('the site clock (GONGKAI_NOW), at the day boundary', () => {
  test('at 23:30 UTC it is already tomorrow in Shanghai', () => {
    expect(siteToday('Asia/Shanghai', { GONGKAI_NOW: '2026-11-26T23:30:00Z' })).toBe('2026-11-27');
    expect(siteToday('UTC', { GONGKAI_NOW: '2026-11-26T23:30:00Z' })).toBe('2026-11-26');
  });

  test('the day changes at midnight in the site zone, not at midnight UTC', () => {
    expect(siteToday('Asia/Shanghai', { GONGKAI_NOW: '2026-11-26T15:59:00Z' })).toBe('2026-11-26');
    expect(siteToday('Asia/Shanghai', { GONGKAI_NOW: '2026-11-26T16:00:00Z' })).toBe('2026-11-27');
    expect(siteToday('Asia/Shanghai', { GONGKAI_NOW: '2026-11-27T00:30:00+08:00' })).toBe('2026-11-27');
    // A site elsewhere: 2026-11-27 07:30 UTC is still the 26th in Honolulu.
    expect(siteToday('Pacific/Honolulu', { GONGKAI_NOW: '2026-11-27T07:30:00Z' })).toBe('2026-11-26');
  });

  test('the clock wins over a pinned day; a pinned day alone still works', () => {
    expect(siteToday('Asia/Shanghai', { GONGKAI_NOW: '2026-11-26T16:30:00Z', GONGKAI_TODAY: '2020-01-01' })).toBe(
      '2026-11-27',
    );
    expect(siteToday('Asia/Shanghai', { GONGKAI_TODAY: '2020-01-01' })).toBe('2020-01-01');
  });

  test('a clock without its offset is refused: it would be read in the machine zone', () => {
    expect(() => siteToday('Asia/Shanghai', { GONGKAI_NOW: '2026-11-26 23:30' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: GONGKAI_NOW 的值无效：“2026-11-26 23:30”；应为带时区的时刻，例如 2026-11-26T16:30:00Z。]`,
    );
    expect(() => siteToday('Asia/Shanghai', { GONGKAI_NOW: '2026-13-45T00:00:00Z' })).toThrow(/GONGKAI_NOW 的值无效/);
  });
});
