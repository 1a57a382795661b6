import { describe, expect, it } from 'vitest';
import { readRecentFiles, RECENT_FILES_KEY, rememberRecentFile, type KeyValueStore } from '../../../../renderer/host/web-recent-files';

/** An in-memory Storage stand-in. */
function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
}

describe('web recent files', () => {
  it('remembers names and times only, newest first', () => {
    const store = memoryStore();
    rememberRecentFile(store, 'serverAll.tsv', 1000);
    rememberRecentFile(store, 'old.tsv', 2000);
    expect(readRecentFiles(store).map((f) => [f.name, f.openedAt])).toEqual([
      ['old.tsv', 2000],
      ['serverAll.tsv', 1000],
    ]);
    expect(Object.keys(JSON.parse(store.data[RECENT_FILES_KEY]!)[0]).sort()).toEqual(['id', 'name', 'openedAt']);
  });

  it('moves a file opened again to the top instead of listing it twice', () => {
    const store = memoryStore();
    rememberRecentFile(store, 'a.tsv', 1);
    rememberRecentFile(store, 'b.tsv', 2);
    rememberRecentFile(store, 'a.tsv', 3);
    expect(readRecentFiles(store).map((f) => f.name)).toEqual(['a.tsv', 'b.tsv']);
  });

  it('keeps at most eight files', () => {
    const store = memoryStore();
    for (let i = 0; i < 12; i++) rememberRecentFile(store, `f${i}.tsv`, i);
    expect(readRecentFiles(store)).toHaveLength(8);
    expect(readRecentFiles(store)[0]!.name).toBe('f11.tsv');
  });

  it.each([
    { name: 'reads damaged JSON as an empty list', input: '{not json', want: [] },
    { name: 'reads a non-array as an empty list', input: '{"a":1}', want: [] },
    { name: 'drops entries of the wrong shape', input: '[{"id":"1","name":"a.tsv","openedAt":5},{"name":3}]', want: [{ id: '1', name: 'a.tsv', openedAt: 5 }] },
  ])('$name', ({ input, want }) => {
    expect(readRecentFiles(memoryStore({ [RECENT_FILES_KEY]: input }))).toEqual(want);
  });

  it('works without storage (disabled or unavailable)', () => {
    expect(rememberRecentFile(null, 'a.tsv', 1)).toHaveLength(1);
    expect(readRecentFiles(null)).toEqual([]);
  });
});
