/**
 * One browser measurement for `npm run bench`: a fresh Debian Chromium (so the renderer's peak memory
 * belongs to this file alone) opens the single-file web build from file://, chooses the list through
 * the start screen's 「TSVを開く」 and the browser's file chooser, and the page probe (page-probe.ts)
 * times the load; then the first keystroke in the filter box, then a scroll through every row.
 * Nothing is asserted: what could not be measured is reported as such.
 */
import { chromium, type Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { frameIntervals, longestTaskIn, percentile } from './frame-stats';
import { armKeystroke, installProbe, scrollThrough, type ProbeState } from './page-probe';
import { rendererMemory, startRendererSampler } from './proc-memory';
import { OPEN_LIST_BUTTON, UI } from './ui-selectors';

/** How many parse workers the page is asked for: `?parseWorkers=N`, or nothing (the renderer's default). */
export interface WorkerSetting {
  readonly label: string;
  readonly parseWorkers: number | null;
}

export interface BrowserRunOptions {
  /** file:// URL of the single-file build. */
  readonly pageUrl: string;
  readonly file: string;
  readonly setting: WorkerSetting;
  readonly executablePath: string;
  readonly timeoutMs: number;
  /** The scroll takes at most this many frames (bigger steps on long lists). */
  readonly maxScrollFrames: number;
}

/** Renderer memory in bytes; null where it could not be read. */
export interface BrowserMemory {
  /** VmRSS of the biggest renderer process on the start screen, before the file was chosen. */
  readonly rendererBefore: number | null;
  /** The highest VmHWM or VmRSS of a renderer process (sampled every 50 ms from the file's choice) until the list had loaded, and until after typing and scrolling. */
  readonly rendererPeakAtLoad: number | null;
  readonly rendererPeakEnd: number | null;
  readonly renderers: number;
  /** CDP Performance.getMetrics after the load: the page's main-thread JS heap (workers not included). */
  readonly jsHeapUsed: number | null;
  readonly jsHeapTotal: number | null;
  /** The highest performance.memory.usedJSHeapSize the probe saw during the load (main thread). */
  readonly pageHeapPeak: number | null;
}

export type Missing = { readonly missing: string };

export interface KeystrokeFigures {
  /** keydown (its own timestamp) to the frame in which the count says the rows answer the new text. */
  readonly answerMs: number | null;
  readonly longestTaskMs: number;
  readonly countText: string | null;
}

export interface ScrollFigures {
  readonly frames: number;
  readonly worstMs: number;
  readonly p95Ms: number;
  readonly medianMs: number;
  readonly longestTaskMs: number;
  readonly seconds: number;
  /** The median frame interval with nothing to do (headless Chromium's own frame rate). */
  readonly idleMedianMs: number | null;
  readonly rowsInGrid: number | null;
  readonly rowsReached: number | null;
}

export interface BrowserMeasurement {
  readonly setting: WorkerSetting;
  readonly browserVersion: string;
  readonly hardwareConcurrency: number;
  /** The machine's 1-minute load average when the browser started. */
  readonly loadAverage: number;
  /** What time zero was: the file input's change event, or the chooser's resolution. */
  readonly t0Source: 'change' | 'chooser' | null;
  /** Dedicated workers the page started from the file's choice to the loaded list. */
  readonly workersStarted: number;
  readonly progressMs: number | null;
  readonly firstRowsMs: number | null;
  readonly loadedMs: number | null;
  readonly countText: string | null;
  readonly longTaskSupported: boolean;
  /** Longest main-thread task from time zero to the loaded list, and how many tasks were over 50 ms. */
  readonly loadLongestTaskMs: number;
  readonly loadLongTasks: number;
  readonly keystroke: KeystrokeFigures | Missing;
  readonly scroll: ScrollFigures | Missing;
  readonly memory: BrowserMemory;
  readonly pageErrors: readonly string[];
  readonly failure: string | null;
}

/** The same switches as the end-to-end tests' Chromium (playwright.config.ts), and exact JS heap figures. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'];

/** tsx compiles with esbuild's keepNames, which wraps inner functions in __name(): the page needs it too. */
const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

const probe = (page: Page): Promise<ProbeState> => page.evaluate(() => (window as unknown as { __upkiBench: ProbeState }).__upkiBench);
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer in ${Math.round(ms / 1000)} s`)), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** The filter box on screen (a hidden list screen has one too while a list loads over another). */
const filterBox = (page: Page) => page.locator(UI.filter).filter({ visible: true }).first();

async function typeFirstKey(page: Page): Promise<KeystrokeFigures | Missing> {
  if ((await filterBox(page).count()) === 0) return { missing: `no filter box on screen (${UI.filter})` };
  await filterBox(page).focus();
  await page.evaluate(armKeystroke, UI);
  await page.keyboard.press('w');
  await page.evaluate(() => (window as unknown as { __upkiBench: ProbeState }).__upkiBench.key.done);
  await pause(300); // long-task entries arrive after the task
  const state = await probe(page);
  const { down, answered } = state.key;
  if (down === null) return { missing: 'the keydown never reached the page' };
  return { answerMs: answered === null ? null : answered - down, longestTaskMs: longestTaskIn(state.tasks, down, answered ?? down + 1000), countText: state.key.countText };
}

async function clearFilter(page: Page): Promise<void> {
  await filterBox(page).fill('');
  await page.waitForFunction(
    ({ filter, count }) => {
      const shown = (selector: string) => Array.from(document.querySelectorAll(selector)).find((element) => element.checkVisibility());
      return ((shown(filter) as HTMLInputElement | undefined)?.value ?? '') === '' && shown(count)?.getAttribute('data-settled') !== 'false';
    },
    { filter: UI.filter, count: UI.count },
    { polling: 100, timeout: 60_000 },
  );
}

async function scrollAll(page: Page, maxFrames: number): Promise<ScrollFigures | Missing> {
  const trace = await page.evaluate(scrollThrough, { ui: UI, maxFrames }).catch((error: Error) => ({ error: error.message }) as const);
  if ('error' in trace && trace.error !== undefined) return { missing: trace.error };
  if (!('stamps' in trace)) return { missing: 'no trace' };
  await pause(300);
  const tasks = (await probe(page)).tasks;
  const intervals = frameIntervals(trace.stamps);
  if (intervals.length === 0) return { missing: 'no frames' };
  return {
    frames: intervals.length,
    worstMs: Math.max(...intervals),
    p95Ms: percentile(intervals, 95)!,
    medianMs: percentile(intervals, 50)!,
    longestTaskMs: longestTaskIn(tasks, trace.stamps[0]!, trace.stamps.at(-1)!),
    seconds: (trace.stamps.at(-1)! - trace.stamps[0]!) / 1000,
    idleMedianMs: percentile(frameIntervals(trace.idle), 50),
    rowsInGrid: trace.rowsInGrid,
    rowsReached: trace.rowsReached,
  };
}

/** Measures one file at one worker setting in a browser of its own; a string says why it could not. */
export async function measureInBrowser(options: BrowserRunOptions): Promise<BrowserMeasurement | string> {
  // An argument only this launch has, to find its processes in /proc (Chromium ignores switches it does not know).
  const marker = `--upki-bench-run=${randomUUID()}`;
  const loadAverage = loadavg()[0]!;
  const browser = await chromium.launch({ executablePath: options.executablePath, args: [...ARGS, marker] });
  let stopSampler = (): void => undefined;
  try {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1440, height: 900 } });
    await context.addInitScript({ content: NAME_SHIM });
    await context.addInitScript(installProbe, UI);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    let workersStarted = 0;
    let counting = false;
    page.on('worker', () => void (counting && workersStarted++));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const url = new URL(options.pageUrl);
    if (options.setting.parseWorkers !== null) url.searchParams.set('parseWorkers', String(options.setting.parseWorkers));
    await page.goto(url.href);
    await page.locator(`${UI.app}[data-app-state="start"]`).waitFor({ timeout: 30_000 });

    // A person takes a moment to choose a file: whatever the page starts ahead (a spare worker) is ready, as it would be.
    await pause(1500);
    const before = rendererMemory(marker)?.[0]?.rss ?? null;
    const sampler = startRendererSampler(marker);
    stopSampler = sampler.stop;
    counting = true;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: OPEN_LIST_BUTTON }).first().click();
    await (await chooser).setFiles(options.file);
    const started = () => (window as unknown as { __upkiBench: ProbeState }).__upkiBench.done !== null;
    if (!(await page.waitForFunction(started, undefined, { polling: 50, timeout: 2000 }).then(() => true, () => false))) {
      // No change event reached the page: time zero is now, when the chooser has resolved.
      await page.evaluate(() => (window as unknown as { __upkiBenchBegin: () => void }).__upkiBenchBegin());
    }
    await withTimeout(
      page.evaluate(() => (window as unknown as { __upkiBench: ProbeState }).__upkiBench.done),
      options.timeoutMs,
      'waiting for the list to load',
    );
    counting = false;
    const atLoad = { peak: sampler.peak(), renderers: sampler.renderers() };
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const metric = (name: string): number | null => metrics.find((entry) => entry.name === name)?.value ?? null;
    await pause(500); // long-task entries arrive after the task; the first keystroke comes half a second after the list shows
    const loaded = await probe(page);
    const t0 = loaded.t0!;
    const end = loaded.marks.loaded === undefined ? performance.now() : t0 + loaded.marks.loaded;
    const base = {
      setting: options.setting,
      browserVersion: browser.version(),
      hardwareConcurrency: loaded.hardwareConcurrency,
      loadAverage,
      t0Source: loaded.t0Source,
      workersStarted,
      progressMs: loaded.marks.progress ?? null,
      firstRowsMs: loaded.marks.firstRows ?? null,
      loadedMs: loaded.marks.loaded ?? null,
      countText: loaded.countText,
      longTaskSupported: loaded.longTaskSupported,
      loadLongestTaskMs: longestTaskIn(loaded.tasks, t0, end),
      loadLongTasks: loaded.tasks.filter((task) => task.start + task.duration >= t0 && task.start <= end).length,
      pageErrors,
      failure: loaded.failure,
    };
    const memory = (peakEnd: number | null): BrowserMemory => ({
      rendererBefore: before,
      rendererPeakAtLoad: atLoad.peak,
      rendererPeakEnd: peakEnd,
      renderers: atLoad.renderers,
      jsHeapUsed: metric('JSHeapUsedSize'),
      jsHeapTotal: metric('JSHeapTotalSize'),
      pageHeapPeak: loaded.heapPeak || null,
    });
    if (loaded.failure !== null) return { ...base, keystroke: { missing: 'not loaded' }, scroll: { missing: 'not loaded' }, memory: memory(sampler.peak()) };

    const keystroke = await typeFirstKey(page);
    await clearFilter(page);
    const scroll = await scrollAll(page, options.maxScrollFrames);
    return { ...base, keystroke, scroll, memory: memory(sampler.peak()) };
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? String(error);
  } finally {
    stopSampler();
    await browser.close();
  }
}
