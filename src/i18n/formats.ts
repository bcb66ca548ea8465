/**
 * Why a date or a 文号 as an editor typed it cannot be read, and how a 文号 differs from the form
 * GB/T 9704-2012 prescribes (src/lib/dates.ts, src/lib/docNumber.ts); the check and the schemas
 * add what to write instead. Two objects, so that the search page's script, which reads 文号
 * (src/lib/search/query.ts), carries the words of 文号 only.
 */

/** Dates and times (src/lib/dates.ts), and the clock variables GONGKAI_TODAY and GONGKAI_NOW. */
export const dateText = {
  yearOutOfRange: (year: number) => `年份 ${year} 超出范围（1949—2100）`,
  noSuchMonth: (month: number) => `没有 ${month} 月`,
  noSuchDay: (year: number, month: number, day: number, max: number) =>
    `${year} 年 ${month} 月没有 ${day} 日（该月只有 ${max} 天）`,
  notADate: (text: string) => `“${text}”不是日期格式`,
  notADateTime: (text: string) => `“${text}”不是日期时间格式`,
  noSuchDate: (text: string, problem: string) => `日期“${text}”不存在：${problem}`,
  noSuchTime: (hour: string | undefined, minute: string | undefined) => `时间“${hour}:${minute}”不存在`,
  badToday: (reason: string) => `GONGKAI_TODAY 的值无效：${reason}；应为 YYYY-MM-DD。`,
  badNow: (now: string) => `GONGKAI_NOW 的值无效：“${now}”；应为带时区的时刻，例如 2026-11-26T16:30:00Z。`,
} as const;

/** 发文字号 (src/lib/docNumber.ts). */
export const docNumberText = {
  /** Why a 文号 cannot be read. */
  reasons: {
    empty: '文号为空',
    zeroSeq: '序号不能为 0',
    notADocNumber: (raw: string) => `“${raw}”不是文号格式；应为“机关代字〔年份〕序号号”，例如 国办发〔2017〕47号`,
    twoDigitYear: (year: string) => `年份“${year}”只有两位，无法确定年代；应写四位年份，例如 〔20${year}〕`,
    badYear: (year: string) => `年份“${year}”不是有效的四位年份`,
  },
  /** How a readable 文号 differs from the canonical form; the check joins them with ，. */
  deviations: {
    spaces: '含有空格',
    fullWidthDigits: '使用了全角数字',
    orderWithoutDi: '令号前缺少“第”',
    withoutHao: '末尾缺少“号”',
    leadingZero: '序号有前导零',
    brackets: (open: string | undefined, close: string | undefined) => `年份应使用六角括号〔〕，而不是${open}${close}`,
    withDi: '序号前不应有“第”',
  },
} as const;
