/** Formats benchmark measurements for the console. */
import type { FileMeasurement } from './measure-file';

const MB = 1024 * 1024;
const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mb = (value: number): string => `${(value / MB).toFixed(1)} MB`;

/** A block of lines describing one file's run. */
export function formatMeasurement(rows: number, m: FileMeasurement): string {
  const lines = [
    `── ${rows.toLocaleString('en')} rows ──`,
    `  file size                      ${mb(m.fileBytes)}`,
    `  read file (fs)                 ${ms(m.readMs)}`,
    `  decode+parse+summaries         ${ms(m.parseMs)}  (readCertificateList with node:crypto SHA-256: ${m.records} records, ${m.certificates} certificates, ${m.problems} problems, ${m.progressCalls} progress calls)`,
    `  certificates decoded / s       ${Math.round(m.certificates / (m.parseMs / 1000)).toLocaleString('en')}`,
    `  longest main-thread block      ${ms(m.longestTickGapMs)}  (setTimeout(0) gap during readCertificateList; UI budget 100 ms)`,
  ];
  if ('missing' in m.typing) {
    lines.push(`  search                         skipped: ${m.typing.missing}`);
  } else {
    const t = m.typing;
    lines.push(
      `  buildSearchIndex               ${ms(t.indexMs)}`,
      `  decode+parse+index total       ${ms(m.parseMs + t.indexMs)}  (readCertificateList + buildSearchIndex: the list is searchable)`,
      `  filter per keystroke           median ${ms(t.medianMs)}, max ${ms(t.maxMs)} over ${t.keystrokes - 1} keystrokes; first keystroke ${ms(t.firstMs)} (searchRecords + filterRecords)`,
      `  3-letter query                 median ${ms(t.threeLetterMedianMs)}, max ${ms(t.threeLetterMaxMs)}  ("www" → ${t.wwwHits} valid hits)`,
    );
  }
  lines.push(
    `  peak RSS                       ${mb(m.peakRss)}  (baseline ${mb(m.baselineRss)}; ${(m.peakRss / m.fileBytes).toFixed(1)}× file size, ${((m.peakRss - m.baselineRss) / m.fileBytes).toFixed(1)}× above baseline)`,
    `  peak heapUsed / arrayBuffers   ${mb(m.peakHeapUsed)} / ${mb(m.peakArrayBuffers)}`,
  );
  if (m.error) lines.push(`  ERROR                          ${m.error}`);
  return lines.join('\n');
}
