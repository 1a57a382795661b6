/**
 * Calls `flush` at most once per `intervalMs`: a request with none in the last interval flushes at
 * once (the first rows of a load paint without waiting), later ones within the interval are folded
 * into one flush when it ends, so the last state is never dropped. A loading list re-renders a few
 * times a second instead of once per chunk the worker sends.
 */
export function coalesce(flush: () => void, intervalMs: number, clock: () => number = () => performance.now()): { request(): void; cancel(): void } {
  let last = -Infinity;
  let timer: number | undefined;
  const run = () => {
    timer = undefined;
    last = clock();
    flush();
  };
  return {
    request() {
      if (timer !== undefined) return;
      const wait = last + intervalMs - clock();
      if (wait <= 0) run();
      // A number in the browser; the cast keeps one type where Node's typings are also in scope (tests).
      else timer = setTimeout(run, wait) as unknown as number;
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
