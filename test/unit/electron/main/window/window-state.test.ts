import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_SIZE, fitWindowState, MIN_WINDOW_SIZE, parseWindowState, type ScreenRect, type WindowState } from '../../../../../electron/main/window/window-state';

const laptop: ScreenRect = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor: ScreenRect = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  const table = [
    { name: 'reads a saved state', input: { x: 1, y: 2, width: 900, height: 700, maximized: true }, want: { x: 1, y: 2, width: 900, height: 700, maximized: true } },
    { name: 'rounds fractional pixels', input: { x: 1.4, y: 2.6, width: 900.2, height: 700.7, maximized: false }, want: { x: 1, y: 3, width: 900, height: 701, maximized: false } },
    { name: 'refuses a missing field', input: { x: 1, y: 2, width: 900, height: 700 }, want: null },
    { name: 'refuses strings', input: { x: '1', y: 2, width: 900, height: 700, maximized: false }, want: null },
    { name: 'refuses infinite sizes', input: { x: 0, y: 0, width: Infinity, height: 700, maximized: false }, want: null },
    { name: 'refuses zero sizes', input: { x: 0, y: 0, width: 0, height: 700, maximized: false }, want: null },
    { name: 'refuses null', input: null, want: null },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(parseWindowState(input)).toEqual(want);
  });
});

describe('fitWindowState', () => {
  const table: readonly { name: string; input: { saved: WindowState | null; areas: ScreenRect[] }; want: WindowState }[] = [
    {
      name: 'centres the default size on the primary display the first time',
      input: { saved: null, areas: [laptop] },
      want: { x: 80, y: 40, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height, maximized: false },
    },
    {
      name: 'keeps a window that is fully visible where it was',
      input: { saved: { x: 1600, y: 100, width: 1000, height: 800, maximized: false }, areas: [laptop, rightMonitor] },
      want: { x: 1600, y: 100, width: 1000, height: 800, maximized: false },
    },
    {
      name: 'brings back a window from an unplugged monitor onto the primary display',
      input: { saved: { x: 3000, y: 100, width: 1000, height: 800, maximized: true }, areas: [laptop] },
      want: { x: 80, y: 40, width: DEFAULT_WINDOW_SIZE.width, height: DEFAULT_WINDOW_SIZE.height, maximized: true },
    },
    {
      name: 'pulls a window hanging off the edge back inside',
      input: { saved: { x: 1000, y: 500, width: 1000, height: 800, maximized: false }, areas: [laptop] },
      want: { x: 440, y: 100, width: 1000, height: 800, maximized: false },
    },
    {
      name: 'shrinks a window larger than the display to the display',
      input: { saved: { x: 0, y: 0, width: 3000, height: 2000, maximized: false }, areas: [laptop] },
      want: { x: 0, y: 0, width: 1440, height: 900, maximized: false },
    },
    {
      name: 'grows a window below the minimum size',
      input: { saved: { x: 10, y: 10, width: 100, height: 100, maximized: false }, areas: [laptop] },
      want: { x: 10, y: 10, width: MIN_WINDOW_SIZE.width, height: MIN_WINDOW_SIZE.height, maximized: false },
    },
    {
      name: 'puts a window straddling two displays on the one it covers most',
      input: { saved: { x: 1200, y: 0, width: 1000, height: 800, maximized: false }, areas: [laptop, rightMonitor] },
      want: { x: 1440, y: 0, width: 1000, height: 800, maximized: false },
    },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(fitWindowState(input.saved, input.areas)).toEqual(want);
  });

  it('still gives a window when no display is reported', () => {
    const state = fitWindowState(null, []);
    expect(state.width).toBe(DEFAULT_WINDOW_SIZE.width);
    expect(state.height).toBe(DEFAULT_WINDOW_SIZE.height);
  });
});
