import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../../../electron/main/security/app-origin';
import { installPermissionGuards, isPermissionGranted, type PermissionSession } from '../../../../../electron/main/security/permission-guard';

const DENIED = [
  'media',
  'geolocation',
  'notifications',
  'midi',
  'midiSysex',
  'pointerLock',
  'fullscreen',
  'openExternal',
  'clipboard-read',
  'display-capture',
  'hid',
  'serial',
  'usb',
  'fileSystem',
  'window-management',
  'local-fonts',
  'storage-access',
  'unknown',
];

describe('isPermissionGranted', () => {
  it.each(DENIED)('denies %s to the app itself', (permission) => {
    expect(isPermissionGranted(permission, 'app://bundle/index.html', APP_ORIGIN)).toBe(false);
  });

  it('grants clipboard writing to the app (copying a PEM is its main job)', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://bundle/index.html', APP_ORIGIN)).toBe(true);
    expect(isPermissionGranted('clipboard-sanitized-write', 'app://bundle', APP_ORIGIN)).toBe(true);
  });

  it('denies clipboard writing to any other origin', () => {
    expect(isPermissionGranted('clipboard-sanitized-write', 'https://example.com/', APP_ORIGIN)).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', '', APP_ORIGIN)).toBe(false);
  });
});

describe('installPermissionGuards', () => {
  it('installs request, check, device and display-media handlers that deny', () => {
    const calls: Record<string, unknown> = {};
    const session: PermissionSession = {
      setPermissionRequestHandler: (handler) => (calls.request = handler),
      setPermissionCheckHandler: (handler) => (calls.check = handler),
      setDevicePermissionHandler: (handler) => (calls.device = handler),
      setDisplayMediaRequestHandler: (handler) => (calls.display = handler),
    };
    installPermissionGuards(session, APP_ORIGIN);

    const granted: boolean[] = [];
    const request = calls.request as Parameters<PermissionSession['setPermissionRequestHandler']>[0];
    request({ getURL: () => 'app://bundle/index.html' }, 'media', (value) => granted.push(value), {});
    request({ getURL: () => 'app://bundle/index.html' }, 'clipboard-sanitized-write', (value) => granted.push(value), { requestingUrl: 'app://bundle/index.html' });
    request({ getURL: () => 'https://evil.example/' }, 'clipboard-sanitized-write', (value) => granted.push(value), {});
    expect(granted).toEqual([false, true, false]);

    const check = calls.check as Parameters<PermissionSession['setPermissionCheckHandler']>[0];
    expect(check(null, 'geolocation', 'app://bundle')).toBe(false);
    expect((calls.device as () => boolean)()).toBe(false);

    let streams: unknown = 'not called';
    (calls.display as Parameters<PermissionSession['setDisplayMediaRequestHandler']>[0])({}, (value) => (streams = value));
    expect(streams).toBeNull();
  });
});
