import { defineConfig } from 'vitest/config';
import { FUZZ_RUNS, propertyTimeout } from './test/support/fuzz-runs';

// Every property test reads its number of cases from test/support/fuzz-runs.ts: 10,000 in the plain
// unit run (the reliability bar), 200,000 with `npm run fuzz`; a FUZZ_RUNS set by the caller wins.
// The default timeout grows with the number of cases (60 s at 10,000), never the other way round.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    env: { FUZZ_RUNS: String(FUZZ_RUNS) },
    testTimeout: propertyTimeout(FUZZ_RUNS),
    pool: 'forks',
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
