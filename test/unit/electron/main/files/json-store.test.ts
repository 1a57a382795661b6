import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createJsonStore } from '../../../../../electron/main/files/json-store';
import { tempFolder } from '../../../../support/temp-folder';

let folder: string;
beforeEach(async () => {
  folder = tempFolder('json');
});

describe('createJsonStore', () => {
  it('saves and loads a value, creating the folder', async () => {
    const store = createJsonStore(join(folder, 'userData', 'state.json'));
    expect(await store.save({ width: 800, list: [1, 2] })).toBe(true);
    expect(await store.load()).toEqual({ width: 800, list: [1, 2] });
  });

  it('replaces the previous content and leaves no temp file', async () => {
    const path = join(folder, 'state.json');
    const store = createJsonStore(path);
    await store.save({ a: 1 });
    await store.save({ a: 2 });
    expect(await store.load()).toEqual({ a: 2 });
    expect(await readdir(folder)).toEqual(['state.json']);
  });

  it('reads a missing file as null', async () => {
    expect(await createJsonStore(join(folder, 'none.json')).load()).toBeNull();
  });

  it('reads a corrupt file as null', async () => {
    const path = join(folder, 'bad.json');
    await writeFile(path, '{ not json');
    expect(await createJsonStore(path).load()).toBeNull();
  });

  it('reports false when it cannot write', async () => {
    const blocker = join(folder, 'file');
    await writeFile(blocker, 'x');
    expect(await createJsonStore(join(blocker, 'state.json')).save({ a: 1 })).toBe(false);
  });
});
