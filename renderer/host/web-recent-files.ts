import type { RecentFile } from '../../shared/ipc/contract';

/** The localStorage key of the web host's recent-file list (names and times only, never contents). */
export const RECENT_FILES_KEY = 'upki-tsv-viewer.recent-files';
const MAX_RECENT = 8;

/** The subset of Storage the recent list needs (localStorage, or a stand-in in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function isRecentFile(value: unknown): value is RecentFile {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.name === 'string' && typeof v.openedAt === 'number';
}

/** The remembered files, newest first; a missing or damaged entry reads as an empty list. */
export function readRecentFiles(store: KeyValueStore | null): RecentFile[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(RECENT_FILES_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isRecentFile).slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** Puts `name` at the top of the list (once), keeps the newest few and returns the new list. */
export function rememberRecentFile(store: KeyValueStore | null, name: string, now: number): RecentFile[] {
  const others = readRecentFiles(store).filter((file) => file.name !== name);
  const next = [{ id: `${now}-${name}`, name, openedAt: now }, ...others].slice(0, MAX_RECENT);
  try {
    store?.setItem(RECENT_FILES_KEY, JSON.stringify(next));
  } catch {
    // Storage full or disabled (file:// in some setups): the history is a convenience only.
  }
  return next;
}
