import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererLocation } from '../../../../../electron/main/app/renderer-location';

describe('rendererLocation', () => {
  it('serves the built renderer at app://bundle when packaged, whatever dev URL was compiled in', () => {
    expect(rendererLocation({ isPackaged: true, devServerUrl: 'http://localhost:5173', rendererName: 'main_window', mainDir: '/app/.vite/build' })).toEqual({
      entryUrl: 'app://bundle/index.html',
      appOrigin: 'app://bundle',
      bundleRoot: resolve('/app/.vite/renderer/main_window'),
    });
  });

  it('uses the dev server under electron-forge start', () => {
    expect(rendererLocation({ isPackaged: false, devServerUrl: 'http://localhost:5173', rendererName: 'main_window', mainDir: '/p/.vite/build' })).toEqual({
      entryUrl: 'http://localhost:5173',
      appOrigin: 'http://localhost:5173',
      bundleRoot: null,
      devServerOrigin: 'http://localhost:5173',
    });
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(rendererLocation({ isPackaged: false, devServerUrl: 'file:///etc', rendererName: 'main_window', mainDir: '/p/.vite/build' }).appOrigin).toBe('app://bundle');
  });
});
