/**
 * 索引号 (disclosure index numbers). Departments use different forms — the national 2008 form
 * `000014349/2017-00110`, credit-code forms `11341702486344515H/202110-00013` — so the form is a
 * template in the site configuration: `{org}/{year}-{seq}` with the organisation code and the
 * number of digits of the sequence. Placeholders: `{org}`, `{year}`, `{month}`, `{seq}`.
 */

export type IndexNoFormat = {
  /** Template, e.g. `{org}/{year}-{seq}`. */
  pattern: string;
  /** Organisation code that replaces `{org}`, e.g. `013999999`. */
  org: string;
  /** Digits of `{seq}`, zero-padded, e.g. 5 → `00012`. */
  seqDigits: number;
};

export type IndexNoParts = { year: number; month?: number; seq: number };

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function indexNoRegExp(format: IndexNoFormat): RegExp {
  const source = format.pattern
    .split(/(\{org\}|\{year\}|\{month\}|\{seq\})/)
    .map((part) => {
      switch (part) {
        case '{org}':
          return escapeRe(format.org);
        case '{year}':
          return '(?<year>(?:19|20)\\d{2})';
        case '{month}':
          return '(?<month>0[1-9]|1[0-2])';
        case '{seq}':
          return `(?<seq>\\d{${format.seqDigits}})`;
        default:
          return escapeRe(part);
      }
    })
    .join('');
  return new RegExp(`^${source}$`);
}

/** An example index number of this format, for error messages and the editor guide. */
export function exampleIndexNo(format: IndexNoFormat, year = 2026, seq = 1): string {
  return formatIndexNo(format, { year, month: 1, seq });
}

export function formatIndexNo(format: IndexNoFormat, parts: IndexNoParts): string {
  return format.pattern
    .replace('{org}', format.org)
    .replace('{year}', String(parts.year))
    .replace('{month}', String(parts.month ?? 1).padStart(2, '0'))
    .replace('{seq}', String(parts.seq).padStart(format.seqDigits, '0'));
}

export function parseIndexNo(format: IndexNoFormat, value: string): IndexNoParts | undefined {
  const groups = indexNoRegExp(format).exec(value)?.groups;
  if (!groups) return undefined;
  const parts: IndexNoParts = { year: Number(groups['year']), seq: Number(groups['seq']) };
  if (groups['month']) parts.month = Number(groups['month']);
  return parts;
}
