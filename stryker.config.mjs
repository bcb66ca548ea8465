// Mutation testing of the domain core: `npm run test:mutation` (not part of `npm test`).
// Stryker changes the code one small slip at a time (a > for a >=, a deleted line, a string
// emptied) and runs the unit tests that cover it; a mutant the tests do not notice "survives".
// Survivors are killed by a new test or listed, with a reason, in tests/mutation/equivalent.md.
// Incremental: a rerun tests only mutants whose code or tests changed (reports/mutation/).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  // related: false — each mutant runs the tests that covered it (perTest), named by Stryker; asking
  // Vite for the test files related to the mutated file as well only cost time.
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    // 文号, 索引号, dates and time zones, validity and relations, checklist diff, annual reports
    'src/lib/docNumber.ts',
    'src/lib/indexNo.ts',
    'src/lib/dates.ts',
    'src/lib/documents/validity.ts',
    'src/lib/documents/relations.ts',
    'src/lib/documents/checklistDiff.ts',
    'src/lib/annualReport.ts',
    // content rules
    'src/lib/content/rules.ts',
    'src/lib/content/guideRules.ts',
    'src/lib/content/columnRules.ts',
    'src/lib/content/regulationRules.ts',
    // guard
    'src/lib/guard/*.ts',
    // integrity and verify
    'src/lib/integrity/manifest.ts',
    'src/lib/integrity/keys.ts',
    'src/lib/integrity/pages.ts',
    'src/lib/integrity/verify.ts',
    // search query reading
    'src/lib/search/query.ts',
    'src/lib/search/language.ts',
    'src/lib/search/concepts.ts',
    'src/lib/search/numbers.ts',
    'src/lib/search/t2s.ts',
    // schemas
    'src/schemas/*.ts',
  ],
  ignorePatterns: ['bench/.output', 'tests/.output', 'dist', '.astro', 'reports', 'node_modules/.vite'],
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  concurrency: 2,
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 85, break: 85 },
};
