import type { OpenedFile, SaveFileKind } from '../../shared/ipc/contract';
import { decodeBase64 } from '../../shared/encoding/base64';
import { err, ok } from '../../shared/model/result';
import { bothLanguages, languageFromTag } from '../i18n/i18n';
import { filesFromDrop } from './dropped-files';
import type { Host } from './host';
import { downloadBytes } from './web-download';
import { pickFiles, pickListFile } from './web-file-picker';
import { fetchLaunchFile, launchTokenOf } from './web-launch-file';
import { readSavedLanguage, saveLanguage } from './web-language';
import { readRecentFiles, rememberRecentFile, type KeyValueStore } from './web-recent-files';

/** The demo file as the bundle carries it (see vite.config.ts, virtual:demo-file). */
export type BundledFile = { readonly name: string; readonly base64: string } | null;

/** What the web host needs from its page; tests pass stand-ins. */
export interface WebHostOptions {
  readonly demoFile?: BundledFile;
  readonly doc?: Document;
  readonly store?: KeyValueStore | null;
  readonly location?: Pick<Location, 'protocol' | 'hostname'>;
  readonly fetcher?: typeof fetch;
  readonly language?: string;
  readonly now?: () => number;
}

const MIME: { readonly [K in SaveFileKind]: string } = {
  'certificate-pem': 'application/x-pem-file',
  'certificate-der': 'application/pkix-cert',
  chain: 'application/x-pem-file',
  pkcs7: 'application/pkcs7-mime',
  csv: 'text/csv',
  calendar: 'text/calendar',
  text: 'text/plain',
  // NII's request files are Shift_JIS: no charset is claimed, so nothing re-encodes them on the way.
  request: 'text/tab-separated-values',
};

function localStorageOrNull(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The Host of the plain web page (Chrome, file:// or local server): file input, downloads, localStorage. */
export function createWebHost(options: WebHostOptions = {}): Host {
  const doc = options.doc ?? document;
  const store = options.store === undefined ? localStorageOrNull() : options.store;
  const now = options.now ?? Date.now;
  let launchTaken = false;
  const remember = (files: readonly OpenedFile[]): void => {
    for (const file of files) rememberRecentFile(store, file.name, now());
  };
  return {
    kind: 'web',
    recentFilesNeedReselect: true,
    async openFiles(kind, onReading) {
      const picked = await pickFiles(doc, kind, onReading);
      if (picked.ok && picked.value && kind === 'list') remember(picked.value);
      return picked;
    },
    async openListFile(onReading) {
      const picked = await pickListFile(doc, onReading);
      if (picked.ok && picked.value) rememberRecentFile(store, picked.value.name, now());
      return picked;
    },
    async openDemoFile() {
      const demo = options.demoFile ?? null;
      const bytes = demo ? decodeBase64(demo.base64) : null;
      if (!demo || !bytes?.ok) {
        return err({ code: 'not-found', message: bothLanguages('open.noDemoFile') });
      }
      return ok({ name: demo.name, bytes: bytes.value });
    },
    async takeLaunchFiles() {
      if (launchTaken) return ok([]);
      launchTaken = true;
      return ok(await fetchLaunchFile(options.location ?? globalThis.location, options.fetcher ?? globalThis.fetch.bind(globalThis), launchTokenOf(doc)));
    },
    async listRecentFiles() {
      return ok(readRecentFiles(store));
    },
    async openRecentFile() {
      // A web page may not keep file contents or paths: the user chooses the file again.
      const picked = await pickFiles(doc, 'list');
      if (!picked.ok) return picked;
      if (picked.value) remember(picked.value);
      return ok(picked.value?.[0] ?? null);
    },
    filesFromDrop,
    rememberOpenedFile(name) {
      rememberRecentFile(store, name, now());
    },
    async saveFile(suggestedName, kind, bytes) {
      downloadBytes(doc, suggestedName, bytes, MIME[kind]);
      return ok({ savedTo: suggestedName });
    },
    async saveFilesToFolder(files) {
      // Browsers have no folder dialog for downloads: each file goes to the download folder in turn.
      for (const file of files) downloadBytes(doc, file.name, file.bytes, 'application/octet-stream');
      return ok({ folder: '', written: files.map((file) => file.name), skipped: [] });
    },
    async setLanguage(lang) {
      // The web page's stand-in for the desktop app's settings: only the language, in localStorage.
      saveLanguage(store, lang);
      return ok(null);
    },
    async getPreferredLanguage() {
      // The user's own earlier choice wins over the browser language.
      return ok(readSavedLanguage(store) ?? languageFromTag(options.language ?? globalThis.navigator?.language));
    },
    onFilesOpened: () => () => undefined,
    onMenuCommand: () => () => undefined,
  };
}
