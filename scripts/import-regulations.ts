/**
 * npm run import:regulations -- <export folder> — converts the national laws and regulations
 * database's Markdown export into entries of the regulations library (content/regulations), and
 * reports per file what it fixed or could not read. Exit 1 when a file could not be imported
 * (the others are written), or on a usage error.
 *
 *   npm run import:regulations -- ../shared/corpus/laws
 *   npm run import:regulations -- exports/2026-11 --out content/regulations --verbose
 */
import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importRegulations, exportFiles } from '../src/lib/regulations/importer.ts';
import { sitePaths } from '../src/lib/content/paths.ts';
import { regulationText } from '../src/i18n/regulations.ts';

const t = regulationText.importer;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string' },
    source: { type: 'string', default: '国家法律法规数据库' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(t.help);
  process.exit(0);
}

const from = positionals[0] ? resolve(positionals[0]) : undefined;
if (!from || !existsSync(from) || !statSync(from).isDirectory()) {
  console.error(t.missingDir(positionals[0] ?? '（未指定）'));
  process.exit(1);
}
if (exportFiles(from).length === 0) {
  console.error(t.noFiles(from));
  process.exit(1);
}
const out = values.out ? resolve(values.out) : join(sitePaths().content, 'regulations');
const shown = (path: string) => relative(process.cwd(), path) || '.';

const report = importRegulations({ from, out, source: values.source });

if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  console.log(t.heading(report.files.length, shown(from), shown(out)));
  const prefix = { error: t.errorPrefix, warning: t.warningPrefix, fixed: t.fixedPrefix } as const;
  for (const severity of ['error', 'warning', 'fixed'] as const) {
    if (severity === 'fixed' && !values.verbose) continue;
    for (const file of report.files) {
      for (const note of file.notes.filter((note) => note.severity === severity)) {
        console.log(`${prefix[severity]} ${file.source}: ${note.message}`);
      }
    }
  }
  const fixedFiles = new Map<string, number>();
  for (const file of report.files) {
    for (const code of new Set(file.notes.filter((note) => note.severity === 'fixed').map((note) => note.code))) {
      fixedFiles.set(code, (fixedFiles.get(code) ?? 0) + 1);
    }
  }
  if (fixedFiles.size > 0) {
    const byCount = [...fixedFiles].sort((a, b) => b[1] - a[1]);
    console.log(t.fixedSummary(byCount.map(([code, files]) => t.fixedCount(t.fixed[code] ?? code, files))));
  }
  if (report.removed.length > 0) console.log(t.removed(report.removed.length));
  if (report.ignoredEntries.length > 0) console.log(`${t.warningPrefix} ${t.ignoredEntries(report.ignoredEntries)}`);
  if (report.skippedLinks.length > 0) console.log(`${t.warningPrefix} ${t.skippedLinks(report.skippedLinks)}`);
  const count = (outcome: string) => report.files.filter((file) => file.outcome === outcome).length;
  console.log(t.summary(count('added'), count('updated'), count('unchanged'), report.laws, report.versions, report.ms));
  if (count('duplicate') > 0) console.log(t.duplicates(count('duplicate')));
  const warned = report.files.filter(
    (f) => f.outcome !== 'failed' && f.notes.some((note) => note.severity === 'warning'),
  );
  if (warned.length > 0) console.log(t.warnings(warned.length));
  if (count('failed') > 0) console.error(t.failed(count('failed')));
}
process.exit(report.files.some((file) => file.outcome === 'failed') ? 1 : 0);
