import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type { RecentFile } from '../../../shared/ipc/contract';
import { RECENT_FILE_ID_PATTERN } from '../../../shared/ipc/limits';
import type { JsonStore } from './json-store';

/** One remembered file as stored in userData; the path never leaves the main process. */
interface RecentEntry {
  readonly id: string;
  readonly path: string;
  readonly openedAt: number;
}

/** The recently opened list files, newest first. */
export interface RecentFiles {
  /** Remembers that `path` was opened now (moves it to the top; keeps its id). */
  add(path: string): Promise<void>;
  /** What the renderer may see: id, base name and time (epoch ms); never the path. */
  list(): Promise<RecentFile[]>;
  /** The path of an id, or null when the id is unknown. */
  pathOf(id: string): Promise<string | null>;
  /** Forgets an entry (e.g. its file is gone). */
  remove(id: string): Promise<void>;
}

/** Options of createRecentFiles; `now` in epoch ms. */
export interface RecentFilesOptions {
  readonly max?: number;
  readonly now?: () => number;
  readonly newId?: () => string;
}

/** A random 128-bit id as 32 hex digits: unguessable and unrelated to the path. */
export function newRecentFileId(): string {
  return randomBytes(16).toString('hex');
}

/** The valid entries of whatever the store held (a hand-edited or corrupt file loses only bad entries). */
function parseEntries(value: unknown): RecentEntry[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): RecentEntry[] => {
    if (typeof item !== 'object' || item === null) return [];
    const { id, path, openedAt } = item as Record<string, unknown>;
    const valid = typeof id === 'string' && RECENT_FILE_ID_PATTERN.test(id) && typeof path === 'string' && path.length > 0 && typeof openedAt === 'number' && Number.isFinite(openedAt);
    return valid ? [{ id, path, openedAt }] : [];
  });
}

/** Recent files kept in a JSON store; at most `max` (default 10) entries. */
export function createRecentFiles(store: JsonStore, options: RecentFilesOptions = {}): RecentFiles {
  const max = options.max ?? 10;
  const now = options.now ?? Date.now;
  const newId = options.newId ?? newRecentFileId;
  const load = async (): Promise<RecentEntry[]> => parseEntries(await store.load()).slice(0, max);
  return {
    async add(path) {
      const entries = await load();
      const previous = entries.find((entry) => entry.path === path);
      const entry: RecentEntry = { id: previous?.id ?? newId(), path, openedAt: now() };
      await store.save([entry, ...entries.filter((other) => other.path !== path)].slice(0, max));
    },
    async list() {
      return (await load()).map((entry) => ({ id: entry.id, name: basename(entry.path), openedAt: entry.openedAt }));
    },
    async pathOf(id) {
      return (await load()).find((entry) => entry.id === id)?.path ?? null;
    },
    async remove(id) {
      const entries = await load();
      await store.save(entries.filter((entry) => entry.id !== id));
    },
  };
}
