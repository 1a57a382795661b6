import { defineConfig } from 'vitest/config';

// Every fuzz suite reads FUZZ_RUNS; the plain unit run gives each parser property 10,000 generated
// cases (the reliability bar), `npm run fuzz` raises it to 200,000. A value set by the caller wins.
const FUZZ_RUNS = process.env.FUZZ_RUNS ?? '10000';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    env: { FUZZ_RUNS },
    testTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
