/** A window's position and size in screen pixels, and whether it was maximised. */
export interface WindowState {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

/** A rectangle in screen pixels (a display's work area). */
export interface ScreenRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The smallest window the layout works in, in pixels. */
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/** The first-run window size, in pixels. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** True when the value is a finite integer-ish number. */
function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 100_000;
}

/** The saved state read back from JSON, or null when it is missing or malformed. */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, width, height, maximized } = value as Record<string, unknown>;
  if (!isCoordinate(x) || !isCoordinate(y) || !isCoordinate(width) || !isCoordinate(height) || typeof maximized !== 'boolean') return null;
  if (width <= 0 || height <= 0) return null;
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height), maximized };
}

/** The area in pixels where two rectangles overlap (0 when they do not). */
function overlapArea(a: ScreenRect, b: ScreenRect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** `value` limited to [low, high]; `high` wins when the range is empty (a display smaller than the minimum). */
function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/** The default-size window centred in `area`. */
function centredDefault(area: ScreenRect, maximized: boolean): WindowState {
  const width = Math.min(DEFAULT_WINDOW_SIZE.width, area.width);
  const height = Math.min(DEFAULT_WINDOW_SIZE.height, area.height);
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height, maximized };
}

/**
 * Where to open the window: the saved bounds moved and shrunk onto the display they overlap most, so a
 * window saved on a monitor that is now unplugged comes back fully visible. Without a saved state (or
 * when it overlaps no display) the default size centred on the primary display (the first work area).
 */
export function fitWindowState(saved: WindowState | null, workAreas: readonly ScreenRect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  if (saved === null) return centredDefault(primary, false);
  const home = [...workAreas].sort((a, b) => overlapArea(saved, b) - overlapArea(saved, a))[0];
  if (home === undefined || overlapArea(saved, home) === 0) return centredDefault(primary, saved.maximized);
  const width = clamp(saved.width, MIN_WINDOW_SIZE.width, home.width);
  const height = clamp(saved.height, MIN_WINDOW_SIZE.height, home.height);
  return {
    x: clamp(saved.x, home.x, home.x + home.width - width),
    y: clamp(saved.y, home.y, home.y + home.height - height),
    width,
    height,
    maximized: saved.maximized,
  };
}
