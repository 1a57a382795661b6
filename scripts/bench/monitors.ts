/** Samplers for the benchmark: peak memory and the longest stall of the event loop. */

/** Peak memory seen by the sampler, in bytes. */
export interface MemoryPeaks {
  readonly peakRss: number;
  readonly peakHeapUsed: number;
  readonly peakArrayBuffers: number;
}

/**
 * Samples process.memoryUsage() every 5 ms; `stop` adds a final sample and the OS's max RSS
 * (process.resourceUsage().maxRSS, KiB), which also covers stretches when the loop was blocked.
 */
export function startMemorySampler(): { stop: () => MemoryPeaks } {
  let peakRss = 0;
  let peakHeapUsed = 0;
  let peakArrayBuffers = 0;
  const sample = (): void => {
    const usage = process.memoryUsage();
    peakRss = Math.max(peakRss, usage.rss);
    peakHeapUsed = Math.max(peakHeapUsed, usage.heapUsed);
    peakArrayBuffers = Math.max(peakArrayBuffers, usage.arrayBuffers);
  };
  const timer = setInterval(sample, 5);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024), peakHeapUsed, peakArrayBuffers };
    },
  };
}

/**
 * Chains setTimeout(0) ticks and records the longest gap between two: how long the main thread
 * was blocked at a stretch (a UI needs < 100 ms). `stop` returns the longest gap in ms.
 */
export function startGapMonitor(): () => number {
  let last = performance.now();
  let longest = 0;
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  return () => {
    running = false;
    return Math.max(longest, performance.now() - last);
  };
}
