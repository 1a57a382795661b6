import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './paths';

/**
 * Writes a large list made of the main fixture's bytes: its header, then its data lines repeated to
 * at least `targetRows` rows. CP932 is only bytes here, and every fixture record is one CRLF-terminated
 * line, so repeating lines keeps it valid. Answers the path and how many copies of the data it holds.
 */
export function writeLargeList(dir: string, targetRows: number, name = 'serverAll-large.tsv'): { path: string; copies: number } {
  const fixture = readFileSync(join(FIXTURES_DIR, 'tsv/serverAll.tsv'));
  const headerEnd = fixture.indexOf(0x0a) + 1;
  const header = fixture.subarray(0, headerEnd);
  const data = fixture.subarray(headerEnd);
  const dataLines = data.filter((byte) => byte === 0x0a).length;
  const copies = Math.ceil(targetRows / dataLines);
  const path = join(dir, name);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: copies }, () => data)]));
  return { path, copies };
}
