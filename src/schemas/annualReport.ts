import { z } from 'astro/zod';
import { describeValue, expecting, plainDateTime, strictObject, text, typeMessage } from './fields.ts';
import { annualReportText } from '../i18n/annualReports.ts';
import { applicantColumns, checkReportArithmetic, outcomeColumns, type Table3Column } from '../lib/annualReport.ts';
import { yearOf } from '../lib/dates.ts';

const t = annualReportText;
const m = t.messages;

/** A count in one cell: a whole number, 0 or more; messages name the table, row and column. */
function count(cell: string) {
  const expected = m.count(cell);
  const message = (issue: { input?: unknown }) => typeMessage(issue.input, expected);
  return z
    .number({ error: expecting(expected) })
    .int({ error: message })
    .nonnegative({ error: message });
}

/** A sum of money in 万元 (decimals allowed), 0 or more. */
function amount(cell: string) {
  const expected = m.amount(cell);
  return z.number({ error: expecting(expected) }).nonnegative({ error: (issue) => typeMessage(issue.input, expected) });
}

/** The text of a section: paragraphs separated by a blank line (YAML `|` block). */
function sectionText(heading: string) {
  return text(t.sectionText(heading), { multiline: true });
}

const keyList = (keys: readonly string[]) => keys.map((key) => `${key}（${t.fieldLabels[key] ?? key}）`).join('、');

// ---------------------------------------------------------------- table 2

const cell2 = (row: keyof typeof t.table2.rows, column: keyof typeof t.table2.columns) =>
  m.cell(t.table2.name, t.table2.rows[row], t.table2.columns[column]);

/** A table 2 row of 规章 or 行政规范性文件. */
function documentRow(row: 'regulations' | 'normativeDocuments') {
  return strictObject(
    {
      /** 本年制发件数. */
      issued: count(cell2(row, 'issued')),
      /** 本年废止件数. */
      repealed: count(cell2(row, 'repealed')),
      /** 现行有效件数 (at the end of the year). */
      inForce: count(cell2(row, 'inForce')),
    },
    `${t.table2.name}“${t.table2.rows[row]}”行的三个数字：${keyList(['issued', 'repealed', 'inForce'])}`,
  );
}

/** 二、主动公开政府信息情况: the section's text and table 2. */
export const ActiveDisclosureSchema = strictObject(
  {
    /** Text before the table (optional; the official format has only the table). */
    text: sectionText(t.sections.activeDisclosure).optional(),
    /** 第二十条第（一）项 规章: `{ issued: 0, repealed: 0, inForce: 0 }`. */
    regulations: documentRow('regulations'),
    /** 第二十条第（一）项 行政规范性文件: `{ issued: 2, repealed: 1, inForce: 9 }`. */
    normativeDocuments: documentRow('normativeDocuments'),
    /** 第二十条第（五）项 行政许可, 本年处理决定数量. */
    licensing: count(cell2('licensing', 'decisions')),
    /** 第二十条第（六）项 行政处罚, 本年处理决定数量. */
    punishment: count(cell2('punishment', 'decisions')),
    /** 第二十条第（六）项 行政强制, 本年处理决定数量. */
    enforcement: count(cell2('enforcement', 'decisions')),
    /** 第二十条第（八）项 行政事业性收费, 本年收费金额 in 万元; decimals allowed. Example: `12.35`. */
    feeAmount: amount(cell2('feeAmount', 'feeAmount')),
  },
  `“${t.sections.activeDisclosure}”的字段：${keyList(['text', 'regulations', 'normativeDocuments', 'licensing', 'punishment', 'enforcement', 'feeAmount'])}`,
);

// ---------------------------------------------------------------- table 3

const cell3 = (row: string, column: Table3Column) => m.cell(t.table3.name, row, t.table3.columnNames[column]);
const table3Keys = [...applicantColumns, 'total'];

/**
 * A row of table 3: one number per column, in the order of the printed table. Example:
 * `{ person: 30, business: 2, research: 0, welfare: 0, legal: 1, otherOrg: 0, total: 33 }`.
 */
function applicantRow(row: string) {
  return strictObject(
    {
      /** 自然人. */
      person: count(cell3(row, 'person')),
      /** 法人或其他组织：商业企业. */
      business: count(cell3(row, 'business')),
      /** 法人或其他组织：科研机构. */
      research: count(cell3(row, 'research')),
      /** 法人或其他组织：社会公益组织. */
      welfare: count(cell3(row, 'welfare')),
      /** 法人或其他组织：法律服务机构. */
      legal: count(cell3(row, 'legal')),
      /** 法人或其他组织：其他. */
      otherOrg: count(cell3(row, 'otherOrg')),
      /** 总计: the sum of the six columns before it. */
      total: count(cell3(row, 'total')),
    },
    `${t.table3.name}“${row}”行的七个数字：${keyList(table3Keys)}`,
  );
}

const rows3 = t.table3.rows;
const sub = t.table3.subRows;
/** A numbered sub-row of （三）to（六）. */
const subRow = <G extends keyof typeof sub>(group: G, key: keyof (typeof sub)[G]) =>
  applicantRow(`${rows3[group]} ${String(sub[group][key])}`);
const groupObject = <S extends z.ZodRawShape>(group: keyof typeof sub, shape: S) =>
  strictObject(shape, `“${rows3[group]}”的各小项：${keyList(Object.keys(sub[group]))}`);

/** 三、本年度办理结果. */
export const ApplicationResultsSchema = strictObject(
  {
    /** （一）予以公开. */
    disclosed: applicantRow(rows3.disclosed),
    /** （二）部分公开（区分处理的，只计这一情形，不计其他情形）. */
    partlyDisclosed: applicantRow(rows3.partlyDisclosed),
    /** （三）不予公开, its eight numbered reasons. */
    withheld: groupObject('withheld', {
      /** 1.属于国家秘密. */
      stateSecret: subRow('withheld', 'stateSecret'),
      /** 2.其他法律行政法规禁止公开. */
      prohibitedByLaw: subRow('withheld', 'prohibitedByLaw'),
      /** 3.危及“三安全一稳定”. */
      securityAndStability: subRow('withheld', 'securityAndStability'),
      /** 4.保护第三方合法权益. */
      thirdPartyRights: subRow('withheld', 'thirdPartyRights'),
      /** 5.属于三类内部事务信息. */
      internalAffairs: subRow('withheld', 'internalAffairs'),
      /** 6.属于四类过程性信息. */
      processInformation: subRow('withheld', 'processInformation'),
      /** 7.属于行政执法案卷. */
      enforcementCaseFiles: subRow('withheld', 'enforcementCaseFiles'),
      /** 8.属于行政查询事项. */
      inquiryMatters: subRow('withheld', 'inquiryMatters'),
    }),
    /** （四）无法提供, its three numbered reasons. */
    unavailable: groupObject('unavailable', {
      /** 1.本机关不掌握相关政府信息. */
      notHeld: subRow('unavailable', 'notHeld'),
      /** 2.没有现成信息需要另行制作. */
      needsCreation: subRow('unavailable', 'needsCreation'),
      /** 3.补正后申请内容仍不明确. */
      stillUnclear: subRow('unavailable', 'stillUnclear'),
    }),
    /** （五）不予处理, its five numbered reasons. */
    notProcessed: groupObject('notProcessed', {
      /** 1.信访举报投诉类申请. */
      complaints: subRow('notProcessed', 'complaints'),
      /** 2.重复申请. */
      repeated: subRow('notProcessed', 'repeated'),
      /** 3.要求提供公开出版物. */
      publications: subRow('notProcessed', 'publications'),
      /** 4.无正当理由大量反复申请. */
      excessive: subRow('notProcessed', 'excessive'),
      /** 5.要求行政机关确认或重新出具已获取信息. */
      confirmation: subRow('notProcessed', 'confirmation'),
    }),
    /** （六）其他处理, its three numbered cases. */
    otherHandling: groupObject('otherHandling', {
      /** 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
      noCorrection: subRow('otherHandling', 'noCorrection'),
      /** 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
      feeUnpaid: subRow('otherHandling', 'feeUnpaid'),
      /** 3.其他. */
      other: subRow('otherHandling', 'other'),
    }),
    /** （七）总计: the sum of （一）,（二） and every numbered sub-row of （三）to（六）. */
    total: applicantRow(rows3.total),
  },
  `“${rows3.results}”的各项：${keyList(['disclosed', 'partlyDisclosed', 'withheld', 'unavailable', 'notProcessed', 'otherHandling', 'total'])}`,
);

/** 三、收到和处理政府信息公开申请情况: the section's text and table 3. */
export const ApplicationsSchema = strictObject(
  {
    /** Text before the table (optional). */
    text: sectionText(t.sections.applications).optional(),
    /** 一、本年新收政府信息公开申请数量. */
    received: applicantRow(rows3.received),
    /** 二、上年结转政府信息公开申请数量: equals last year's `carriedForward` (checked, warning). */
    carriedOver: applicantRow(rows3.carriedOver),
    /** 三、本年度办理结果. */
    results: ApplicationResultsSchema,
    /** 四、结转下年度继续办理. In every column, received + carriedOver = results.total + carriedForward. */
    carriedForward: applicantRow(rows3.carriedForward),
  },
  `“${t.sections.applications}”的字段：${keyList(['text', 'received', 'carriedOver', 'results', 'carriedForward'])}`,
);

// ---------------------------------------------------------------- table 4

/** A group of table 4: `{ upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 }`. */
function outcomeRow(group: keyof typeof t.table4.rowNames) {
  const cell = (column: keyof typeof t.table4.columns) =>
    m.groupCell(t.table4.name, t.table4.rowNames[group], t.table4.columns[column]);
  return strictObject(
    {
      /** 结果维持. */
      upheld: count(cell('upheld')),
      /** 结果纠正. */
      corrected: count(cell('corrected')),
      /** 其他结果. */
      other: count(cell('other')),
      /** 尚未审结. */
      pending: count(cell('pending')),
      /** 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
      total: count(cell('total')),
    },
    `${t.table4.name}“${t.table4.rowNames[group]}”的五个数字：${outcomeColumns
      .map((key) => `${key}（${t.table4.columns[key]}）`)
      .join('、')}`,
  );
}

/** 四、政府信息公开行政复议、行政诉讼情况: the section's text and table 4. */
export const ReviewAndLitigationSchema = strictObject(
  {
    /** Text before the table (optional). */
    text: sectionText(t.sections.reviewAndLitigation).optional(),
    /** 行政复议. */
    review: outcomeRow('review'),
    /** 行政诉讼：未经复议直接起诉. */
    litigationDirect: outcomeRow('litigationDirect'),
    /** 行政诉讼：复议后起诉. */
    litigationAfterReview: outcomeRow('litigationAfterReview'),
  },
  `“${t.sections.reviewAndLitigation}”的字段：${keyList(['text', 'review', 'litigationDirect', 'litigationAfterReview'])}`,
);

// ---------------------------------------------------------------- the report

/** 报告年度: a four-digit year from 2008, when the 政府信息公开条例 took effect. */
function reportYear() {
  const message = (issue: { input?: unknown }) => m.yearRange(describeValue(issue.input));
  return z
    .number({ error: expecting(m.year) })
    .int({ error: message })
    .min(2008, { error: message })
    .max(2099, {
      error: message,
    });
}

/**
 * An annual report on government information disclosure (政府信息公开工作年度报告,
 * 国办公开办函〔2021〕30号), `content/annual-reports/<year>.yaml`, published at
 * `/annual-reports/<year>/`. Every number of tables 2, 3 and 4 must be filled in (0 where there
 * is nothing), and the sums must add up (src/lib/annualReport.ts).
 */
export const AnnualReportSchema = strictObject(
  {
    /** 报告年度: the year reported on. Example: `2025` (published early in 2026). */
    year: reportYear(),
    /** Title, naming the year. Example: `云川市柳塘区民政局2025年政府信息公开工作年度报告`. */
    title: text('报告标题，例如 某某局2025年政府信息公开工作年度报告'),
    /** 发布日期, after the year reported on (by 31 January of the next year). Example: `2026-01-20`. */
    publishDate: plainDateTime(),
    /** 索引号, when listed in the disclosure catalogue. Example: `013999999/2026-00090`. */
    indexNo: text('索引号').optional(),
    /** 发布机构; default: `publisher` in content/site.yaml. */
    publisher: text('发布机构全称').optional(),
    /** 一、总体情况: paragraphs separated by a blank line. */
    overview: sectionText(t.sections.overview),
    /** 二、主动公开政府信息情况: optional text and table 2. */
    activeDisclosure: ActiveDisclosureSchema,
    /** 三、收到和处理政府信息公开申请情况: optional text and table 3. */
    applications: ApplicationsSchema,
    /** 四、政府信息公开行政复议、行政诉讼情况: optional text and table 4. */
    reviewAndLitigation: ReviewAndLitigationSchema,
    /** 五、存在的主要问题及改进情况. */
    problemsAndImprovements: sectionText(t.sections.problemsAndImprovements),
    /** 六、其他需要报告的事项 (e.g. 收取信息处理费的情况, or that there is nothing else to report). */
    otherMatters: sectionText(t.sections.otherMatters),
  },
  '年度报告的字段',
).superRefine((report, ctx) => {
  if (!report.title.includes(`${report.year}年`)) {
    ctx.addIssue({ code: 'custom', path: ['title'], message: m.titleWithoutYear(report.year) });
  }
  if (yearOf(report.publishDate) <= report.year) {
    ctx.addIssue({
      code: 'custom',
      path: ['publishDate'],
      message: m.publishedTooEarly(report.publishDate, report.year),
    });
  }
  for (const finding of checkReportArithmetic(report)) {
    ctx.addIssue({ code: 'custom', path: finding.path, message: finding.message });
  }
});

export type AnnualReport = z.output<typeof AnnualReportSchema>;
export type ApplicationResults = z.output<typeof ApplicationResultsSchema>;
