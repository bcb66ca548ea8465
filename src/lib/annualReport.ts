/**
 * The tables of the annual report on government information disclosure (国办公开办函〔2021〕30号,
 * docs/domain.md §9): their rows and columns in the order the official format prints them, and the
 * arithmetic that must hold. Pure functions with no Astro imports: the schema
 * (src/schemas/annualReport.ts) runs the checks within one report, the content rules
 * (src/lib/content/rules.ts) the checks across years, and the pages read the row order.
 *
 * Every check returns findings `{ path, message }`: the path of the cell to correct (relative to
 * the report) and a message naming the table, row, column, the numbers and the expected value.
 */
import { annualReportText } from '../i18n/annualReports.ts';

const t = annualReportText;
const m = t.messages;

// ---------------------------------------------------------------- shapes

/** Table 3 columns: the six kinds of applicant, then 总计. */
export const applicantColumns = ['person', 'business', 'research', 'welfare', 'legal', 'otherOrg'] as const;
export type ApplicantColumn = (typeof applicantColumns)[number];
export const table3Columns = [...applicantColumns, 'total'] as const;
export type Table3Column = (typeof table3Columns)[number];
/** Of 法人或其他组织 (the five columns under that heading). */
export const organisationColumns = ['business', 'research', 'welfare', 'legal', 'otherOrg'] as const;

/** One row of table 3: a number per applicant column and the total. */
export type ApplicantRow = Record<Table3Column, number>;

/** The result groups of table 3 that are split into numbered sub-rows, with their sub-rows in order. */
export const resultSubRows = {
  withheld: [
    'stateSecret',
    'prohibitedByLaw',
    'securityAndStability',
    'thirdPartyRights',
    'internalAffairs',
    'processInformation',
    'enforcementCaseFiles',
    'inquiryMatters',
  ],
  unavailable: ['notHeld', 'needsCreation', 'stillUnclear'],
  notProcessed: ['complaints', 'repeated', 'publications', 'excessive', 'confirmation'],
  otherHandling: ['noCorrection', 'feeUnpaid', 'other'],
} as const;
export type ResultGroup = keyof typeof resultSubRows;
export const resultGroups = Object.keys(resultSubRows) as ResultGroup[];

/** 三、本年度办理结果. */
export type ApplicationResults = {
  disclosed: ApplicantRow;
  partlyDisclosed: ApplicantRow;
  total: ApplicantRow;
} & { [G in ResultGroup]: Record<(typeof resultSubRows)[G][number], ApplicantRow> };

/** Table 3 (收到和处理政府信息公开申请情况). */
export type ApplicationTable = {
  received: ApplicantRow;
  carriedOver: ApplicantRow;
  results: ApplicationResults;
  carriedForward: ApplicantRow;
};

/** Table 4 columns of each group. */
export const outcomeColumns = ['upheld', 'corrected', 'other', 'pending', 'total'] as const;
export type OutcomeColumn = (typeof outcomeColumns)[number];
export type OutcomeRow = Record<OutcomeColumn, number>;
/** Table 4 groups, in the printed order. */
export const reviewGroups = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type ReviewGroup = (typeof reviewGroups)[number];
/** Table 4 (政府信息公开行政复议、行政诉讼情况). */
export type ReviewTable = Record<ReviewGroup, OutcomeRow>;

/** Table 2, rows with 本年制发件数, 本年废止件数, 现行有效件数. */
export const documentRows = ['regulations', 'normativeDocuments'] as const;
export type DocumentRow = { issued: number; repealed: number; inForce: number };
/** Table 2 (主动公开政府信息情况). */
export type ActiveDisclosureTable = {
  regulations: DocumentRow;
  normativeDocuments: DocumentRow;
  licensing: number;
  punishment: number;
  enforcement: number;
  feeAmount: number;
};

/** The numbers of one report that the checks need. */
export type ReportNumbers = {
  year: number;
  activeDisclosure: ActiveDisclosureTable;
  applications: ApplicationTable;
  reviewAndLitigation: ReviewTable;
};

export type Finding = { path: (string | number)[]; message: string };

// ---------------------------------------------------------------- table 3 rows, in printed order

/** A row of table 3 as printed: where its numbers are and what it is called. */
export type Table3RowSpec = {
  /** Path below `applications`, e.g. `['results', 'withheld', 'stateSecret']`. */
  path: string[];
  /** The row's own label, e.g. `1.属于国家秘密`. */
  label: string;
  /** The label in messages, with its group: `（三）不予公开 1.属于国家秘密`. */
  name: string;
  /** The result group of a numbered sub-row. */
  group?: ResultGroup | undefined;
};

const rows3 = t.table3.rows;
const subRowLabel = <G extends ResultGroup>(group: G, key: (typeof resultSubRows)[G][number]): string =>
  (t.table3.subRows[group] as Record<string, string>)[key] ?? key;

/** Every row of table 3 with numbers, top to bottom. */
export const table3Rows: Table3RowSpec[] = [
  { path: ['received'], label: rows3.received, name: rows3.received },
  { path: ['carriedOver'], label: rows3.carriedOver, name: rows3.carriedOver },
  { path: ['results', 'disclosed'], label: rows3.disclosed, name: rows3.disclosed },
  { path: ['results', 'partlyDisclosed'], label: rows3.partlyDisclosed, name: rows3.partlyDisclosed },
  ...resultGroups.flatMap((group) =>
    resultSubRows[group].map((key) => ({
      path: ['results', group, key],
      label: subRowLabel(group, key),
      name: `${rows3[group]} ${subRowLabel(group, key)}`,
      group,
    })),
  ),
  { path: ['results', 'total'], label: rows3.total, name: rows3.total },
  { path: ['carriedForward'], label: rows3.carriedForward, name: rows3.carriedForward },
];

/** The numbers of a table 3 row. */
export function rowAt(table: ApplicationTable, path: readonly string[]): ApplicantRow {
  let node: unknown = table;
  for (const key of path) node = (node as Record<string, unknown>)[key];
  return node as ApplicantRow;
}

// ---------------------------------------------------------------- sums

type Term = { label: string; value: number };
const sum = (terms: readonly Term[]) => terms.reduce((total, term) => total + term.value, 0);
const termsText = (terms: readonly Term[]) => terms.map((term) => `${term.label} ${term.value}`).join(' + ');

/** （三）to（六）: the sum of a group's numbered sub-rows in one column. */
export function groupSubtotal(results: ApplicationResults, group: ResultGroup, column: Table3Column): number {
  const rows = results[group] as Record<string, ApplicantRow>;
  return resultSubRows[group].reduce((total, key) => total + (rows[key]?.[column] ?? 0), 0);
}

/**
 * The result rows that make up （七）总计 in one column: （一）予以公开, （二）部分公开, then the
 * subtotal of the numbered sub-rows of each of （三）不予公开, （四）无法提供, （五）不予处理 and
 * （六）其他处理.
 */
export function resultTerms(results: ApplicationResults, column: Table3Column): Term[] {
  return [
    { label: rows3.disclosed, value: results.disclosed[column] },
    { label: rows3.partlyDisclosed, value: results.partlyDisclosed[column] },
    ...resultGroups.map((group) => ({
      label: m.subtotal(rows3[group]),
      value: groupSubtotal(results, group, column),
    })),
  ];
}

const cell3 = (row: string, column: Table3Column) => m.cell(t.table3.name, row, t.table3.columnNames[column]);

// ---------------------------------------------------------------- checks within one report

/**
 * Table 3. The sums cross: a wrong cell usually breaks both a row sum and a column sum, so the
 * checks run in an order that reports one mistake once, at the cell most likely to be wrong:
 * 1. each applicant column: （七）总计 = （一）+（二）+ the numbered sub-rows of （三）to（六）;
 * 2. each applicant column: 一 + 二 = （七）+ 四, the balance printed in the official table,
 *    reported at 四 (skipped where step 1 already found （七） wrong: its expected value would
 *    mislead);
 * 3. every row: 总计 = the sum of the six applicant columns (skipped for （七） and 四 when steps
 *    1 and 2 already found a wrong cell in that row);
 * 4. and 5. steps 1 and 2 for the 总计 column, skipped when a 总计 they use is already wrong.
 */
export function checkApplicationTable(table: ApplicationTable): Finding[] {
  const findings: Finding[] = [];
  const wrong = new Set<string>();
  const key = (path: readonly string[], column: Table3Column) => `${path.join('.')}:${column}`;
  const isWrong = (path: readonly string[], column: Table3Column) => wrong.has(key(path, column));
  const report = (path: readonly string[], column: Table3Column, message: string) => {
    wrong.add(key(path, column));
    findings.push({ path: [...path, column], message });
  };
  const totalPath = ['results', 'total'];
  const resultRows = table3Rows.filter((row) => row.path[0] === 'results' && row.path[1] !== 'total');

  const checkResults = (column: Table3Column) => {
    const terms = resultTerms(table.results, column);
    const expected = sum(terms);
    const written = table.results.total[column];
    if (written !== expected) {
      report(
        totalPath,
        column,
        m.wrongSum(cell3(rows3.total, column), written, m.resultsSum, expected, termsText(terms)),
      );
    }
  };
  const checkBalance = (column: Table3Column) => {
    const received = table.received[column];
    const carriedOver = table.carriedOver[column];
    const total = table.results.total[column];
    const carriedForward = table.carriedForward[column];
    if (received + carriedOver === total + carriedForward) return;
    const expected = received + carriedOver - total;
    const hint = expected >= 0 ? m.balanceHint(expected) : m.balanceHintNegative;
    report(
      ['carriedForward'],
      column,
      m.balance(t.table3.columnNames[column], received, carriedOver, total, carriedForward, hint),
    );
  };

  for (const column of applicantColumns) checkResults(column);
  for (const column of applicantColumns) if (!isWrong(totalPath, column)) checkBalance(column);

  for (const row of table3Rows) {
    if (applicantColumns.some((column) => isWrong(row.path, column))) continue;
    const numbers = rowAt(table, row.path);
    const terms = applicantColumns.map((column) => ({ label: t.table3.columnNames[column], value: numbers[column] }));
    const expected = sum(terms);
    if (numbers.total !== expected) {
      report(
        row.path,
        'total',
        m.wrongSum(cell3(row.name, 'total'), numbers.total, m.applicantsSum, expected, termsText(terms)),
      );
    }
  }

  if (![...resultRows.map((row) => row.path), totalPath].some((path) => isWrong(path, 'total'))) checkResults('total');
  const balancePaths = [['received'], ['carriedOver'], totalPath, ['carriedForward']];
  if (!balancePaths.some((path) => isWrong(path, 'total'))) checkBalance('total');
  return findings;
}

/** Table 4: in each group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export function checkReviewTable(table: ReviewTable): Finding[] {
  const findings: Finding[] = [];
  for (const group of reviewGroups) {
    const row = table[group];
    const terms = outcomeColumns
      .filter((column) => column !== 'total')
      .map((column) => ({ label: t.table4.columns[column], value: row[column] }));
    const expected = sum(terms);
    if (row.total !== expected) {
      const cell = m.groupCell(t.table4.name, t.table4.rowNames[group], t.table4.columns.total);
      findings.push({
        path: [group, 'total'],
        message: m.wrongSum(cell, row.total, m.outcomesSum, expected, termsText(terms)),
      });
    }
  }
  return findings;
}

/** All arithmetic within one report, with paths from the top of the report. */
export function checkReportArithmetic(report: Pick<ReportNumbers, 'applications' | 'reviewAndLitigation'>): Finding[] {
  return [
    ...checkApplicationTable(report.applications).map((f) => ({ ...f, path: ['applications', ...f.path] })),
    ...checkReviewTable(report.reviewAndLitigation).map((f) => ({ ...f, path: ['reviewAndLitigation', ...f.path] })),
  ];
}

// ---------------------------------------------------------------- checks across years

/**
 * Two consecutive years (warnings: a difference can have reasons the numbers do not show):
 * this year's 二、上年结转 equals last year's 四、结转下年度继续办理 in each applicant column
 * (总计 follows from them), and in table 2 this year's 现行有效件数 = last year's + 本年制发 −
 * 本年废止 for 规章 and 行政规范性文件.
 */
export function checkConsecutiveYears(
  previous: ReportNumbers,
  current: ReportNumbers,
  previousFile: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const column of applicantColumns) {
    const written = current.applications.carriedOver[column];
    const before = previous.applications.carriedForward[column];
    if (written !== before) {
      findings.push({
        path: ['applications', 'carriedOver', column],
        message: m.carriedOverMismatch(cell3(rows3.carriedOver, column), written, previous.year, previousFile, before),
      });
    }
  }
  for (const row of documentRows) {
    const { issued, repealed, inForce } = current.activeDisclosure[row];
    const before = previous.activeDisclosure[row].inForce;
    if (inForce !== before + issued - repealed) {
      const cell = m.cell(t.table2.name, t.table2.rows[row], t.table2.columns.inForce);
      findings.push({
        path: ['activeDisclosure', row, 'inForce'],
        message: m.inForceMismatch(cell, inForce, previous.year, before, issued, repealed),
      });
    }
  }
  return findings;
}

type Severity = 'error' | 'warning';

/**
 * The rules across a site's reports: one report per year (error), and each report against the
 * report of the year before, when there is one (warnings). `report` is the content rules'
 * reporter (src/lib/content/rules.ts).
 */
export function checkAnnualReportYears<E extends { file: string; data: ReportNumbers }>(
  entries: readonly E[],
  report: (entry: E, path: (string | number)[], message: string, severity?: Severity) => void,
): void {
  const byYear = new Map<number, E>();
  for (const entry of entries) {
    const first = byYear.get(entry.data.year);
    if (first) report(entry, ['year'], m.duplicateYear(entry.data.year, first.file));
    else byYear.set(entry.data.year, entry);
  }
  for (const [year, entry] of byYear) {
    const previous = byYear.get(year - 1);
    if (!previous) continue;
    for (const finding of checkConsecutiveYears(previous.data, entry.data, previous.file)) {
      report(entry, finding.path, finding.message, 'warning');
    }
  }
}

// ---------------------------------------------------------------- text

/**
 * A section's text as paragraphs: separated by blank lines; the line breaks inside a paragraph
 * are joined (without a space between Chinese characters, with one between Latin words).
 */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) =>
      paragraph
        .trim()
        .split(/\s*\r?\n\s*/)
        .reduce(
          (joined, line) =>
            joined && /[\x21-\x7e]$/.test(joined) && /^[\x21-\x7e]/.test(line) ? `${joined} ${line}` : joined + line,
          '',
        ),
    )
    .filter((paragraph) => paragraph.length > 0);
}
