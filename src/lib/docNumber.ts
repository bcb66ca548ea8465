/**
 * 发文字号 (document numbers) after GB/T 9704-2012: `机关代字〔年份〕序号号`, e.g. `国办发〔2017〕47号`;
 * orders are `国务院令第739号`.
 *
 * Editors type [] () ［］ （） ﹝﹞ 【】 around the year, full-width digits, spaces, leading zeros
 * or 第. We keep what they typed, compute the canonical form, and say what differs so the check
 * can warn. A two-digit year is ambiguous and rejected.
 */

import { docNumberText } from '../i18n/formats.ts';

const { reasons, deviations: differs } = docNumberText;

export type DocNumber = {
  kind: 'standard' | 'order';
  /** 机关代字, e.g. `国办发`, or the issuer part of an order, e.g. `国务院令`. */
  code: string;
  /** Four-digit year; absent for orders. */
  year?: number;
  /** 序号 without leading zeros. */
  seq: number;
  /** The form GB/T 9704 prescribes. */
  canonical: string;
  /** What differs from the canonical form, in Chinese; empty when the input was canonical. */
  deviations: string[];
};

export type DocNumberResult = { ok: true; value: DocNumber } | { ok: false; reason: string };

// Escaped for use inside a regular-expression character class.
const OPEN = '〔\\[(（【［﹝';
const CLOSE = '〕\\])）】］﹞';
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

const STANDARD_RE = new RegExp(
  `^(?<code>[^${OPEN}${CLOSE}\\d]+?)[${OPEN}](?<year>\\d+)[${CLOSE}](?<di>第)?(?<seq>\\d+)(?<hao>号)?$`,
);
const ORDER_RE = /^(?<code>[^\d]*令)(?<di>第)?(?<seq>\d+)(?<hao>号)?$/;

/** Full-width digits to ASCII, without touching the brackets (NFKC would turn 〔 into nothing else but ﹝ into 〔). */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

export function parseDocNumber(raw: string): DocNumberResult {
  const deviations: string[] = [];
  let text = raw.replace(ZERO_WIDTH, '');
  if (/\s/.test(text)) {
    deviations.push(differs.spaces);
    text = text.replace(/\s+/g, '');
  }
  if (text === '') return { ok: false, reason: reasons.empty };
  const digits = asciiDigits(text);
  if (digits !== text) deviations.push(differs.fullWidthDigits);
  text = digits;

  const order = ORDER_RE.exec(text);
  if (order?.groups) {
    const { di, seq = '', hao } = order.groups;
    // 中华人民共和国国务院令 is cited as 国务院令.
    const code = (order.groups['code'] ?? '').replace(/^中华人民共和国/, '');
    if (!di) deviations.push(differs.orderWithoutDi);
    if (!hao) deviations.push(differs.withoutHao);
    if (/^0\d/.test(seq)) deviations.push(differs.leadingZero);
    const n = Number(seq);
    if (n === 0) return { ok: false, reason: reasons.zeroSeq };
    return {
      ok: true,
      value: { kind: 'order', code, seq: n, canonical: `${code}第${n}号`, deviations },
    };
  }

  const m = STANDARD_RE.exec(text);
  if (!m?.groups) {
    return {
      ok: false,
      reason: reasons.notADocNumber(raw),
    };
  }
  const { code = '', year = '', di, seq = '', hao } = m.groups;
  if (year.length === 2) {
    return { ok: false, reason: reasons.twoDigitYear(year) };
  }
  const y = Number(year);
  if (year.length !== 4 || y < 1949 || y > 2100) {
    return { ok: false, reason: reasons.badYear(year) };
  }
  const open = text[code.length];
  const close = text[code.length + 1 + year.length];
  if (open !== '〔' || close !== '〕') deviations.push(differs.brackets(open, close));
  if (di) deviations.push(differs.withDi);
  if (/^0\d/.test(seq)) deviations.push(differs.leadingZero);
  if (!hao) deviations.push(differs.withoutHao);
  const n = Number(seq);
  if (n === 0) return { ok: false, reason: reasons.zeroSeq };
  return {
    ok: true,
    value: { kind: 'standard', code, year: y, seq: n, canonical: `${code}〔${y}〕${n}号`, deviations },
  };
}

/** The canonical form, or the input unchanged when it cannot be parsed. */
export function canonicalDocNumber(raw: string): string {
  const result = parseDocNumber(raw);
  return result.ok ? result.value.canonical : raw;
}
