/**
 * Formats the browser measurements of one file as a plain-text table: one line per figure, one
 * column per parse-worker setting; times also as a multiple of the Node floor, memory of the file size.
 */
import type { BrowserMeasurement } from './browser-measure';
import type { NodeFloor } from './node-floor';
import { parseWorkerCount } from '../../renderer/workers/parse-workers';

const MB = 1024 * 1024;
const COLUMN = 30;
const LABEL = 34;

const ms = (value: number): string => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
const mb = (value: number): string => `${(value / MB).toFixed(0)} MB`;
const times = (value: number): string => `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')}×`;

/** The total the count states ("表示 n / 全 N 件", "Showing n of N"), or null. */
export function countTotal(text: string | null): number | null {
  const match = /全\s*([\d,]+)\s*件|of\s+([\d,]+)/.exec(text ?? '');
  const digits = match?.[1] ?? match?.[2];
  return digits === undefined ? null : Number(digits.replace(/,/g, ''));
}

/** The parse workers a setting asked for, as printed. */
export function workersAsked(m: BrowserMeasurement): string {
  if (m.setting.parseWorkers !== null) return `${m.setting.parseWorkers} (?parseWorkers=${m.setting.parseWorkers})`;
  return `all (default ${parseWorkerCount('', m.hardwareConcurrency)})`;
}

/** A time and its multiple of the floor. */
function timed(value: number | null, floorMs: number | null): string {
  if (value === null) return 'not seen';
  return floorMs ? `${ms(value)} (${times(value / floorMs)})` : ms(value);
}

function row(label: string, cells: readonly string[]): string {
  return `  ${label.padEnd(LABEL)}${cells.map((cell) => cell.padEnd(COLUMN)).join('')}`.trimEnd();
}

/** The Node floor line (also printed with the Node figures). */
export function formatFloor(floor: NodeFloor | string): string {
  if (typeof floor === 'string') return `  Node floor                     ${floor}`;
  return `  Node floor                     ${ms(floor.totalMs)}  (read ${ms(floor.readMs)} + TextDecoder('shift_jis') ${ms(floor.decodeMs)} + split into ${floor.lines.toLocaleString('en')} lines / ${floor.cells.toLocaleString('en')} TAB cells ${ms(floor.splitMs)}; best of ${floor.runs})`;
}

/** The block printed for one file: a table of every setting's figures, then notes. */
export function formatBrowser(rows: number, fileBytes: number, floor: NodeFloor | string, records: number | null, results: readonly (BrowserMeasurement | string)[]): string {
  const measured = results.filter((result): result is BrowserMeasurement => typeof result !== 'string');
  const first = measured[0];
  const floorMs = typeof floor === 'string' ? null : floor.totalMs;
  const lines = [
    `── browser: ${rows.toLocaleString('en')} rows (${(fileBytes / MB).toFixed(1)} MB), ${first ? `Chromium ${first.browserVersion} headless, ${first.hardwareConcurrency} cores` : 'Chromium'}, single-file build from file:// ──`,
    `  × = a multiple of the Node floor (${typeof floor === 'string' ? 'not measured' : ms(floor.totalMs)}) for times, of the file size for memory`,
  ];
  results.forEach((result, index) => {
    if (typeof result === 'string') lines.push(`  setting ${index + 1}: FAILED ${result}`);
  });
  if (measured.length === 0) return lines.join('\n');
  const each = (label: string, cell: (m: BrowserMeasurement) => string): void => void lines.push(row(label, measured.map(cell)));
  const key = (m: BrowserMeasurement) => ('missing' in m.keystroke ? null : m.keystroke);
  const scroll = (m: BrowserMeasurement) => ('missing' in m.scroll ? null : m.scroll);
  const task = (m: BrowserMeasurement, value: number): string => (!m.longTaskSupported ? 'no longtask API' : value === 0 ? 'none ≥ 50 ms' : ms(value));
  const perFile = (value: number | null): string => (value === null ? 'not read' : `${mb(value)} (${times(value / fileBytes)} file)`);

  each('parse workers asked', workersAsked);
  each('dedicated workers started', (m) => String(m.workersStarted));
  each('load average at start (1 min)', (m) => m.loadAverage.toFixed(1));
  each('file chosen → progress view', (m) => timed(m.progressMs, floorMs));
  each('→ first rows painted', (m) => timed(m.firstRowsMs, floorMs));
  each('→ loaded, total count shown', (m) => timed(m.loadedMs, floorMs));
  each('longest main-thread task, load', (m) => (m.loadLongTasks > 0 ? `${task(m, m.loadLongestTaskMs)} (${m.loadLongTasks} ≥ 50 ms)` : task(m, 0)));
  each('first keystroke → rows answer', (m) => (key(m) ? timed(key(m)!.answerMs, null) : (m.keystroke as { missing: string }).missing));
  each('longest task, first keystroke', (m) => (key(m) ? task(m, key(m)!.longestTaskMs) : '–'));
  each('scroll all rows: worst frame', (m) => (scroll(m) ? ms(scroll(m)!.worstMs) : (m.scroll as { missing: string }).missing));
  each('scroll: p95 / median frame', (m) => (scroll(m) ? `${ms(scroll(m)!.p95Ms)} / ${ms(scroll(m)!.medianMs)}` : '–'));
  each('scroll: frames, s, idle frame', (m) => (scroll(m) ? `${scroll(m)!.frames}, ${scroll(m)!.seconds.toFixed(1)} s, ${scroll(m)!.idleMedianMs === null ? '?' : ms(scroll(m)!.idleMedianMs!)}` : '–'));
  each('scroll: longest task', (m) => (scroll(m) ? task(m, scroll(m)!.longestTaskMs) : '–'));
  each('renderer RSS on the start screen', (m) => (m.memory.rendererBefore === null ? 'not read' : mb(m.memory.rendererBefore)));
  each('renderer peak RSS to loaded', (m) => perFile(m.memory.rendererPeakAtLoad));
  each('renderer peak RSS, whole run', (m) => perFile(m.memory.rendererPeakEnd));
  each('page JS heap used / total', (m) => (m.memory.jsHeapUsed === null ? 'not read' : `${mb(m.memory.jsHeapUsed)} / ${mb(m.memory.jsHeapTotal ?? 0)} (peak ${m.memory.pageHeapPeak === null ? '?' : mb(m.memory.pageHeapPeak)})`));

  // Each note once, with the settings it applies to.
  const notes = new Map<string, string[]>();
  const note = (m: BrowserMeasurement, text: string): void => void notes.set(text, [...(notes.get(text) ?? []), m.setting.label]);
  for (const m of measured) {
    const total = countTotal(m.countText);
    if (m.failure) note(m, `the page refused the file: ${m.failure}`);
    else if (records !== null && total !== records) note(m, `the count read "${m.countText ?? '(none)'}", Node read ${records.toLocaleString('en')} records`);
    const s = scroll(m);
    if (s && s.rowsInGrid !== null && s.rowsReached !== s.rowsInGrid) note(m, `the scroll ended at row ${s.rowsReached ?? '?'} of ${s.rowsInGrid}`);
    if (m.pageErrors.length > 0) note(m, `page errors: ${m.pageErrors.slice(0, 3).join(' | ')}`);
    if (m.t0Source === 'chooser') note(m, 'no change event reached the page: time zero is when the file chooser resolved');
    if (m.memory.renderers > 1) note(m, `${m.memory.renderers} renderer processes; the biggest is reported (the page's, with its workers)`);
  }
  for (const [text, labels] of notes) lines.push(`  note (${labels.length === measured.length ? 'all' : labels.join(', ')}): ${text}`);
  return lines.join('\n');
}
