// The unit tests that judge the domain's checks and parser, for mutation testing (`npm run test:mutation`):
// only pure, fast tests, so that each mutant's run takes a moment. The suites that first convert
// generated DOCX/PDF/HTML files (minutes each) stay in the normal run.
// A test must do its work inside its own `it`: work done while tests are collected or in `beforeAll` is
// credited to no test by Stryker's per-test coverage, so the test is not run against the mutants it reaches.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'tests/unit/checks/**/*.test.ts',
      'tests/unit/parse/**/*.test.ts',
      // The cross-body check (checks/cross-body) is judged with the region summary it feeds.
      'tests/unit/summary/cross-body.test.ts',
    ],
    exclude: ['tests/unit/checks/generated-rules.test.ts', 'tests/unit/checks/pipeline-truths.test.ts'],
    testTimeout: 60_000,
  },
});
