// Mutation testing of the check engine and the parser (`npm run test:mutation`; not in CI: it is slow).
// Incremental: a re-run only tests mutants whose code or tests changed (reports/stryker-incremental.json).
// One file: `npm run test:mutation -- --mutate src/main/domain/checks/arithmetic.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  coverageAnalysis: 'perTest',
  mutate: [
    'src/main/domain/checks/**/*.ts',
    'src/main/domain/parse/**/*.ts',
    'src/main/domain/findings.ts',
  ],
  // Not copied into the sandbox: generated and report folders the domain tests never read.
  ignorePatterns: [
    'tests/fixtures/generated',
    'out',
    'dist',
    'test-results',
    'playwright-report',
    'reports',
    '.bench',
    '.scratch',
    '.stryker-tmp*',
  ],
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
