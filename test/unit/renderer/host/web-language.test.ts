import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../../../../renderer/host/web-recent-files';
import { LANGUAGE_KEY, readSavedLanguage, saveLanguage } from '../../../../renderer/host/web-language';

/** An in-memory Storage stand-in. */
function memoryStore(initial: Record<string, string> = {}): KeyValueStore & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
}

/** A storage that throws on every call (disabled storage, quota exceeded). */
const brokenStore: KeyValueStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('web language memory', () => {
  const reads = [
    { name: 'reads a saved English choice', input: { [LANGUAGE_KEY]: 'en' }, want: 'en' },
    { name: 'reads a saved Japanese choice', input: { [LANGUAGE_KEY]: 'ja' }, want: 'ja' },
    { name: 'reads nothing when no choice was saved', input: {}, want: null },
    { name: 'ignores a value that is not a language of the app', input: { [LANGUAGE_KEY]: 'fr' }, want: null },
    { name: 'ignores a damaged value', input: { [LANGUAGE_KEY]: '{"lang":"en"}' }, want: null },
  ] as const;
  for (const { name, input, want } of reads) {
    it(name, () => {
      expect(readSavedLanguage(memoryStore(input))).toBe(want);
    });
  }

  it('keeps only the language, under its own key, and reads it back', () => {
    const store = memoryStore();
    saveLanguage(store, 'en');
    expect(store.data).toEqual({ [LANGUAGE_KEY]: 'en' });
    saveLanguage(store, 'ja');
    expect(readSavedLanguage(store)).toBe('ja');
  });

  it('leaves other keys alone', () => {
    const store = memoryStore({ 'upki-tsv-viewer.recent-files': '[]' });
    saveLanguage(store, 'en');
    expect(store.data['upki-tsv-viewer.recent-files']).toBe('[]');
  });

  it('treats missing or broken storage as no saved choice and does not throw', () => {
    expect(readSavedLanguage(null)).toBeNull();
    expect(readSavedLanguage(brokenStore)).toBeNull();
    expect(() => saveLanguage(brokenStore, 'en')).not.toThrow();
    expect(() => saveLanguage(null, 'en')).not.toThrow();
  });
});
