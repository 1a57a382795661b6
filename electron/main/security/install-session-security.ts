import type { Session } from 'electron';
import { buildContentSecurityPolicy } from '../../../node/web/csp';
import { installPermissionGuards } from './permission-guard';
import { isAllowedRequest } from './request-filter';

/** How the session of the app window is locked. */
export interface SessionSecurityOptions {
  readonly appOrigin: string;
  /** Unpackaged development: DevTools may load, and the dev server's pages get the dev CSP. */
  readonly isDevelopment: boolean;
  /** The Vite dev server origin under `electron-forge start`, else undefined. */
  readonly devServerOrigin?: string;
}

/**
 * Applies the session-wide locks: every request that is not the app's own is cancelled before it
 * leaves, every permission is denied (but clipboard writing by the app), and pages of the dev server
 * get a CSP header (app:// responses carry their own, see app-protocol.ts).
 */
export function installSessionSecurity(session: Session, options: SessionSecurityOptions): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, options.appOrigin, { allowDevtools: options.isDevelopment }) });
  });
  installPermissionGuards(session, options.appOrigin);
  const devServerOrigin = options.devServerOrigin;
  if (devServerOrigin !== undefined) {
    const csp = buildContentSecurityPolicy({ scriptHashes: [], connect: 'none', devServerOrigin });
    session.webRequest.onHeadersReceived((details, callback) => {
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
    });
  }
}
