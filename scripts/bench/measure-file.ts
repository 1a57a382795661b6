/**
 * Child process of `npm run bench`: reads one generated file through the real pipeline
 * (readCertificateList, then the search index and per-keystroke search) and prints one JSON line.
 * Run in its own process so that peak RSS belongs to this file alone.
 */
import { readFileSync } from 'node:fs';
import { nodeSha256Hex } from '../../cli/node-digest';
import { readCertificateList } from '../../shared/tsv/read-certificate-list';
import { startGapMonitor, startMemorySampler } from './monitors';
import { measureTyping, type TypingResult } from './typing';

/** What one run measured (times in ms, memory in bytes). */
export interface FileMeasurement {
  readonly fileBytes: number;
  readonly readMs: number;
  readonly parseMs: number;
  readonly records: number;
  readonly certificates: number;
  readonly problems: number;
  readonly longestTickGapMs: number;
  readonly progressCalls: number;
  readonly baselineRss: number;
  readonly peakRss: number;
  readonly peakHeapUsed: number;
  readonly peakArrayBuffers: number;
  readonly typing: TypingResult | { readonly missing: string };
  readonly error?: string;
}

async function measure(path: string): Promise<FileMeasurement> {
  const baselineRss = process.memoryUsage().rss;
  const memory = startMemorySampler();
  let started = performance.now();
  // A view, not a copy: `new Uint8Array(buffer)` would hold the file twice until the Buffer is collected.
  const file = readFileSync(path);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.length);
  const readMs = performance.now() - started;
  const stopGaps = startGapMonitor();
  let progressCalls = 0;
  started = performance.now();
  const result = await readCertificateList(bytes, { fileName: 'serverAll.tsv', onProgress: () => void progressCalls++, digestSha256: nodeSha256Hex });
  const parseMs = performance.now() - started;
  const longestTickGapMs = stopGaps();
  const base = { fileBytes: bytes.length, readMs, parseMs, longestTickGapMs, progressCalls, baselineRss };
  if (!result.ok) {
    const peaks = memory.stop();
    return { ...base, ...peaks, records: 0, certificates: 0, problems: 1, typing: { missing: 'file not read' }, error: `${result.error.code}: ${result.error.message.en}` };
  }
  const list = result.value;
  const typing = await measureTyping(list.records);
  const peaks = memory.stop();
  return {
    ...base,
    ...peaks,
    records: list.records.length,
    certificates: list.records.filter((record) => record.certificate !== null).length,
    problems: list.problems.length,
    typing,
  };
}

const path = process.argv[2];
if (!path) throw new Error('usage: measure-file.ts <file>');
process.stdout.write(`${JSON.stringify(await measure(path))}\n`);
