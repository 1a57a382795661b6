/// <reference path="../vite-env.d.ts" />
import ListWorker from './list-worker?worker&inline';
import { ListWorkerClient, type WorkerPort } from './list-worker-client';

/** A new list worker. It is inlined into the bundle (a blob: or data: URL) so the single-file Chrome build works from file:// with no server. */
function spawnListWorkerPort(): WorkerPort {
  return new ListWorker({ name: 'upki-list' }) as WorkerPort;
}

/** Starts the list worker; its client can start fresh ones to load further lists beside it (see load-in-fresh-worker.ts). */
export function spawnListWorker(): ListWorkerClient {
  return new ListWorkerClient(spawnListWorkerPort(), spawnListWorkerPort);
}
