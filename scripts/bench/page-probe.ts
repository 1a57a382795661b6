/**
 * Code the browser benchmark runs inside the page (Playwright serialises each function; nothing here
 * may use anything from outside its own body). Times are page times (performance.now()).
 *
 * installProbe (an init script, before the app's own scripts) records:
 *  - time zero: the file input's change event (capture listener on window, so before the app's), or
 *    when the driver calls window.__upkiBenchBegin() because the chooser resolved without one;
 *  - every main-thread long task (PerformanceObserver 'longtask', buffered);
 *  - when a progress view, the first grid rows and the loaded list are first on screen. A
 *    MutationObserver only notes that the DOM changed and asks for an animation frame; the checks run
 *    in that frame's requestAnimationFrame callback (the layout they read is the one the frame paints)
 *    and stamp it with performance.now() there, so nothing forces an extra layout.
 * armKeystroke / keystrokeAnswered time the first keystroke in the filter box; scrollThrough scrolls
 * the grid from top to bottom one step per animation frame and returns the frame intervals.
 */
import type { UiSelectors } from './ui-selectors';

/** A main-thread long task, page time. */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** What the probe knows, as `window.__upkiBench`. Marks are ms after time zero. */
export interface ProbeState {
  t0: number | null;
  /** 'change' (the file input's change event) or 'chooser' (set from outside when the file chooser resolved without one). */
  t0Source: 'change' | 'chooser' | null;
  marks: { progress?: number; firstRows?: number; loaded?: number };
  failure: string | null;
  countText: string | null;
  tasks: LongTask[];
  longTaskSupported: boolean;
  /** Peak performance.memory.usedJSHeapSize seen at the checks (main thread only), bytes. */
  heapPeak: number;
  hardwareConcurrency: number;
  done: Promise<void> | null;
  key: { down: number | null; answered: number | null; countText: string | null; done: Promise<void> | null };
}

/** What scrollThrough saw. */
export interface ScrollTrace {
  /** 31 frames with nothing to do before the scroll, at the top: the browser's own frame rate, for comparison. */
  readonly idle: number[];
  /** requestAnimationFrame timestamps, one per frame, from the first step to two frames after the bottom. */
  readonly stamps: number[];
  readonly scrolledPx: number;
  readonly viewportPx: number;
  /** Grid rows in all (aria-rowcount minus the header row), and the last row position on screen at the bottom, plus one. */
  readonly rowsInGrid: number | null;
  readonly rowsReached: number | null;
  readonly error?: string;
}

/** The init script. Installs `window.__upkiBench` and starts watching at the first file input change. */
export function installProbe(ui: UiSelectors): void {
  const state: ProbeState = {
    t0: null,
    t0Source: null,
    marks: {},
    failure: null,
    countText: null,
    tasks: [],
    longTaskSupported: false,
    heapPeak: 0,
    hardwareConcurrency: navigator.hardwareConcurrency,
    done: null,
    key: { down: null, answered: null, countText: null, done: null },
  };
  (window as unknown as { __upkiBench: ProbeState }).__upkiBench = state;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    state.longTaskSupported = true;
  } catch {
    // No long-task timing in this browser: the figures say so.
  }
  const heap = (): number => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
  const visible = (element: Element): boolean => {
    const rect = element.getBoundingClientRect();
    if (rect.width <= 0 || rect.height <= 0 || rect.bottom <= 0 || rect.top >= window.innerHeight) return false;
    return element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  };
  const anyVisible = (selector: string): boolean => {
    const found = document.querySelectorAll(selector);
    for (let i = 0; i < Math.min(found.length, 50); i++) if (visible(found[i]!)) return true;
    return false;
  };
  const visibleCount = (): Element | null => Array.from(document.querySelectorAll(ui.count)).find((element) => element.checkVisibility()) ?? null;
  const checks = {
    progress: (): boolean => anyVisible(ui.progress),
    firstRows: (): boolean => anyVisible(ui.rows),
    loaded: (): boolean => {
      if (document.querySelector(ui.app)?.getAttribute('data-app-state') === 'loading') return false;
      if (anyVisible(ui.progress) || !anyVisible(ui.rows)) return false;
      return visibleCount()?.getAttribute('data-settled') !== 'false';
    },
  };

  const start = (): void => {
    let finish: () => void = () => undefined;
    state.done = new Promise((resolve) => (finish = resolve));
    let frameAsked = false;
    const observer = new MutationObserver(() => askFrame());
    const onFrame = (): void => {
      frameAsked = false;
      const now = performance.now();
      state.heapPeak = Math.max(state.heapPeak, heap());
      for (const name of ['progress', 'firstRows', 'loaded'] as const) {
        if (state.marks[name] === undefined && checks[name]()) state.marks[name] = now - state.t0!;
      }
      const appState = document.querySelector(ui.app)?.getAttribute('data-app-state');
      const failure = appState === 'error' || appState === 'start' ? document.querySelector(ui.failure) : null;
      if (failure) state.failure = failure.textContent ?? 'failed';
      if (state.marks.loaded !== undefined || state.failure !== null) {
        state.countText = visibleCount()?.textContent ?? null;
        observer.disconnect();
        finish();
      }
    };
    const askFrame = (): void => {
      if (frameAsked) return;
      frameAsked = true;
      requestAnimationFrame(onFrame);
    };
    observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    askFrame();
  };
  const begin = (source: 'change' | 'chooser'): void => {
    if (state.t0 !== null) return;
    state.t0 = performance.now();
    state.t0Source = source;
    start();
  };
  window.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') begin('change');
    },
    true,
  );
  (window as unknown as { __upkiBenchBegin: () => void }).__upkiBenchBegin = () => begin('chooser');
}

/**
 * Before the first keystroke: notes its keydown time (the event's own timestamp, so queueing counts)
 * and, through the count's data-settled (or its text when there is no such attribute), the first
 * animation frame in which the rows shown answer the box's new text.
 */
export function armKeystroke(ui: UiSelectors): void {
  const state = (window as unknown as { __upkiBench: ProbeState }).__upkiBench;
  const input = Array.from(document.querySelectorAll<HTMLInputElement>(ui.filter)).find((element) => element.checkVisibility()) ?? null;
  const count = Array.from(document.querySelectorAll(ui.count)).find((element) => element.checkVisibility()) ?? null;
  const before = input?.value ?? '';
  const textBefore = count?.textContent ?? '';
  state.key = { down: null, answered: null, countText: null, done: null };
  window.addEventListener('keydown', (event) => void (state.key.down ??= event.timeStamp), { capture: true, once: true });
  state.key.done = new Promise((resolve) => {
    if (!input || !count) return resolve();
    let sawUnsettled = false;
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve();
    }, 60_000);
    const observer = new MutationObserver(() => {
      const settled = count.getAttribute('data-settled');
      if (settled === 'false') sawUnsettled = true;
      const answered = settled === null ? count.textContent !== textBefore : settled === 'true' && (sawUnsettled || count.textContent !== textBefore);
      if (input.value === before || !answered) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => {
        state.key.answered = performance.now();
        state.key.countText = count.textContent;
        resolve();
      });
    });
    observer.observe(count, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/**
 * Scrolls the grid from the top to the bottom: one scrollTop step per animation frame (a viewport,
 * or more so that it takes at most `maxFrames` frames), records every frame's timestamp; before that,
 * 30 idle frames at the top.
 */
export async function scrollThrough({ ui, maxFrames }: { ui: UiSelectors; maxFrames: number }): Promise<ScrollTrace> {
  const isScroller = (element: Element): boolean => element.scrollHeight > element.clientHeight + 1 && element.checkVisibility();
  let scroller = Array.from(document.querySelectorAll(ui.scroller)).find(isScroller) ?? null;
  const firstRow = Array.from(document.querySelectorAll(ui.rows)).find((row) => row.checkVisibility()) ?? null;
  for (let element = firstRow?.parentElement ?? null; !scroller && element; element = element.parentElement) {
    if (isScroller(element) && /auto|scroll/.test(getComputedStyle(element).overflowY)) scroller = element;
  }
  const grid = scroller?.closest('[role="grid"]') ?? firstRow?.closest('[role="grid"]') ?? null;
  const rowsInGrid = grid?.hasAttribute('aria-rowcount') ? Number(grid.getAttribute('aria-rowcount')) - 1 : null;
  if (!scroller) return { idle: [], stamps: [], scrolledPx: 0, viewportPx: 0, rowsInGrid, rowsReached: null, error: 'no scrollable grid element (fewer rows than the window shows?)' };
  const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
  scroller.scrollTop = 0;
  await frame();
  await frame();
  const idle: number[] = [];
  for (let i = 0; i < 31; i++) idle.push(await frame());
  const bottom = scroller.scrollHeight - scroller.clientHeight;
  const step = Math.max(scroller.clientHeight, Math.ceil(bottom / maxFrames));
  const stamps: number[] = [];
  let after = 0;
  while (after < 3) {
    stamps.push(await frame());
    if (scroller.scrollTop >= bottom - 1) after++;
    else scroller.scrollTop = Math.min(bottom, scroller.scrollTop + step);
  }
  let rowsReached: number | null = null;
  for (const row of Array.from(grid?.querySelectorAll('[role="row"][data-index]') ?? [])) {
    // data-pos counts from 0; aria-rowindex from 1 with the header row first.
    const position = row.hasAttribute('data-pos') ? Number(row.getAttribute('data-pos')) : Number(row.getAttribute('aria-rowindex') ?? NaN) - 2;
    const rect = row.getBoundingClientRect();
    if (Number.isFinite(position) && rect.top < window.innerHeight && rect.bottom > 0) rowsReached = Math.max(rowsReached ?? 0, position + 1);
  }
  return { idle, stamps, scrolledPx: scroller.scrollTop, viewportPx: scroller.clientHeight, rowsInGrid, rowsReached };
}
