import { originOf } from './app-origin';

// Writing text to the clipboard is the app's main job (copy a PEM for the server admin); Chromium
// asks the permission handler for it as 'clipboard-sanitized-write'. Nothing else is ever granted:
// no camera, notifications, geolocation, reading the clipboard, HID/USB/serial, openExternal…
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** True when `permission` asked by a page of `requestingUrl` is granted: only clipboard writing by the app itself. */
export function isPermissionGranted(permission: string, requestingUrl: string, appOrigin: string): boolean {
  return GRANTED_PERMISSIONS.has(permission) && originOf(requestingUrl) === appOrigin;
}

/** The part of Electron's Session this module uses. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: { getURL(): string }, permission: string, callback: (granted: boolean) => void, details: { readonly requestingUrl?: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string, requestingOrigin: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setDisplayMediaRequestHandler(handler: (request: unknown, callback: (streams: null) => void) => void): void;
}

/** Installs deny-by-default permission handlers on a session (requests, checks, devices, screen capture). */
export function installPermissionGuards(session: PermissionSession, appOrigin: string): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl ?? contents.getURL(), appOrigin));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin, appOrigin));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
}
