/**
 * How many generated cases every property test runs: one setting for the whole suite, read here
 * and nowhere else.
 *
 * FUZZ_RUNS comes from the environment (`npm run fuzz` sets 200,000; a value the caller sets wins),
 * else DEFAULT_FUZZ_RUNS, the reliability bar of a parser property. vitest.config.ts passes it on to
 * every test process and scales the default test timeout with it. The number of cases depends on
 * this setting only, never on the machine's speed: a run on a loaded machine is as thorough as one
 * on an idle machine, and only the time it is allowed grows (propertyTimeout).
 */

/** Cases per property in `npm run test:unit`. */
export const DEFAULT_FUZZ_RUNS = 10_000;

/** The default timeout of a test, in ms (vitest.config.ts; raised in proportion for larger FUZZ_RUNS). */
export const BASE_TEST_TIMEOUT_MS = 60_000;

/**
 * The time one ordinary case may take: BASE_TEST_TIMEOUT_MS over DEFAULT_FUZZ_RUNS, 6 ms. Ordinary
 * cases (a parser or codec on a few hundred bytes) took at most about 1 ms on the shared 2-core
 * machine at load 15–20, so the default timeout leaves a margin of six.
 */
export const ORDINARY_MS_PER_CASE = BASE_TEST_TIMEOUT_MS / DEFAULT_FUZZ_RUNS;

/** Reads a FUZZ_RUNS value: a whole number of cases from 1 up (a typo must not silently run no case). */
export function fuzzRunsFrom(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_FUZZ_RUNS;
  const runs = Number(text);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a whole number of cases from 1 up, not "${text}"`);
  return runs;
}

/** Cases per property test: the one setting. */
export const FUZZ_RUNS: number = fuzzRunsFrom(process.env.FUZZ_RUNS);

/**
 * Cases for a property whose every case does public-key or full-certificate work: generating and
 * signing an X.509 certificate, or decoding one with @peculiar/x509 (asn1js schemas). Such a case
 * takes tens of milliseconds (about 50 ms to make, sign and cross-check a certificate at load 13), so
 * 10,000 of them would take ten minutes; these run a tenth of FUZZ_RUNS, at most 1,000 (`npm run fuzz`
 * raises the parser properties, not these).
 */
export function expensiveRuns(): number {
  return Math.max(1, Math.min(1_000, Math.floor(FUZZ_RUNS / 10)));
}

/**
 * Cases for the byte-level fuzz of the certificate summary fast path, which reads every certificate
 * of every list from untrusted bytes: five times FUZZ_RUNS, because its agreement property on real
 * certificates is held to expensiveRuns(). About 0.2–0.5 ms a case.
 */
export function hotParserRuns(): number {
  return FUZZ_RUNS * 5;
}

/**
 * The timeout of a property test of `runs` cases that may each take up to `msPerCase` on a loaded
 * machine, never less than the base timeout. A guard against a hang, not a timing assertion: the
 * cases stay the same, only the time allowed for them is sized to their number.
 */
export function propertyTimeout(runs: number, msPerCase: number = ORDINARY_MS_PER_CASE): number {
  return Math.max(BASE_TEST_TIMEOUT_MS, Math.ceil(runs * msPerCase));
}

/**
 * Cases for a property whose every case is a hostile input built to be large (an OID of hundreds of
 * kilobytes, thousands of nested elements, hundreds of certificates, thousands of rows): a hundredth
 * of FUZZ_RUNS, at least 20 (`npm run fuzz` runs 2,000 of each). Their point is the size and shape of
 * each case, so fewer cases cover them.
 */
export function hostileRuns(): number {
  return Math.max(20, Math.floor(FUZZ_RUNS / 100));
}
