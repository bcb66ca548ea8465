/**
 * Calendar dates and times as editors write them, kept as plain strings.
 *
 * Dates never pass through `Date` objects in the site's logic: a `Date` carries the build
 * machine's clock zone, and YAML turns an impossible `2015-13-45` into 2016-02-14 without a
 * word. Everything here works on the text the editor typed, in the site's time zone.
 */

import { dateText } from '../i18n/formats.ts';

/** `YYYY-MM-DD`, a calendar day. */
export type PlainDate = string;
/** `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`, a day with an optional time of day in the site's zone. */
export type PlainDateTime = string;

export type DateCheck = { ok: true; value: string } | { ok: false; reason: string };

const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DATE_TIME_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checkDay(year: number, month: number, day: number): string | undefined {
  if (year < 1949 || year > 2100) return dateText.yearOutOfRange(year);
  if (month < 1 || month > 12) return dateText.noSuchMonth(month);
  const max = daysInMonth(year, month);
  if (day < 1 || day > max) return dateText.noSuchDay(year, month, day, max);
  return undefined;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Checks a `YYYY-MM-DD` string against the real calendar; returns it zero-padded. */
export function checkPlainDate(text: string): DateCheck {
  const m = DATE_RE.exec(text.trim());
  if (!m) return { ok: false, reason: dateText.notADate(text) };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const problem = checkDay(year, month, day);
  if (problem) return { ok: false, reason: dateText.noSuchDate(text, problem) };
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** Checks `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`; returns it zero-padded with a space separator. */
export function checkPlainDateTime(text: string): DateCheck {
  const m = DATE_TIME_RE.exec(text.trim());
  if (!m) return { ok: false, reason: dateText.notADateTime(text) };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const problem = checkDay(year, month, day);
  if (problem) return { ok: false, reason: dateText.noSuchDate(text, problem) };
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return { ok: true, value: date };
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  if (hour > 23 || minute > 59) return { ok: false, reason: dateText.noSuchTime(m[4], m[5]) };
  return { ok: true, value: `${date} ${pad(hour)}:${pad(minute)}` };
}

/**
 * A `Date` that a YAML parser made from an unquoted `2015-06-02` stands for that calendar day
 * at UTC midnight. Only safe once the raw text was checked (see `src/lib/content/read.ts`).
 */
export function plainDateFromYamlDate(date: Date): PlainDate {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day part of a date or date-time string. */
export function dayOf(value: PlainDateTime): PlainDate {
  return value.slice(0, 10);
}

export function yearOf(value: PlainDateTime): number {
  return Number(value.slice(0, 4));
}

/** Compares two date or date-time strings (they sort as text once zero-padded). */
export function compareDates(a: PlainDateTime, b: PlainDateTime): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar day and time of `instant` in `timeZone`, as `YYYY-MM-DD HH:MM`. */
export function dateTimeInZone(instant: Date, timeZone: string): PlainDateTime {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/**
 * "Today" for the site: the calendar day in the site's time zone, never the build machine's.
 * `override` (from `GONGKAI_TODAY`) pins it for tests and for rebuilding a past state.
 */
export function todayInZone(timeZone: string, override?: string, now: Date = new Date()): PlainDate {
  if (override) {
    const check = checkPlainDate(override);
    if (!check.ok) throw new Error(dateText.badToday(check.reason));
    return check.value;
  }
  return dayOf(dateTimeInZone(now, timeZone));
}

/** An instant with its offset, as `GONGKAI_NOW` takes it: `2026-11-26T16:30:00Z`, `2026-11-27T00:30+08:00`. */
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The site's clock: "today" in the site's time zone. `GONGKAI_NOW` (an instant with its offset)
 * sets the clock, so tests run at a chosen moment and the time zone is still exercised;
 * `GONGKAI_TODAY` (a day) pins the day itself, for rebuilding a past state.
 */
export function siteToday(timeZone: string, env: Env = process.env): PlainDate {
  return env['GONGKAI_NOW']
    ? todayInZone(timeZone, undefined, clockNow(env))
    : todayInZone(timeZone, env['GONGKAI_TODAY']);
}

type Env = Record<string, string | undefined>;

/** The current instant: `GONGKAI_NOW` when set (checked), else the machine's clock. */
export function clockNow(env: Env = process.env): Date {
  const now = env['GONGKAI_NOW'];
  if (!now) return new Date();
  const instant = new Date(now);
  if (!INSTANT_RE.test(now) || Number.isNaN(instant.getTime())) {
    throw new Error(dateText.badNow(now));
  }
  return instant;
}

/** `2024-03-05` → `2024年3月5日`; keeps a time of day if present. */
export function formatChineseDate(value: PlainDateTime): string {
  const [date, time] = value.split(' ');
  const [y, m, d] = (date ?? '').split('-').map(Number);
  const day = `${y}年${m}月${d}日`;
  return time ? `${day} ${time}` : day;
}

/** PubDate meta tag form: `YYYY-MM-DD HH:MM` (a date alone is given 00:00). */
export function formatPubDate(value: PlainDateTime): string {
  return value.length === 10 ? `${value} 00:00` : value;
}

/**
 * The instant at which the wall-clock `value` (`YYYY-MM-DD[ HH:MM]`) happens in `timeZone`, for
 * feeds and other formats that need an absolute time. A date alone means 00:00 that day.
 */
export function instantInZone(value: PlainDateTime, timeZone: string): Date {
  const [date, time = '00:00'] = value.split(' ');
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  // The zone's offset at that moment: how the UTC reading differs from the zone's reading.
  const zoned = dateTimeInZone(new Date(asUtc), timeZone);
  const offset = Date.parse(`${zoned.replace(' ', 'T')}:00Z`) - asUtc;
  return new Date(asUtc - offset);
}
