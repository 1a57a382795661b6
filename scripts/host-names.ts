/**
 * Measures host-name matching (shared/diagnostics/name-match.ts, what `inspect --host` and the
 * details pane's host check use) on rustls-webpki's table of presented dNSName × reference host
 * (PRESENTED_MATCHES_REFERENCE in src/subject_name/dns_name.rs of https://github.com/rustls/webpki;
 * read from outside the repository, never committed). A row expected `Ok(true)` must match; a row
 * expected `Ok(false)` or an error (a malformed identifier) must not. Prints the count and, with
 * --verbose, the rows that differ.
 *
 *   npx tsx scripts/host-names.ts /path/to/webpki/src/subject_name/dns_name.rs [--verbose]
 */
import { readFileSync } from 'node:fs';
import { matchHostName } from '../shared/diagnostics/name-match';

interface HostCase {
  readonly presented: string;
  readonly reference: string;
  readonly expected: boolean;
}

/** Rust byte-string literal contents (b"...") as text: only \\, \" and \xNN escapes occur in the table. */
const unescape = (literal: string): string => literal.replace(/\\x([0-9a-f]{2})|\\(.)/gi, (_, hex: string | undefined, char: string | undefined) => (hex ? String.fromCharCode(parseInt(hex, 16)) : char!));

function readTable(source: string): HostCase[] {
  const start = source.indexOf('PRESENTED_MATCHES_REFERENCE:');
  // Rows commented out in the source (Chromium's URL-decoding cases) are not part of the table.
  const table = source.slice(start, source.indexOf('];', start)).replace(/^\s*\/\/.*$/gm, '');
  const row = /\(\s*b"((?:[^"\\]|\\.)*)",\s*b"((?:[^"\\]|\\.)*)",\s*(Ok\(true\)|Ok\(false\)|Err\([^)]*\)),?\s*\)/g;
  return [...table.matchAll(row)].map((match) => ({ presented: unescape(match[1]!), reference: unescape(match[2]!), expected: match[3] === 'Ok(true)' }));
}

const [file, flag] = process.argv.slice(2);
if (!file) {
  console.error('usage: npx tsx scripts/host-names.ts /path/to/dns_name.rs [--verbose]');
  process.exit(2);
}
const cases = readTable(readFileSync(file, 'latin1'));
const differing: string[] = [];
for (const testCase of cases) {
  const matched = matchHostName(testCase.reference, { dnsNames: [testCase.presented], commonName: null, ipAddresses: [] }).finding.code === 'name-match';
  if (matched !== testCase.expected) differing.push(`presented ${JSON.stringify(testCase.presented)} reference ${JSON.stringify(testCase.reference)}: expected ${testCase.expected ? 'match' : 'no match'}`);
}
console.log(`rustls-webpki host names: ${cases.length - differing.length} of ${cases.length}`);
if (flag === '--verbose') for (const line of differing) console.log(`  ${line}`);
