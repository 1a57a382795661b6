/// <reference path="../vite-env.d.ts" />
import ListWorker from './list-worker?worker&inline';
import { ListWorkerClient, type WorkerPort } from './list-worker-client';
import { WorkerStandby } from './worker-standby';

/** A new list worker. It is inlined into the bundle (a blob: or data: URL) so the single-file Chrome build works from file:// with no server. */
function spawnListWorkerPort(): WorkerPort {
  return new ListWorker({ name: 'upki-list' }) as WorkerPort;
}

/**
 * Starts the list worker; its client can start fresh ones to load further lists beside it (see
 * load-in-fresh-worker.ts), each taken from a standby started while nothing loads.
 */
export function spawnListWorker(): ListWorkerClient {
  const standby = new WorkerStandby(spawnListWorkerPort);
  const client = new ListWorkerClient(spawnListWorkerPort(), () => standby.take(), () => standby.warm());
  // The first list's worker: started once the page has settled, not while it draws its first screen.
  setTimeout(() => client.warmFork(), STANDBY_DELAY_MS);
  return client;
}

/** How long after the page starts the first spare worker starts (ms). */
const STANDBY_DELAY_MS = 500;
