// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { chooseHost, isPreloadApi } from '../../../../renderer/host/choose-host';

/** A stand-in for the preload bridge: every contract method answers ok(null). */
function fakePreload() {
  const answer = vi.fn(async () => ({ ok: true, value: null }));
  return {
    openFiles: answer,
    openDemoFile: answer,
    takeLaunchFiles: answer,
    listRecentFiles: answer,
    openRecentFile: answer,
    saveFile: answer,
    saveFilesToFolder: answer,
    setLanguage: answer,
    getPreferredLanguage: answer,
    onFilesOpened: vi.fn(() => () => undefined),
    onMenuCommand: vi.fn(() => () => undefined),
  };
}

describe('chooseHost', () => {
  it('uses the Electron bridge when the preload exposed window.upkiHost', async () => {
    const api = fakePreload();
    const host = chooseHost({ upkiHost: api });
    expect(host.kind).toBe('electron');
    await host.saveFile('a.crt', 'certificate-pem', new Uint8Array([1]));
    expect(api.saveFile).toHaveBeenCalledWith({ suggestedName: 'a.crt', kind: 'certificate-pem', bytes: new Uint8Array([1]) });
  });

  it('falls back to the web host in a plain browser page', () => {
    expect(chooseHost({}).kind).toBe('web');
  });

  it.each([
    { name: 'refuses null', input: null, want: false },
    { name: 'refuses an object without the contract functions', input: { openFiles: 'no' }, want: false },
    { name: 'accepts the bridge', input: fakePreload(), want: true },
  ])('isPreloadApi $name', ({ input, want }) => {
    expect(isPreloadApi(input)).toBe(want);
  });
});
