import { describe, expect, it } from 'vitest';
import type { JsonStore } from '../../../../../electron/main/files/json-store';
import { createRecentFiles, newRecentFileId } from '../../../../../electron/main/files/recent-files';
import { RECENT_FILE_ID_PATTERN } from '../../../../../shared/ipc/limits';

/** A JsonStore in memory. */
function memoryStore(initial: unknown = null): JsonStore & { value: unknown } {
  const store = {
    value: initial,
    load: async () => store.value,
    save: async (value: unknown) => {
      store.value = JSON.parse(JSON.stringify(value)) as unknown;
      return true;
    },
  };
  return store;
}

/** Ids 000…1, 000…2, … for predictable tests. */
function counterIds(): () => string {
  let n = 0;
  return () => (++n).toString(16).padStart(32, '0');
}

describe('recent files', () => {
  it('lists names, ids and times newest first, never paths', async () => {
    let now = 1000;
    const recent = createRecentFiles(memoryStore(), { now: () => now++, newId: counterIds() });
    await recent.add('/home/staff/2024/serverAll.tsv');
    await recent.add('/home/staff/2025/clientAll.tsv');
    const list = await recent.list();
    expect(list).toEqual([
      { id: '00000000000000000000000000000002', name: 'clientAll.tsv', openedAt: 1001 },
      { id: '00000000000000000000000000000001', name: 'serverAll.tsv', openedAt: 1000 },
    ]);
    expect(JSON.stringify(list)).not.toContain('/home');
  });

  it('moves a reopened file to the top and keeps its id', async () => {
    let now = 0;
    const recent = createRecentFiles(memoryStore(), { now: () => now++, newId: counterIds() });
    await recent.add('/a.tsv');
    await recent.add('/b.tsv');
    await recent.add('/a.tsv');
    expect((await recent.list()).map((file) => [file.id.slice(-1), file.name])).toEqual([
      ['1', 'a.tsv'],
      ['2', 'b.tsv'],
    ]);
  });

  it('keeps at most the maximum number of files', async () => {
    const recent = createRecentFiles(memoryStore(), { max: 3, newId: counterIds() });
    for (const name of ['a', 'b', 'c', 'd']) await recent.add(`/${name}.tsv`);
    expect((await recent.list()).map((file) => file.name)).toEqual(['d.tsv', 'c.tsv', 'b.tsv']);
  });

  it('gives the path of a known id and null for an unknown one', async () => {
    const recent = createRecentFiles(memoryStore(), { newId: counterIds() });
    await recent.add('/data/serverAll.tsv');
    expect(await recent.pathOf('00000000000000000000000000000001')).toBe('/data/serverAll.tsv');
    expect(await recent.pathOf('f'.repeat(32))).toBeNull();
  });

  it('forgets a removed entry', async () => {
    const recent = createRecentFiles(memoryStore(), { newId: counterIds() });
    await recent.add('/a.tsv');
    await recent.remove('00000000000000000000000000000001');
    expect(await recent.list()).toEqual([]);
  });

  it('drops malformed stored entries and keeps valid ones', async () => {
    const store = memoryStore([
      { id: 'not-hex', path: '/x.tsv', openedAt: 1 },
      { id: 'a'.repeat(32), path: '/ok.tsv', openedAt: 2 },
      { id: 'b'.repeat(32), path: 42, openedAt: 3 },
      null,
      'junk',
    ]);
    expect(await createRecentFiles(store).list()).toEqual([{ id: 'a'.repeat(32), name: 'ok.tsv', openedAt: 2 }]);
  });

  it('reads a corrupt store as empty', async () => {
    expect(await createRecentFiles(memoryStore({ not: 'an array' })).list()).toEqual([]);
  });

  it('makes random 128-bit hex ids', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newRecentFileId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(RECENT_FILE_ID_PATTERN);
  });
});
