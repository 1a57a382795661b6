import type { DeskCallName, DeskCalls } from '../../shared/use-cases/desk-session';
import type { PackedRows } from '../../shared/use-cases/packed-rows';
import type { WorkerRequest, WorkerResponse } from './list-protocol';
import { WorkerCallError } from './worker-call-error';

/** The part of a Worker the client uses (a real Worker, or a fake in tests). */
export interface WorkerPort {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent | Event) => void): void;
  /** Stops the worker at once (a real Worker has it; a fake may leave it out). */
  terminate?(): void;
}

/** Callbacks for the messages a call may send before its result. */
export interface CallListeners {
  readonly onProgress?: (done: number, total: number) => void;
  readonly onRows?: (rows: PackedRows) => void;
  readonly onRoles?: (codes: Uint8Array) => void;
}

/** A call without its id: what the journal keeps and a connection numbers. */
type CallRequest = { [K in DeskCallName]: { readonly call: K; readonly arg: DeskCalls[K]['arg'] } }[DeskCallName];

interface Pending extends CallListeners {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** One worker and the calls waiting on it. */
class Connection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Why the worker is gone, once it crashed or was stopped: every later call fails at once with it. */
  private stopped: Error | null = null;

  constructor(private readonly port: WorkerPort) {
    port.addEventListener('message', (event) => this.receive(event.data));
    // A worker that failed to start or crashed answers nothing: fail every waiting call instead of hanging.
    port.addEventListener('error', (event) => {
      const detail = 'message' in event && event.message ? String(event.message) : 'the list worker stopped';
      this.failAll(new WorkerCallError('worker-crashed', null, detail));
    });
  }

  private isTerminated = false;

  /** Terminates the worker (even one that reported an error: it may still be running) and rejects every call still waiting with `reason`. */
  close(reason: Error): void {
    if (!this.isTerminated) this.port.terminate?.();
    this.isTerminated = true;
    this.failAll(reason);
  }

  private failAll(error: Error): void {
    this.stopped ??= error;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const pending of waiting) pending.reject(error);
  }

  call(request: CallRequest, listeners: CallListeners, transfer: Transferable[]): Promise<unknown> {
    const id = this.nextId++;
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { ...listeners, resolve, reject });
      this.port.postMessage({ ...request, id } as WorkerRequest, transfer);
    });
  }

  private receive(message: WorkerResponse): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    switch (message.type) {
      case 'progress':
        pending.onProgress?.(message.done, message.total);
        break;
      case 'rows':
        pending.onRows?.(message.rows);
        break;
      case 'roles':
        pending.onRoles?.(message.codes);
        break;
      case 'result':
        this.pending.delete(message.id);
        pending.resolve(message.value);
        break;
      case 'failed':
        this.pending.delete(message.id);
        pending.reject(WorkerCallError.fromDesk(message.failure));
        break;
    }
  }
}

/**
 * True for a call whose effect the worker keeps for the session (CA files, loose certificate files, a CRL):
 * a fresh worker replays these so it answers like the one it replaces. Key files are never kept.
 */
function isSessionCall(request: CallRequest): boolean {
  if (request.call === 'checkCrl') return request.arg.crl !== null;
  return request.call === 'addCas' || request.call === 'loose';
}

/**
 * Promise-based calls to the list worker; each call gets an id and its messages are routed back to it.
 * With `spawnPort` it can also start a fresh worker beside its own (`fork`) and later take it over (`adopt`),
 * so a new list loads without touching the open one.
 */
export class ListWorkerClient {
  private connection: Connection;
  /** The session calls sent so far, in order, replayed into a forked worker. */
  private readonly journal: CallRequest[] = [];

  constructor(
    port: WorkerPort,
    private readonly spawnPort?: () => WorkerPort,
    /** Starts a worker for the next fork ahead of need (WorkerStandby), when there is a way to. */
    private readonly warmPort?: () => void,
  ) {
    this.connection = new Connection(port);
  }

  /** Gets a worker ready for the next fork, so the next list's load does not wait for one to start. */
  warmFork(): void {
    this.warmPort?.();
  }

  /** Sends one call; resolves with its result, rejects with a WorkerCallError when it failed. */
  call<K extends DeskCallName>(
    call: K,
    arg: DeskCalls[K]['arg'],
    listeners: CallListeners = {},
    transfer: Transferable[] = [],
  ): Promise<DeskCalls[K]['result']> {
    const request = { call, arg } as CallRequest;
    if (isSessionCall(request)) this.journal.push(request);
    return this.connection.call(request, listeners, transfer) as Promise<DeskCalls[K]['result']>;
  }

  /** True when `fork` can start a fresh worker (the client was made with a way to spawn one). */
  get canFork(): boolean {
    return this.spawnPort !== undefined;
  }

  /** A client on a fresh worker that has been sent this session's CA, loose-file and CRL calls; throws without `spawnPort`. */
  fork(): ListWorkerClient {
    if (!this.spawnPort) throw new Error('this list worker client cannot start another worker');
    const fresh = new ListWorkerClient(this.spawnPort(), this.spawnPort, this.warmPort);
    // Their answers are not needed: the worker handles messages in order, so they are in place before the next call.
    for (const request of this.journal) fresh.call(request.call, request.arg as never).catch(() => undefined);
    return fresh;
  }

  /** A client on a fresh worker for a helper's job (summaries for a load), sent nothing of this session; throws without `spawnPort`. */
  helper(): ListWorkerClient {
    if (!this.spawnPort) throw new Error('this list worker client cannot start another worker');
    return new ListWorkerClient(this.spawnPort());
  }

  /**
   * Makes `fresh`'s worker this client's worker and terminates the old one (its waiting calls are
   * rejected). `fresh` still reaches the worker (a list shown while it loaded talks to it until it
   * re-renders with this client) but can no longer stop it: its terminate does nothing.
   */
  adopt(fresh: ListWorkerClient): void {
    const old = this.connection;
    this.connection = fresh.connection;
    fresh.isHandedOver = true;
    old.close(new WorkerCallError('list-replaced', null, 'the list was replaced by another'));
  }

  /** True once another client adopted this client's worker. */
  private isHandedOver = false;

  /** Terminates the worker; every waiting and later call is rejected. Does nothing once the worker was handed over. */
  terminate(): void {
    if (this.isHandedOver) return;
    this.connection.close(new WorkerCallError('worker-stopped', null, 'the list worker was stopped'));
  }
}
