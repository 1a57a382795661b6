/**
 * Child process of `npm run bench`: the floor a list reader cannot beat on this machine — read the
 * file, decode it as Shift_JIS (CP932, TextDecoder('shift_jis')) and split it into lines and TAB
 * cells, nothing more. Best of three runs in a fresh process; prints one JSON line. Browser figures
 * are printed as multiples of `totalMs`.
 */
import { readFileSync } from 'node:fs';

/** The floor's parts, ms, and what the split found. */
export interface NodeFloor {
  readonly readMs: number;
  readonly decodeMs: number;
  readonly splitMs: number;
  /** read + decode + split of the fastest run. */
  readonly totalMs: number;
  readonly lines: number;
  readonly cells: number;
  readonly runs: number;
}

function once(path: string): NodeFloor {
  let started = performance.now();
  const bytes = readFileSync(path);
  const readMs = performance.now() - started;
  started = performance.now();
  const text = new TextDecoder('shift_jis').decode(bytes);
  const decodeMs = performance.now() - started;
  started = performance.now();
  const lines = text.split('\n');
  let cells = 0;
  for (const line of lines) {
    if (line.length === 0) continue;
    // CRLF lines: the CR stays on the last cell, as a bare split would leave it; dropping it costs a copy of the cell.
    cells += line.split('\t').length;
  }
  const splitMs = performance.now() - started;
  return { readMs, decodeMs, splitMs, totalMs: readMs + decodeMs + splitMs, lines: lines.length - (lines.at(-1) === '' ? 1 : 0), cells, runs: 1 };
}

/** The fastest of `runs` runs (by total). */
export function measureNodeFloor(path: string, runs = 3): NodeFloor {
  let best: NodeFloor | null = null;
  for (let run = 0; run < runs; run++) {
    const result = once(path);
    if (!best || result.totalMs < best.totalMs) best = result;
  }
  return { ...best!, runs };
}

const path = process.argv[2];
if (path && process.argv[1]?.endsWith('node-floor.ts')) process.stdout.write(`${JSON.stringify(measureNodeFloor(path))}\n`);
