/**
 * A problem found in content, and how it is printed: `file:line: field（标签）: message`.
 */
import { fieldLabels } from '../../i18n/fields.ts';
import { contentText } from '../../i18n/content.ts';
import { checkText } from '../../i18n/checks.ts';

export type Severity = 'error' | 'warning';

export type Problem = {
  severity: Severity;
  /** Path relative to the project (or fixture) root, with forward slashes. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Field path such as `items[2].basis`; empty for problems with the whole file. */
  field: string;
  message: string;
};

/** `items.2.code` → `items[3].code（事项编码）`, counting list entries from 1 as editors do. */
export function fieldName(path: readonly PropertyKey[], withLabel = true): string {
  let name = '';
  for (const key of path) {
    if (typeof key === 'number') name += `[${key + 1}]`;
    else name += name ? `.${String(key)}` : String(key);
  }
  // `materials.form` is labelled by `fieldLabels['materials.form']` when there is one, else by `form`.
  const [last, parent] = path.filter((key): key is string => typeof key === 'string').reverse();
  const label = withLabel && last ? (parent && fieldLabels[`${parent}.${last}`]) || fieldLabels[last] : undefined;
  return label ? `${name}（${label}）` : name;
}

export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const prefix = problem.severity === 'warning' ? '警告 ' : '';
  return problem.field ? `${prefix}${where}: ${problem.field}: ${problem.message}` : `${prefix}${where}: ${problem.message}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

/**
 * The order problems are printed in: warnings first, errors last, so that what stops the build
 * is what stays on screen, just above the summary line.
 */
export function printOrder(problems: readonly Problem[]): Problem[] {
  return [...problems.filter((p) => p.severity !== 'error'), ...problems.filter((p) => p.severity === 'error')];
}

/** The summary line printed after the problems, with one line on how to fix them. */
export function summarize(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (errors === 0 && warnings === 0) return checkText.summary.clean;
  if (errors === 0) return checkText.summary.warningsOnly(warnings);
  return checkText.summary.errors(errors, warnings);
}

/** At most this many problems are listed for one body; the rest are counted in one line. */
export const MAX_PROBLEMS_PER_BODY = 50;

/** The first problems of a body, and one line saying how many more there are. */
export function capProblems(problems: Problem[], file: string): Problem[] {
  if (problems.length <= MAX_PROBLEMS_PER_BODY) return problems;
  const kept = problems.slice(0, MAX_PROBLEMS_PER_BODY);
  const last = kept.at(-1);
  kept.push({
    severity: 'error',
    file,
    line: last?.line,
    field: '',
    message: contentText.moreProblems(problems.length - MAX_PROBLEMS_PER_BODY),
  });
  return kept;
}
