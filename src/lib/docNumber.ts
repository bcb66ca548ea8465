/**
 * 发文字号 (document numbers) after GB/T 9704-2012: `机关代字〔年份〕序号号`, e.g. `国办发〔2017〕47号`;
 * orders are `国务院令第739号`.
 *
 * Editors type [] () ［］ （） ﹝﹞ 【】 around the year, full-width digits, spaces, leading zeros
 * or 第. We keep what they typed, compute the canonical form, and say what differs so the check
 * can warn. A two-digit year is ambiguous and rejected.
 */

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
    deviations.push('含有空格');
    text = text.replace(/\s+/g, '');
  }
  if (text === '') return { ok: false, reason: '文号为空' };
  const digits = asciiDigits(text);
  if (digits !== text) deviations.push('使用了全角数字');
  text = digits;

  const order = ORDER_RE.exec(text);
  if (order?.groups) {
    const { di, seq = '', hao } = order.groups;
    // 中华人民共和国国务院令 is cited as 国务院令.
    const code = (order.groups['code'] ?? '').replace(/^中华人民共和国/, '');
    if (!di) deviations.push('令号前缺少“第”');
    if (!hao) deviations.push('末尾缺少“号”');
    if (/^0\d/.test(seq)) deviations.push('序号有前导零');
    const n = Number(seq);
    if (n === 0) return { ok: false, reason: '序号不能为 0' };
    return {
      ok: true,
      value: { kind: 'order', code, seq: n, canonical: `${code}第${n}号`, deviations },
    };
  }

  const m = STANDARD_RE.exec(text);
  if (!m?.groups) {
    return {
      ok: false,
      reason: `“${raw}”不是文号格式；应为“机关代字〔年份〕序号号”，例如 国办发〔2017〕47号`,
    };
  }
  const { code = '', year = '', di, seq = '', hao } = m.groups;
  if (year.length === 2) {
    return { ok: false, reason: `年份“${year}”只有两位，无法确定年代；应写四位年份，例如 〔20${year}〕` };
  }
  const y = Number(year);
  if (year.length !== 4 || y < 1949 || y > 2100) {
    return { ok: false, reason: `年份“${year}”不是有效的四位年份` };
  }
  const open = text[code.length];
  const close = text[code.length + 1 + year.length];
  if (open !== '〔' || close !== '〕') deviations.push(`年份应使用六角括号〔〕，而不是${open}${close}`);
  if (di) deviations.push('序号前不应有“第”');
  if (/^0\d/.test(seq)) deviations.push('序号有前导零');
  if (!hao) deviations.push('末尾缺少“号”');
  const n = Number(seq);
  if (n === 0) return { ok: false, reason: '序号不能为 0' };
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
