/**
 * An operation counter for the scaling tests: parsers of untrusted input call countOperation() once
 * per unit of work (an OID octet, a DER element, a certificate parsed, a row read), and a test
 * doubles its input and checks that the count roughly doubles. Counting is off unless a test turns it
 * on, so the cost in normal runs is one boolean test per call.
 */

/** The parsers that count their work. */
export type CountedParser = 'oid' | 'der-walk' | 'certificate-parse' | 'chain-pool' | 'subject-alt-names' | 'list-rows' | 'list-json' | 'pem-markers';

let counts: Map<CountedParser, number> | null = null;

/** Adds `amount` units of work done by `parser` (nothing unless counting is on). */
export function countOperation(parser: CountedParser, amount = 1): void {
  if (counts !== null) counts.set(parser, (counts.get(parser) ?? 0) + amount);
}

/** Runs `work` with counting on and returns its result with the units of work each parser did. */
export async function countOperations<T>(work: () => T | Promise<T>): Promise<{ result: T; counts: ReadonlyMap<CountedParser, number> }> {
  const previous = counts;
  const mine = new Map<CountedParser, number>();
  counts = mine;
  try {
    return { result: await work(), counts: mine };
  } finally {
    counts = previous;
  }
}
