/// <reference path="../vite-env.d.ts" />
import ListWorker from './list-worker?worker&inline';
import { ListWorkerClient, type WorkerPort } from './list-worker-client';

/**
 * Starts the list worker. It is inlined into the bundle (a blob: or data: URL) so the single-file
 * Chrome build works from file:// with no server.
 */
export function spawnListWorker(): ListWorkerClient {
  return new ListWorkerClient(new ListWorker({ name: 'upki-list' }) as WorkerPort);
}
