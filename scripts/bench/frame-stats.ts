/** Pure arithmetic over what the page probe recorded: frame intervals, percentiles, long tasks in a window. */
import type { LongTask } from './page-probe';

/** The gaps between consecutive timestamps, ms. */
export function frameIntervals(stamps: readonly number[]): number[] {
  const intervals: number[] = [];
  for (let i = 1; i < stamps.length; i++) intervals.push(stamps[i]! - stamps[i - 1]!);
  return intervals;
}

/** The nearest-rank percentile (p in 0..100) of `values`, or null when there are none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** The longest task that overlaps [from, to] (page times), its duration in ms; 0 when none did. */
export function longestTaskIn(tasks: readonly LongTask[], from: number, to: number): number {
  let longest = 0;
  for (const task of tasks) {
    if (task.start <= to && task.start + task.duration >= from) longest = Math.max(longest, task.duration);
  }
  return longest;
}
