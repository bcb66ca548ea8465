/**
 * The rules of the domain core at their edges: 文号 and 索引号, calendar dates and times, the
 * arithmetic of the annual report, relations between policies, validity and duty-list changes.
 * Each case is a boundary an editor can hit (the first and last valid year, day 0, a minute of
 * 60, a leading zero, a loop entered from outside) and what the editor is told about it.
 */
import { describe, expect, test } from 'vitest';
import { canonicalDocNumber, parseDocNumber } from '../../src/lib/docNumber.ts';
import { checkPlainDate, checkPlainDateTime, plainDateFromYamlDate } from '../../src/lib/dates.ts';
import { exampleIndexNo, formatIndexNo } from '../../src/lib/indexNo.ts';
import {
  checkApplicationTable,
  groupSubtotal,
  paragraphs,
  type ApplicantRow,
  type ApplicationResults,
  type ApplicationTable,
} from '../../src/lib/annualReport.ts';
import { buildRelations, supersessionCycles, type RelationSource } from '../../src/lib/documents/relations.ts';
import { statusConflict, statusOn } from '../../src/lib/documents/validity.ts';
import { diffChecklists } from '../../src/lib/documents/checklistDiff.ts';
import type { ChecklistItem } from '../../src/schemas/checklist.ts';

describe('文号 at its edges', () => {
  test('an empty 文号, or one of spaces only, is called empty', () => {
    expect(parseDocNumber('')).toMatchInlineSnapshot(`
      {
        "ok": false,
        "reason": "文号为空",
      }
    `);
    expect(parseDocNumber('  　')).toEqual(parseDocNumber(''));
  });

  test('a zero-width space pasted from a web page is no deviation', () => {
    expect(parseDocNumber('泉政发〔2015〕12号\u200B')).toEqual(parseDocNumber('泉政发〔2015〕12号'));
    expect(parseDocNumber('\uFEFF国务院令第649号')).toMatchObject({
      ok: true,
      value: { canonical: '国务院令第649号', deviations: [] },
    });
  });

  test('an order: a missing 号, a leading zero and number 0 are named; a 0 inside the number is fine', () => {
    expect(parseDocNumber('国务院令第649')).toMatchObject({
      ok: true,
      value: { canonical: '国务院令第649号', deviations: ['末尾缺少“号”'] },
    });
    expect(parseDocNumber('国务院令第0649号')).toMatchObject({
      ok: true,
      value: { canonical: '国务院令第649号', deviations: ['序号有前导零'] },
    });
    expect(parseDocNumber('国务院令第705号')).toMatchObject({ ok: true, value: { seq: 705, deviations: [] } });
    expect(parseDocNumber('国务院令第0号')).toMatchInlineSnapshot(`
      {
        "ok": false,
        "reason": "序号不能为 0",
      }
    `);
  });

  test('a 0 inside a standard 序号 is no leading zero', () => {
    expect(parseDocNumber('泉政发〔2015〕105号')).toMatchObject({ ok: true, value: { seq: 105, deviations: [] } });
  });

  test('only a leading 中华人民共和国 is dropped from an order: inside a joint order it stays', () => {
    expect(canonicalDocNumber('国家发展和改革委员会、中华人民共和国商务部令第2号')).toBe(
      '国家发展和改革委员会、中华人民共和国商务部令第2号',
    );
  });

  test('the years 1949 and 2100 are valid; 1948, 2101 and a five-digit 02015 are not', () => {
    expect(parseDocNumber('泉政发〔1949〕1号')).toMatchObject({ ok: true, value: { year: 1949 } });
    expect(parseDocNumber('泉政发〔2100〕1号')).toMatchObject({ ok: true, value: { year: 2100 } });
    expect(['泉政发〔1948〕1号', '泉政发〔2101〕1号', '泉政发〔02015〕1号'].map((raw) => parseDocNumber(raw)))
      .toMatchInlineSnapshot(`
      [
        {
          "ok": false,
          "reason": "年份“1948”不是有效的四位年份",
        },
        {
          "ok": false,
          "reason": "年份“2101”不是有效的四位年份",
        },
        {
          "ok": false,
          "reason": "年份“02015”不是有效的四位年份",
        },
      ]
    `);
  });
});

test('索引号: the month of a credit-code form is always two digits', () => {
  const creditCode = { pattern: '{org}/{year}{month}-{seq}', org: '11341702486344515H', seqDigits: 5 };
  expect(formatIndexNo(creditCode, { year: 2021, month: 3, seq: 7 })).toBe('11341702486344515H/202103-00007');
  expect(exampleIndexNo(creditCode)).toBe('11341702486344515H/202601-00001');
});

describe('calendar days and times', () => {
  test('2000 had a 29 February: a year divisible by 400 is a leap year', () => {
    expect(checkPlainDate('2000-02-29')).toEqual({ ok: true, value: '2000-02-29' });
  });

  test('the first day of 1949 and the last of 2100 are in range; the days around them are not', () => {
    expect(checkPlainDate('1949-01-01')).toEqual({ ok: true, value: '1949-01-01' });
    expect(checkPlainDate('2100-12-31')).toEqual({ ok: true, value: '2100-12-31' });
    expect(checkPlainDate('2101-01-01')).toMatchInlineSnapshot(`
      {
        "ok": false,
        "reason": "日期“2101-01-01”不存在：年份 2101 超出范围（1949—2100）",
      }
    `);
    expect(checkPlainDate('1948-12-31').ok).toBe(false);
  });

  test('there is no day 0', () => {
    expect(checkPlainDate('2024-03-00')).toMatchInlineSnapshot(`
      {
        "ok": false,
        "reason": "日期“2024-03-00”不存在：2024 年 3 月没有 0 日（该月只有 31 天）",
      }
    `);
    expect(checkPlainDateTime('2024-03-0 08:00').ok).toBe(false);
  });

  test('spaces around a date or a time are ignored', () => {
    expect(checkPlainDate(' 2024-3-5 ')).toEqual({ ok: true, value: '2024-03-05' });
    expect(checkPlainDateTime(' 2024-03-05 9:30\n')).toEqual({ ok: true, value: '2024-03-05 09:30' });
  });

  test('23:59 is the last minute of a day; minute 60 does not exist', () => {
    expect(checkPlainDateTime('2024-12-31 23:59')).toEqual({ ok: true, value: '2024-12-31 23:59' });
    expect(checkPlainDateTime('2024-03-05 00:00')).toEqual({ ok: true, value: '2024-03-05 00:00' });
    expect(checkPlainDateTime('2024-03-05 10:60')).toMatchInlineSnapshot(`
      {
        "ok": false,
        "reason": "时间“10:60”不存在",
      }
    `);
  });

  test('a date that YAML read as a Date is the calendar day written, in every month', () => {
    // YAML makes an unquoted 2015-06-02 the instant 2015-06-02T00:00:00Z.
    expect(['2015-06-02', '2016-01-05', '2015-12-31'].map((day) => plainDateFromYamlDate(new Date(day)))).toEqual([
      '2015-06-02',
      '2016-01-05',
      '2015-12-31',
    ]);
  });
});

// ---------------------------------------------------------------- annual report, table 3

/** A table 3 row from the six applicant numbers; the total is their sum. */
const row = (person = 0, business = 0, research = 0, welfare = 0, legal = 0, otherOrg = 0): ApplicantRow => ({
  person,
  business,
  research,
  welfare,
  legal,
  otherOrg,
  total: person + business + research + welfare + legal + otherOrg,
});
const zeros = (keys: string[]) => Object.fromEntries(keys.map((key) => [key, row()]));

/** 10 + 2 received, 1 carried over; 8 disclosed, 1 withheld, 2 not held, 2 carried forward. */
function table(): ApplicationTable {
  return {
    received: row(10, 2),
    carriedOver: row(1),
    results: {
      disclosed: row(7, 1),
      partlyDisclosed: row(),
      withheld: {
        ...zeros([
          'stateSecret',
          'prohibitedByLaw',
          'securityAndStability',
          'internalAffairs',
          'processInformation',
          'enforcementCaseFiles',
          'inquiryMatters',
        ]),
        thirdPartyRights: row(0, 1),
      },
      unavailable: { ...zeros(['needsCreation', 'stillUnclear']), notHeld: row(2) },
      notProcessed: zeros(['complaints', 'repeated', 'publications', 'excessive', 'confirmation']),
      otherHandling: zeros(['noCorrection', 'feeUnpaid', 'other']),
      total: row(9, 2),
    },
    carriedForward: row(2),
  } as ApplicationTable;
}
const messages = (t: ApplicationTable) => checkApplicationTable(t).map((f) => `${f.path.join('.')}: ${f.message}`);

describe('annual report, table 3', () => {
  test('the test table is correct', () => {
    expect(checkApplicationTable(table())).toEqual([]);
  });

  test('when nothing should be carried forward, the hint says 四 should be 0', () => {
    const t = table();
    t.received = row(8, 2);
    expect(messages(t)).toMatchInlineSnapshot(`
      [
        "carriedForward.person: 表3“自然人”列：一、本年新收 8 + 二、上年结转 1 = 9，但（七）总计 9 + 四、结转下年度继续办理 2 = 11；第一项加第二项之和应等于第三项加第四项之和。若其他数字无误，“四、结转下年度继续办理”应为 0。",
        "carriedForward.total: 表3“总计”列：一、本年新收 10 + 二、上年结转 1 = 11，但（七）总计 11 + 四、结转下年度继续办理 2 = 13；第一项加第二项之和应等于第三项加第四项之和。若其他数字无误，“四、结转下年度继续办理”应为 0。",
      ]
    `);
  });

  test('a wrong 总计 of 二 or of 四 is reported once, not again by the balance of the 总计 column', () => {
    const over = table();
    over.carriedOver.total = 2;
    expect(messages(over)).toMatchInlineSnapshot(`
      [
        "carriedOver.total: 表3“二、上年结转政府信息公开申请数量”行“总计”列：填写 2，但六类申请人之和为 1（自然人 1 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他（法人或其他组织） 0）；应为 1。",
      ]
    `);
    const forward = table();
    forward.carriedForward.total = 3;
    expect(messages(forward)).toMatchInlineSnapshot(`
      [
        "carriedForward.total: 表3“四、结转下年度继续办理”行“总计”列：填写 3，但六类申请人之和为 2（自然人 2 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他（法人或其他组织） 0）；应为 2。",
      ]
    `);
  });

  test('a wrong 总计 of 一 does not stop the check of （七）总计 against the result rows', () => {
    const t = table();
    t.received.total = 13;
    t.results.total = { ...row(9, 2), person: 8, total: 10 };
    expect(messages(t).map((m) => m.split(':')[0])).toEqual([
      'results.total.person',
      'received.total',
      'results.total.total',
    ]);
  });

  test('a group whose sub-rows are not all written counts the missing ones as 0', () => {
    const results = {
      ...table().results,
      unavailable: { notHeld: row(2), stillUnclear: row(1) },
    } as unknown as ApplicationResults;
    expect(groupSubtotal(results, 'unavailable', 'person')).toBe(3);
  });
});

describe('annual report text', () => {
  test('blank lines before and after the text make no empty paragraphs; an indent is dropped', () => {
    expect(paragraphs('\n\n　　本年度我局认真落实政务公开工作。\n\n\n')).toEqual(['本年度我局认真落实政务公开工作。']);
  });

  test('lines are joined with a space only between two Latin words or numbers', () => {
    expect(
      paragraphs(
        [
          '本年度共收到申请12件，其中',
          '10件来自自然人。',
          '',
          '网址为 www.example.gov.cn',
          '或拨打12345咨询。',
          '',
          'Annual report',
          '2025',
        ].join('\n'),
      ),
    ).toEqual([
      '本年度共收到申请12件，其中10件来自自然人。',
      '网址为 www.example.gov.cn或拨打12345咨询。',
      'Annual report 2025',
    ]);
  });
});

// ---------------------------------------------------------------- relations and validity

describe('relations between policies', () => {
  test('a repeal stated by the new document and a replacedBy on the old one are one relation', () => {
    const { edges } = buildRelations([
      { id: 'new', relations: [{ type: '废止', target: 'old' }] },
      { id: 'old', replacedBy: 'new' },
    ]);
    expect(edges).toEqual([{ from: 'new', to: 'old', type: '废止' }]);
  });

  test('a document that leads into a loop is not part of the loop; the loop starts from its smallest id', () => {
    const { edges } = buildRelations([
      { id: 'a', relations: [{ type: '废止', target: 'c' }] },
      { id: 'c', relations: [{ type: '修订', target: 'b' }] },
      { id: 'b', relations: [{ type: '替代', target: 'c' }] },
    ]);
    expect(supersessionCycles(edges)).toEqual([['b', 'c']]);
  });

  test('a loop next to a side branch names only the documents in the loop', () => {
    const { edges } = buildRelations([
      {
        id: 'a',
        relations: [
          { type: '废止', target: 'b' },
          { type: '替代', target: 'c' },
        ],
      },
      { id: 'c', relations: [{ type: '修订', target: 'a' }] },
    ]);
    expect(supersessionCycles(edges)).toEqual([['a', 'c']]);
  });

  test('two loops are both reported, in the order of their ids, whatever the order of the files', () => {
    const loop = (x: string, y: string): RelationSource[] => [
      { id: x, replacedBy: y },
      { id: y, replacedBy: x },
    ];
    expect(supersessionCycles(buildRelations([...loop('z', 'y'), ...loop('b', 'a')]).edges)).toEqual([
      ['a', 'b'],
      ['y', 'z'],
    ]);
    // Ids that run together (a + bc, ab + c) are still two loops.
    expect(supersessionCycles(buildRelations([...loop('a', 'bc'), ...loop('ab', 'c')]).edges)).toEqual([
      ['a', 'bc'],
      ['ab', 'c'],
    ]);
  });

  test('a long history where each version amends the two before it is checked without retracing it', () => {
    const versions = Array.from({ length: 80 }, (_, i) => `v${String(i).padStart(2, '0')}`);
    const documents: RelationSource[] = versions.map((id, i) => ({
      id,
      relations: versions.slice(Math.max(0, i - 2), i).map((target) => ({ type: '修订' as const, target })),
    }));
    const started = performance.now();
    expect(supersessionCycles(buildRelations(documents).edges)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('validity: what is shown and on what basis', () => {
  test.each([
    [
      { validity: '废止', validityDate: '2024-07-01' },
      { validity: '废止', since: '2024-07-01', basis: 'declared' },
    ],
    [
      { validity: '有效', effectiveDate: '2027-01-01' },
      { validity: '尚未生效', since: '2027-01-01', basis: 'dates' },
    ],
    [
      { validity: '失效', validityDate: '2023-01-01' },
      { validity: '失效', since: '2023-01-01', basis: 'declared' },
    ],
    [
      { validity: '有效', effectiveDate: '2025-01-01' },
      { validity: '有效', since: '2025-01-01', basis: 'declared' },
    ],
    [
      { validity: '尚未生效', validityDate: '2026-01-01' },
      { validity: '有效', since: '2026-01-01', basis: 'dates' },
    ],
    // validityDate is when a document takes effect only for a declared 尚未生效.
    [
      { validity: '有效', validityDate: '2027-01-01' },
      { validity: '有效', since: undefined, basis: 'declared' },
    ],
  ] as const)('%o on 2026-11-27 is shown as %o', (doc, status) => {
    expect(statusOn(doc, '2026-11-27')).toEqual(status);
  });

  test('a declared 有效 with a validityDate still to come is no conflict', () => {
    expect(statusConflict({ validity: '有效', validityDate: '2027-01-01' }, '2026-11-27')).toBeUndefined();
  });
});

test('a duty renamed under the same code is changed, not removed and added', () => {
  const item = (code: string, name: string): ChecklistItem => ({ code, name });
  const diff = diffChecklists([item('A-1', '协助开展低保入户调查')], [item('A-1', '协助开展低保入户核查')]);
  expect(diff.added).toEqual([]);
  expect(diff.removed).toEqual([]);
  expect(diff.changed.map((c) => [c.before.name, c.after.name, c.fields])).toEqual([
    ['协助开展低保入户调查', '协助开展低保入户核查', ['name']],
  ]);
});
