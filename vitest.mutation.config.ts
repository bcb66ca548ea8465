import { defineConfig } from 'vitest/config';

// The unit tests alone, for mutation testing (stryker.config.mjs): every mutant of the domain
// core is judged by the tests that run in milliseconds; builds and browsers are not involved.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'] },
});
