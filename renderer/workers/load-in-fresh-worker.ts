import type { Problem } from '../../shared/model/problem';
import type { ListMeta } from '../../shared/use-cases/views';
import type { PackedRows } from '../../shared/use-cases/packed-rows';
import type { ListWorkerClient } from './list-worker-client';
import type { DeskCalls } from '../../shared/use-cases/desk-session';

/** What loading a list in a fresh worker came to. */
export type LoadOutcome =
  | { readonly kind: 'loaded'; readonly meta: ListMeta }
  /** The file was read and refused (not a list, empty, too damaged…). */
  | { readonly kind: 'refused'; readonly problem: Problem }
  /** The worker crashed or could not start; `error` says how (a WorkerCallError when the worker reported it). */
  | { readonly kind: 'crashed'; readonly error: unknown }
  | { readonly kind: 'cancelled' };

/**
 * The list file to load: its name, its bytes (their buffer is transferred away) or the File the worker
 * reads, and the instant to classify at (epoch ms).
 */
export interface LoadRequest {
  readonly fileName: string;
  readonly bytes: Uint8Array<ArrayBuffer> | Blob;
  readonly now: number;
  /** CA files that come with the list (the demo's own CA), kept for chain building like the user's. */
  readonly cas?: readonly { readonly name: string; readonly bytes: Uint8Array }[];
}

/** Progress in bytes, row chunks and then the rows' roles, while the load runs; nothing is reported once it is cancelled. */
export interface LoadListeners {
  /** The client of the worker the list loads in, before anything else: a list shown while it loads searches through it. */
  readonly onWorker?: (worker: ListWorkerClient) => void;
  readonly onProgress: (done: number, total: number) => void;
  /** Rows as they are read, without their current/replaced roles. */
  readonly onRows: (rows: PackedRows) => void;
  /** Every row's role (shared/use-cases/row-roles.ts), once the whole list is read. */
  readonly onRoles: (codes: Uint8Array) => void;
}

/**
 * Loads a list in a NEW worker while `client`'s worker keeps the open list. On success `client` adopts
 * the new worker (the old one is terminated); on refusal, crash or `signal` aborting, the new worker is
 * terminated and `client` is exactly as it was. Parsing is CPU-bound in the worker, so terminating it
 * is the only way to stop a load at once.
 */
export async function loadInFreshWorker(
  client: ListWorkerClient,
  request: LoadRequest,
  listeners: LoadListeners,
  signal: AbortSignal,
  parseWorkers = 1,
): Promise<LoadOutcome> {
  if (signal.aborted) return { kind: 'cancelled' };
  let fresh: ListWorkerClient;
  let helpers: SummaryHelpers;
  try {
    fresh = client.fork();
    helpers = startSummaryHelpers(client, parseWorkers - 1);
  } catch (error) {
    return { kind: 'crashed', error };
  }
  listeners.onWorker?.(fresh);
  const cancelled = new Promise<'cancelled'>((resolve) => signal.addEventListener('abort', () => resolve('cancelled'), { once: true }));
  const loading = fresh.call(
    'load',
    { ...request, ...(helpers.ports.length > 0 ? { helpers: helpers.ports } : {}) },
    {
      onProgress: (done, total) => signal.aborted || listeners.onProgress(done, total),
      onRows: (rows) => signal.aborted || listeners.onRows(rows),
      onRoles: (codes) => signal.aborted || listeners.onRoles(codes),
    },
    [...(request.bytes instanceof Uint8Array ? [request.bytes.buffer] : []), ...helpers.ports],
  );
  try {
    // A helper that crashes fails the load: its certificates must not be taken as read.
    return await settle(client, fresh, Promise.race([loading, helpers.failure]), cancelled, signal);
  } finally {
    helpers.stop();
    // The next load finds a worker started while nothing loads.
    client.warmFork();
  }
}

/** Workers summarising one load's certificates: the ports the load talks to them on, a promise that rejects if one fails, and a way to stop them all. */
interface SummaryHelpers {
  readonly ports: MessagePort[];
  readonly failure: Promise<never>;
  stop(): void;
}

/** Starts `count` helper workers, each serving summaries on one end of a MessageChannel whose other end is in `ports`. */
function startSummaryHelpers(client: ListWorkerClient, count: number): SummaryHelpers {
  const workers = Array.from({ length: Math.max(0, count) }, () => client.helper());
  const ports: MessagePort[] = [];
  const failures: Promise<never>[] = [];
  for (const worker of workers) {
    const channel = new MessageChannel();
    ports.push(channel.port2);
    // Resolves when the load closes the pool; rejects when the helper crashes.
    failures.push(worker.call('serveSummaries', { port: channel.port1 }, {}, [channel.port1]).then(() => new Promise<never>(() => undefined)));
  }
  const failure = failures.length > 0 ? Promise.race(failures) : new Promise<never>(() => undefined);
  failure.catch(() => undefined);
  return { ports, failure, stop: () => workers.forEach((worker) => worker.terminate()) };
}

/** What the load in `fresh` came to: `client` adopts it on success; otherwise it is terminated. */
async function settle(
  client: ListWorkerClient,
  fresh: ListWorkerClient,
  loading: Promise<DeskCalls['load']['result']>,
  cancelled: Promise<'cancelled'>,
  signal: AbortSignal,
): Promise<LoadOutcome> {
  try {
    const result = await Promise.race([loading, cancelled]);
    if (result === 'cancelled' || signal.aborted) {
      fresh.terminate();
      return { kind: 'cancelled' };
    }
    if (!result.ok) {
      fresh.terminate();
      return { kind: 'refused', problem: result.problem };
    }
    client.adopt(fresh);
    return { kind: 'loaded', meta: result.meta };
  } catch (error) {
    fresh.terminate();
    if (signal.aborted) return { kind: 'cancelled' };
    return { kind: 'crashed', error };
  }
}
