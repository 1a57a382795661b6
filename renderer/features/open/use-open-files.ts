import { useCallback, useMemo, useRef, type Dispatch } from 'react';
import type { HostError, OpenedFile } from '../../../shared/ipc/contract';
import { locatedMessage } from '../../../shared/model/location';
import type { LocalizedText } from '../../../shared/model/localized-text';
import type { Result } from '../../../shared/model/result';
import type { AppAction } from '../../app/app-state';
import type { Services } from '../../app/services';
import type { ListFile } from '../../host/host';
import { failureText } from '../../app/failure-text';
import { bothLanguages } from '../../i18n/i18n';
import { loadInFreshWorker } from '../../workers/load-in-fresh-worker';
import { parseWorkerCount } from '../../workers/parse-workers';
import type { ListWorkerClient } from '../../workers/list-worker-client';
import { RowStore } from '../../../shared/use-cases/row-store';
import { classifyOpenedFile } from './classify-opened-file';
import { coalesce } from './coalesce';
import { decodeBase64 } from '../../../shared/encoding/base64';

/** How often a loading list repaints its progress and rows at most (ms). */
const UPDATE_INTERVAL_MS = 200;
/** How long a load runs before its rows show while it goes on (ms): a list read faster appears whole. */
const PREVIEW_AFTER_MS = 400;

/** The ways to open files, each ending in the list or the loose-certificate tab. */
export interface OpenActions {
  readonly openList: () => Promise<void>;
  readonly openCertificates: () => Promise<void>;
  readonly openDemo: () => Promise<void>;
  readonly openRecent: (id: string) => Promise<void>;
  /** Opens files that came from a drop, a launch or the host: the first list, and every certificate file. */
  readonly openFiles: (files: readonly OpenedFile[]) => Promise<void>;
  /** Asks for CA files and adds them for chain building (views are rebuilt). */
  readonly addCaFiles: () => Promise<void>;
  /** Stops the list load under way; whatever was open before stays as it was. */
  readonly cancelLoad: () => void;
}

/**
 * What goes to the worker: a File as it is (the worker reads it), bytes with a buffer of their own —
 * a fresh copy when they share one, so transferring never detaches someone else's data.
 */
function ownBuffer(bytes: Uint8Array | Blob): Uint8Array<ArrayBuffer> | Blob {
  if (!(bytes instanceof Uint8Array)) return bytes;
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? (bytes as Uint8Array<ArrayBuffer>)
    : new Uint8Array(bytes);
}

/** A list file's size in bytes, read or not. */
const sizeOf = (bytes: Uint8Array | Blob): number => (bytes instanceof Uint8Array ? bytes.byteLength : bytes.size);

/** Open actions bound to the host, the worker and the app state; `onNotice` shows a host error. */
export function useOpenFiles({ host, worker, demoCa }: Services, dispatch: Dispatch<AppAction>, onNotice: (message: LocalizedText) => void): OpenActions {
  /** Aborts the load under way; a newer load supersedes an older one. */
  const current = useRef<AbortController | null>(null);

  /** Stops the load under way (a newer one supersedes it) and answers the controller of a new one. */
  const startLoad = useCallback(() => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    return controller;
  }, []);

  const loadList = useCallback(
    async (file: ListFile, cas: readonly OpenedFile[] = [], started: AbortController | null = null) => {
      // A load shown while its file was read (openList) goes on under the same controller, unless cancelled meanwhile.
      if (started?.signal.aborted) return;
      const controller = started ?? startLoad();
      const now = Date.now();
      let rows = RowStore.empty();
      let roles: Uint8Array | null = null;
      let loadingWorker: ListWorkerClient | null = null;
      let read = { done: 0, total: sizeOf(file.bytes) };
      dispatch({ type: 'load-started', fileName: file.name, bytes: read.total });
      // Progress and rows repaint the screen a few times a second, not once per chunk the worker sends;
      // rows show only once the load has taken a moment, so a small list appears once, whole.
      const loadStart = performance.now();
      const updates = coalesce(() => {
        if (controller.signal.aborted) return;
        dispatch({ type: 'load-progress', ...read, rows: rows.length });
        const isLong = performance.now() - loadStart >= PREVIEW_AFTER_MS;
        if (loadingWorker && rows.length > 0 && isLong) dispatch({ type: 'load-rows', preview: { rows, worker: loadingWorker, now } });
      }, UPDATE_INTERVAL_MS);
      // The new list loads in a new worker; the open one stays in its own until this one has loaded.
      // Its rows show as they come, searched through the new worker, with the open work kept under them.
      const outcome = await loadInFreshWorker(
        worker,
        { fileName: file.name, bytes: ownBuffer(file.bytes), now, ...(cas.length > 0 ? { cas } : {}) },
        {
          onWorker: (client) => void (loadingWorker = client),
          onProgress: (done, total) => {
            read = { done, total };
            updates.request();
          },
          onRows: (chunk) => {
            rows = rows.withRows(chunk);
            updates.request();
          },
          onRoles: (codes) => void (roles = codes),
        },
        controller.signal,
        parseWorkerCount(globalThis.location?.search ?? '', globalThis.navigator?.hardwareConcurrency),
      );
      updates.cancel();
      if (current.current === controller) current.current = null;
      switch (outcome.kind) {
        case 'loaded':
          // Rows come without their current/replaced roles: those need the whole list, and come last.
          return dispatch({ type: 'list-loaded', meta: outcome.meta, rows: roles ? rows.withRoles(roles) : rows, now });
        case 'refused':
          return dispatch({ type: 'load-failed', message: locatedMessage(outcome.problem.message, outcome.problem.location) });
        case 'crashed':
          return dispatch({ type: 'load-failed', message: failureText(outcome.error) });
        case 'cancelled':
          // The state went back when the user cancelled (or a newer load took over).
          return;
      }
    },
    [dispatch, worker, startLoad],
  );

  const cancelLoad = useCallback(() => {
    if (!current.current) return;
    current.current.abort();
    current.current = null;
    dispatch({ type: 'load-cancelled' });
  }, [dispatch]);

  const loadLoose = useCallback(
    async (files: readonly OpenedFile[]) => {
      if (files.length === 0) return;
      try {
        const now = Date.now();
        dispatch({ type: 'loose-loaded', result: await worker.call('loose', { files, now }), now });
      } catch (error) {
        onNotice(failureText(error));
      }
    },
    [dispatch, worker, onNotice],
  );

  const openFiles = useCallback(
    async (files: readonly OpenedFile[], chosenAs: 'certificates' | null = null) => {
      const list = files.find((file) => classifyOpenedFile(file, chosenAs) === 'list');
      const certificates = files.filter((file) => classifyOpenedFile(file, chosenAs) === 'certificates');
      if (list) await loadList(list);
      await loadLoose(certificates);
    },
    [loadList, loadLoose],
  );

  const unwrap = useCallback(
    <T,>(result: Result<T, HostError>): T | null => {
      if (result.ok) return result.value;
      onNotice(result.error.message);
      return null;
    },
    [onNotice],
  );

  return useMemo<OpenActions>(
    () => ({
      openFiles,
      cancelLoad,
      openList: async () => {
        // The loading view shows as soon as the file is chosen, while its bytes are read (web host).
        const reading: { controller: AbortController | null } = { controller: null };
        const file = unwrap(
          await host.openListFile((chosen) => {
            reading.controller = startLoad();
            dispatch({ type: 'load-started', fileName: chosen.name, bytes: chosen.size });
          }),
        );
        if (file) await loadList(file, [], reading.controller);
        else if (reading.controller && current.current === reading.controller) {
          // Refused (too large) or unreadable after all: back to what was open, the notice saying why.
          current.current = null;
          dispatch({ type: 'load-cancelled' });
        }
      },
      openCertificates: async () => {
        const files = unwrap(await host.openFiles('certificates'));
        if (files) await openFiles(files, 'certificates');
      },
      openDemo: async () => {
        const file = unwrap(await host.openDemoFile());
        // The demo's certificates come from a throw-away CA: it comes with them, as a CA file the user added would.
        const ca = demoCa ? decodeBase64(demoCa.base64) : null;
        if (file) await loadList(file, ca?.ok ? [{ name: demoCa!.name, bytes: ca.value }] : []);
      },
      openRecent: async (id) => {
        const file = unwrap(await host.openRecentFile(id));
        if (file) await loadList(file);
      },
      addCaFiles: async () => {
        const files = unwrap(await host.openFiles('ca'));
        if (!files || files.length === 0) return;
        const result = await worker.call('addCas', { files, now: Date.now() });
        dispatch({ type: 'cas-added', loose: result.loose });
        onNotice(bothLanguages('open.casAdded', { count: result.added }));
      },
    }),
    [host, worker, demoCa, dispatch, onNotice, loadList, openFiles, unwrap, cancelLoad, startLoad],
  );
}
