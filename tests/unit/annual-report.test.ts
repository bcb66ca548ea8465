import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { Document, isScalar, visit } from 'yaml';
import { AnnualReportSchema } from '../../src/schemas/annualReport.ts';
import {
  applicantColumns,
  checkAnnualReportYears,
  checkApplicationTable,
  checkConsecutiveYears,
  checkReviewTable,
  groupSubtotal,
  paragraphs,
  resultTerms,
  table3Rows,
  type ApplicantRow,
  type ReportNumbers,
} from '../../src/lib/annualReport.ts';
import { checkSite } from '../../src/lib/check/site.ts';
import { sitePaths } from '../../src/lib/content/paths.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { parsedOf, problemsOf } from '../helpers/content.ts';

// ---------------------------------------------------------------- a small valid report

type Data = Record<string, unknown>;

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

/**
 * 2025: 10 new applications from people and 2 from businesses, 1 carried over; 8 disclosed,
 * 1 withheld (third party), 2 not held, 1 carried forward. Table 4: one review upheld.
 */
function validReport(): Data {
  return {
    year: 2025,
    title: '测试区民政局2025年政府信息公开工作年度报告',
    publishDate: '2026-01-20',
    indexNo: '013000000/2026-00090',
    overview: '本年度我局认真落实政务公开工作。\n\n全年主动公开政府信息 120 条。',
    activeDisclosure: {
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 2, repealed: 1, inForce: 6 },
      licensing: 40,
      punishment: 1,
      enforcement: 0,
      feeAmount: 0,
    },
    applications: {
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
    },
    reviewAndLitigation: {
      review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    },
    problemsAndImprovements: '解读形式还比较单一。',
    otherMatters: '本年度未收取信息处理费。',
  };
}

/** Sets (or, with `undefined`, removes) the value at a dotted path. */
function edit(data: Data, path: string, value: unknown): Data {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = data;
  for (const key of keys) node = node[key] as Data;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return data;
}

/** YAML as an editor would write it: each table row on one line, `{ person: 1, … }`. */
function rowsInFlow(data: Data): string {
  const doc = new Document(data);
  visit(doc, {
    Map(_, node) {
      if (node.items.every((pair) => isScalar(pair.value) && typeof pair.value.value === 'number')) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const problems = (...edits: [string, unknown][]) => {
  const data = validReport();
  for (const [path, value] of edits) edit(data, path, value);
  return problemsOf(AnnualReportSchema, rowsInFlow(data), 'content/annual-reports/2025.yaml');
};

describe('the annual report schema', () => {
  test('the test report is written one table row per line', () => {
    const yaml = rowsInFlow(validReport());
    expect(yaml).toContain(
      '  received: { person: 10, business: 2, research: 0, welfare: 0, legal: 0, otherOrg: 0, total: 12 }\n',
    );
    expect(yaml).toContain('  review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 }\n');
  });

  test('a complete report with correct sums is valid, and the publisher is optional', () => {
    expect(problems()).toEqual([]);
    const parsed = parsedOf(AnnualReportSchema, rowsInFlow(validReport()));
    expect(parsed.publisher).toBeUndefined();
    expect(parsed.applications.results.total).toEqual(row(9, 2));
    expect(parsed.activeDisclosure.feeAmount).toBe(0);
  });

  test('every cell is required; a missing one names its table, row and column', () => {
    expect(problems(['applications.results.withheld.stateSecret.person', undefined])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:23: applications.results.withheld.stateSecret.person（自然人）: 缺少此项；应填写表3“（三）不予公开 1.属于国家秘密”行“自然人”列的件数（不小于 0 的整数，没有请填 0）。",
      ]
    `);
    expect(problems(['activeDisclosure.normativeDocuments.inForce', undefined])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:11: activeDisclosure.normativeDocuments.inForce（现行有效件数）: 缺少此项；应填写表2“行政规范性文件”行“现行有效件数”列的件数（不小于 0 的整数，没有请填 0）。",
      ]
    `);
    expect(problems(['activeDisclosure.licensing', undefined])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:10: activeDisclosure.licensing（行政许可）: 缺少此项；应填写表2“行政许可”行“本年处理决定数量”列的件数（不小于 0 的整数，没有请填 0）。",
      ]
    `);
    expect(problems(['reviewAndLitigation.litigationDirect.pending', undefined])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:49: reviewAndLitigation.litigationDirect.pending（尚未审结）: 缺少此项；应填写表4“行政诉讼（未经复议直接起诉）”下的“尚未审结”的件数（不小于 0 的整数，没有请填 0）。",
      ]
    `);
  });

  test('an empty cell is not read as 0', () => {
    expect(problems(['applications.received.legal', null])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:22: applications.received.legal（法律服务机构）: 此项为空；应填写表3“一、本年新收政府信息公开申请数量”行“法律服务机构”列的件数（不小于 0 的整数，没有请填 0）。",
      ]
    `);
  });

  test('counts are whole numbers, 0 or more', () => {
    expect(
      problems(
        ['applications.carriedOver.person', -1],
        ['applications.received.person', 10.5],
        ['reviewAndLitigation.review.upheld', '一'],
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:17: applications.received.person（自然人）: 不能是数字 10.5；应填写表3“一、本年新收政府信息公开申请数量”行“自然人”列的件数（不小于 0 的整数，没有请填 0）。",
        "content/annual-reports/2025.yaml:18: applications.carriedOver.person（自然人）: 不能是数字 -1；应填写表3“二、上年结转政府信息公开申请数量”行“自然人”列的件数（不小于 0 的整数，没有请填 0）。",
        "content/annual-reports/2025.yaml:49: reviewAndLitigation.review.upheld（结果维持）: 不能是“一”；应填写表4“行政复议”下的“结果维持”的件数（不小于 0 的整数，没有请填 0）。",
      ]
    `);
  });

  test('the fee amount may have decimals but is not negative', () => {
    expect(problems(['activeDisclosure.feeAmount', 1.25])).toEqual([]);
    expect(problems(['activeDisclosure.feeAmount', -0.5])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:15: activeDisclosure.feeAmount（行政事业性收费金额）: 不能是数字 -0.5；应填写表2“行政事业性收费”行“本年收费金额（单位：万元）”列的金额（单位万元，可以有小数，没有请填 0）。",
      ]
    `);
  });

  test('a missing row names the row and lists the seven columns', () => {
    expect(problems(['applications.carriedForward', undefined])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:17: applications.carriedForward（结转下年度继续办理）: 缺少此项；应填写表3“四、结转下年度继续办理”行的七个数字：person（自然人）、business（商业企业）、research（科研机构）、welfare（社会公益组织）、legal（法律服务机构）、otherOrg（其他法人或其他组织）、total（总计）。",
      ]
    `);
    expect(problems(['applications.results.unavailable', undefined])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:20: applications.results.unavailable（无法提供）: 缺少此项；应填写“（四）无法提供”的各小项：notHeld（本机关不掌握相关政府信息）、needsCreation（没有现成信息需要另行制作）、stillUnclear（补正后申请内容仍不明确）。",
      ]
    `);
  });

  test('a misspelt column name is an error suggesting the right one', () => {
    const data = validReport();
    edit(data, 'applications.received', { ...row(10, 2), persn: 1 });
    expect(problemsOf(AnnualReportSchema, rowsInFlow(data), 'content/annual-reports/2025.yaml')).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:17: applications.received.persn: 未知字段“persn”。是否想写 person（自然人）？可用字段：person、business、research、welfare、legal、otherOrg、total。",
      ]
    `);
  });

  test('the six section texts: 一、五、六 are required, 二、三、四 optional', () => {
    expect(problems(['overview', undefined], ['otherMatters', ''])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:1: overview（一、总体情况）: 缺少此项；应填写“一、总体情况”的正文（段落之间空一行）。",
        "content/annual-reports/2025.yaml:48: otherMatters（六、其他需要报告的事项）: 此项为空；应填写“六、其他需要报告的事项”的正文（段落之间空一行）。",
      ]
    `);
    expect(problems(['applications.text', '本年度新收申请12件。'])).toEqual([]);
  });

  test('the year is a four-digit year from 2008, and the title names it', () => {
    expect(problems(['year', 25])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:1: year（年份）: 不能是数字 25；报告年度应为 2008 年（《政府信息公开条例》施行）以后的四位年份，例如 2025。",
      ]
    `);
    expect(problems(['year', '2025年'])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:1: year（年份）: 不能是“2025年”；应填写报告年度（四位年份，例如 2025）。",
      ]
    `);
    expect(problems(['title', '测试区民政局政府信息公开工作年度报告'])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:2: title（标题）: 标题中没有“2025年”；报告年度是 2025，标题应写明年度，例如 某某局2025年政府信息公开工作年度报告。",
      ]
    `);
  });

  test('the report is published after the year it covers', () => {
    expect(problems(['publishDate', '2025-12-30'])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:3: publishDate（发布日期）: 发布日期 2025-12-30 在报告年度 2025 结束之前；2025 年度的报告应在 2026 年发布（每年 1 月 31 日前）。",
      ]
    `);
  });
});

describe('table 3 arithmetic', () => {
  test('总计 of every row is the sum of the six applicant columns', () => {
    expect(problems(['applications.received.total', 13])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:17: applications.received.total（总计）: 表3“一、本年新收政府信息公开申请数量”行“总计”列：填写 13，但六类申请人之和为 12（自然人 10 + 商业企业 2 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他（法人或其他组织） 0）；应为 12。",
      ]
    `);
  });

  test('（七）总计 is the sum of all result rows, （三）to（六）counted by their sub-rows', () => {
    expect(
      problems(
        ['applications.results.total', { ...row(9, 2), person: 8, total: 10 }],
        ['applications.carriedForward', row(3)],
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:45: applications.results.total.person（自然人）: 表3“（七）总计”行“自然人”列：填写 8，但各项办理结果之和为 9（（一）予以公开 7 + （二）部分公开 0 + （三）不予公开小计 0 + （四）无法提供小计 2 + （五）不予处理小计 0 + （六）其他处理小计 0）；应为 9。",
        "content/annual-reports/2025.yaml:45: applications.results.total.total（总计）: 表3“（七）总计”行“总计”列：填写 10，但各项办理结果之和为 11（（一）予以公开 8 + （二）部分公开 0 + （三）不予公开小计 1 + （四）无法提供小计 2 + （五）不予处理小计 0 + （六）其他处理小计 0）；应为 11。",
      ]
    `);
  });

  test('in every column 一 + 二 = （七）+ 四', () => {
    expect(problems(['applications.carriedForward', row(3)])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:46: applications.carriedForward.person（自然人）: 表3“自然人”列：一、本年新收 10 + 二、上年结转 1 = 11，但（七）总计 9 + 四、结转下年度继续办理 3 = 12；第一项加第二项之和应等于第三项加第四项之和。若其他数字无误，“四、结转下年度继续办理”应为 2。",
        "content/annual-reports/2025.yaml:46: applications.carriedForward.total（总计）: 表3“总计”列：一、本年新收 12 + 二、上年结转 1 = 13，但（七）总计 11 + 四、结转下年度继续办理 3 = 14；第一项加第二项之和应等于第三项加第四项之和。若其他数字无误，“四、结转下年度继续办理”应为 2。",
      ]
    `);
  });

  test('a balance that cannot be met by 四 asks to check the numbers', () => {
    expect(problems(['applications.received', row(7, 2)], ['applications.carriedForward', row(0)]))
      .toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:46: applications.carriedForward.person（自然人）: 表3“自然人”列：一、本年新收 7 + 二、上年结转 1 = 8，但（七）总计 9 + 四、结转下年度继续办理 0 = 9；第一项加第二项之和应等于第三项加第四项之和。请核对这几项数字。",
        "content/annual-reports/2025.yaml:46: applications.carriedForward.total（总计）: 表3“总计”列：一、本年新收 9 + 二、上年结转 1 = 10，但（七）总计 11 + 四、结转下年度继续办理 0 = 11；第一项加第二项之和应等于第三项加第四项之和。请核对这几项数字。",
      ]
    `);
  });

  test('one mistake gives one message: a wrong total is not reported again by the sums that use it', () => {
    // 一's 总计 is wrong: the balance of the 总计 column is not reported with a misleading value.
    expect(problems(['applications.received.total', 20])).toHaveLength(1);
    // （七）'s 总计 is wrong: reported once, not also as a wrong result sum.
    expect(problems(['applications.results.total.total', 12])).toHaveLength(1);
    // One applicant cell of （七） is wrong: reported there, not also as a wrong row total.
    expect(problems(['applications.results.total.person', 8])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:45: applications.results.total.person（自然人）: 表3“（七）总计”行“自然人”列：填写 8，但各项办理结果之和为 9（（一）予以公开 7 + （二）部分公开 0 + （三）不予公开小计 0 + （四）无法提供小计 2 + （五）不予处理小计 0 + （六）其他处理小计 0）；应为 9。",
      ]
    `);
    // One applicant cell of 四 is wrong: reported there, with the value it should have.
    expect(problems(['applications.carriedForward.person', 3])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:46: applications.carriedForward.person（自然人）: 表3“自然人”列：一、本年新收 10 + 二、上年结转 1 = 11，但（七）总计 9 + 四、结转下年度继续办理 3 = 12；第一项加第二项之和应等于第三项加第四项之和。若其他数字无误，“四、结转下年度继续办理”应为 2。",
      ]
    `);
    // A sub-row's 总计 is wrong: the 总计 column of （七） is not blamed for it.
    expect(problems(['applications.results.unavailable.notHeld.total', 3])).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:34: applications.results.unavailable.notHeld.total（总计）: 表3“（四）无法提供 1.本机关不掌握相关政府信息”行“总计”列：填写 3，但六类申请人之和为 2（自然人 2 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他（法人或其他组织） 0）；应为 2。",
      ]
    `);
  });

  test('the pure functions: subtotals of the numbered groups and the terms of （七）', () => {
    const results = (validReport().applications as { results: ReportNumbers['applications']['results'] }).results;
    expect(groupSubtotal(results, 'unavailable', 'person')).toBe(2);
    expect(groupSubtotal(results, 'withheld', 'total')).toBe(1);
    expect(resultTerms(results, 'person')).toMatchInlineSnapshot(`
      [
        {
          "label": "（一）予以公开",
          "value": 7,
        },
        {
          "label": "（二）部分公开",
          "value": 0,
        },
        {
          "label": "（三）不予公开小计",
          "value": 0,
        },
        {
          "label": "（四）无法提供小计",
          "value": 2,
        },
        {
          "label": "（五）不予处理小计",
          "value": 0,
        },
        {
          "label": "（六）其他处理小计",
          "value": 0,
        },
      ]
    `);
    expect(table3Rows.map((r) => r.name)).toMatchInlineSnapshot(`
      [
        "一、本年新收政府信息公开申请数量",
        "二、上年结转政府信息公开申请数量",
        "（一）予以公开",
        "（二）部分公开",
        "（三）不予公开 1.属于国家秘密",
        "（三）不予公开 2.其他法律行政法规禁止公开",
        "（三）不予公开 3.危及“三安全一稳定”",
        "（三）不予公开 4.保护第三方合法权益",
        "（三）不予公开 5.属于三类内部事务信息",
        "（三）不予公开 6.属于四类过程性信息",
        "（三）不予公开 7.属于行政执法案卷",
        "（三）不予公开 8.属于行政查询事项",
        "（四）无法提供 1.本机关不掌握相关政府信息",
        "（四）无法提供 2.没有现成信息需要另行制作",
        "（四）无法提供 3.补正后申请内容仍不明确",
        "（五）不予处理 1.信访举报投诉类申请",
        "（五）不予处理 2.重复申请",
        "（五）不予处理 3.要求提供公开出版物",
        "（五）不予处理 4.无正当理由大量反复申请",
        "（五）不予处理 5.要求行政机关确认或重新出具已获取信息",
        "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "（六）其他处理 3.其他",
        "（七）总计",
        "四、结转下年度继续办理",
      ]
    `);
  });

  test('checkApplicationTable finds nothing in a correct table', () => {
    const { applications } = validReport() as unknown as ReportNumbers;
    expect(checkApplicationTable(applications)).toEqual([]);
    expect(applicantColumns).toHaveLength(6);
  });
});

describe('table 4 arithmetic', () => {
  test('each 总计 is 结果维持 + 结果纠正 + 其他结果 + 尚未审结', () => {
    expect(
      problems(
        ['reviewAndLitigation.review.total', 2],
        ['reviewAndLitigation.litigationAfterReview', { upheld: 0, corrected: 1, other: 1, pending: 1, total: 2 }],
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:48: reviewAndLitigation.review.total（总计）: 表4“行政复议”下的“总计”：填写 2，但各项结果之和为 1（结果维持 1 + 结果纠正 0 + 其他结果 0 + 尚未审结 0）；应为 1。",
        "content/annual-reports/2025.yaml:50: reviewAndLitigation.litigationAfterReview.total（总计）: 表4“行政诉讼（复议后起诉）”下的“总计”：填写 2，但各项结果之和为 3（结果维持 0 + 结果纠正 1 + 其他结果 1 + 尚未审结 1）；应为 3。",
      ]
    `);
  });

  test('checkReviewTable reports the path of the wrong total', () => {
    const { reviewAndLitigation } = validReport() as unknown as ReportNumbers;
    reviewAndLitigation.litigationDirect.total = 1;
    expect(checkReviewTable(reviewAndLitigation).map((f) => f.path)).toEqual([['litigationDirect', 'total']]);
  });
});

describe('across years', () => {
  const previousYear = (): ReportNumbers => {
    const data = validReport() as unknown as ReportNumbers;
    data.year = 2024;
    data.applications.carriedForward = row(1);
    data.activeDisclosure.normativeDocuments.inForce = 5;
    return data;
  };

  test('consecutive years that agree give no warnings', () => {
    expect(checkConsecutiveYears(previousYear(), validReport() as unknown as ReportNumbers, 'x.yaml')).toEqual([]);
  });

  test('二、上年结转 must equal last year’s 四、结转下年度, and 现行有效件数 must carry on', () => {
    const previous = previousYear();
    previous.applications.carriedForward = row(0, 1);
    previous.activeDisclosure.normativeDocuments.inForce = 8;
    const findings = checkConsecutiveYears(
      previous,
      validReport() as unknown as ReportNumbers,
      'content/annual-reports/2024.yaml',
    );
    expect(findings).toMatchInlineSnapshot(`
      [
        {
          "message": "表3“二、上年结转政府信息公开申请数量”行“自然人”列：填写 1，但 2024 年度报告（content/annual-reports/2024.yaml）的“四、结转下年度继续办理”为 0；两者应相等，请核对本年或上年的报告。",
          "path": [
            "applications",
            "carriedOver",
            "person",
          ],
        },
        {
          "message": "表3“二、上年结转政府信息公开申请数量”行“商业企业”列：填写 0，但 2024 年度报告（content/annual-reports/2024.yaml）的“四、结转下年度继续办理”为 1；两者应相等，请核对本年或上年的报告。",
          "path": [
            "applications",
            "carriedOver",
            "business",
          ],
        },
        {
          "message": "表2“行政规范性文件”行“现行有效件数”列：填写 6，但 2024 年度的现行有效件数 8 + 本年制发 2 − 本年废止 1 = 9；应为 9。如有文件因有效期届满等原因失效而未列入废止，可忽略此提示。",
          "path": [
            "activeDisclosure",
            "normativeDocuments",
            "inForce",
          ],
        },
      ]
    `);
  });

  const base = new URL('../fixtures/valid-site', import.meta.url).pathname;
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** The valid fixture site with these annual reports; returns the annual-report problems. */
  function checkReports(files: Record<string, Data>): string[] {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-annual-'));
    made.push(dir);
    cpSync(base, dir, { recursive: true });
    rmSync(join(dir, 'content/annual-reports'), { recursive: true, force: true });
    mkdirSync(join(dir, 'content/annual-reports'), { recursive: true });
    for (const [name, data] of Object.entries(files)) {
      writeFileSync(join(dir, 'content/annual-reports', name), rowsInFlow(data));
    }
    return checkSite(sitePaths(dir))
      .problems.filter((p) => p.file.startsWith('content/annual-reports/'))
      .map(formatProblem);
  }

  test('the content check warns about a report that disagrees with the year before', () => {
    // 2024 is correct on its own, but it carried 2 forward (2025 says 1) and had 6 规范性文件 in
    // force (2025 says 6 after issuing 2 and repealing 1).
    const previous = validReport();
    edit(previous, 'year', 2024);
    edit(previous, 'title', '测试区民政局2024年政府信息公开工作年度报告');
    edit(previous, 'publishDate', '2025-01-20');
    edit(previous, 'indexNo', '013000000/2025-00090');
    expect(checkReports({ '2024.yaml': previous, '2025.yaml': validReport() })).toMatchInlineSnapshot(`
      [
        "警告 content/annual-reports/2025.yaml:11: activeDisclosure.normativeDocuments.inForce（现行有效件数）: 表2“行政规范性文件”行“现行有效件数”列：填写 6，但 2024 年度的现行有效件数 6 + 本年制发 2 − 本年废止 1 = 7；应为 7。如有文件因有效期届满等原因失效而未列入废止，可忽略此提示。",
        "警告 content/annual-reports/2025.yaml:18: applications.carriedOver.person（自然人）: 表3“二、上年结转政府信息公开申请数量”行“自然人”列：填写 1，但 2024 年度报告（content/annual-reports/2024.yaml）的“四、结转下年度继续办理”为 2；两者应相等，请核对本年或上年的报告。",
      ]
    `);
  });

  test('each year has one report', () => {
    const again = edit(validReport(), 'indexNo', '013000000/2026-00091');
    expect(checkReports({ '2025.yaml': validReport(), '2025-copy.yaml': again })).toMatchInlineSnapshot(`
      [
        "content/annual-reports/2025.yaml:1: year（年份）: 2025 年度的报告已在 content/annual-reports/2025-copy.yaml 中；每个年度只能有一份报告，请改正 year 或删除重复的文件。",
      ]
    `);
  });

  test('checkAnnualReportYears compares only consecutive years', () => {
    const reported: string[] = [];
    const older = { ...previousYear(), year: 2023 };
    checkAnnualReportYears(
      [
        { file: 'a.yaml', data: older },
        { file: 'b.yaml', data: validReport() as unknown as ReportNumbers },
      ],
      (entry, path, message, severity) => reported.push(`${severity} ${entry.file} ${path.join('.')} ${message}`),
    );
    expect(reported).toEqual([]);
  });
});

describe('section text', () => {
  test('paragraphs are separated by blank lines; line breaks inside one are joined', () => {
    expect(paragraphs('第一段第一行，\n接着第一段。\n\n  \nSecond paragraph\nin English.\n')).toEqual([
      '第一段第一行，接着第一段。',
      'Second paragraph in English.',
    ]);
    expect(paragraphs(undefined)).toEqual([]);
  });
});
