import type { ListRow, WorkerCallName, WorkerCalls, WorkerRequest, WorkerResponse } from './list-protocol';

/** The part of a Worker the client uses (a real Worker, or a fake in tests). */
export interface WorkerPort {
  postMessage(message: WorkerRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent | Event) => void): void;
}

/** Callbacks for the messages a call may send before its result. */
export interface CallListeners {
  readonly onProgress?: (done: number, total: number) => void;
  readonly onRows?: (rows: readonly ListRow[]) => void;
}

interface Pending extends CallListeners {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** Promise-based calls to the list worker; each call gets an id and its messages are routed back to it. */
export class ListWorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  /** Why the worker is gone, once it crashed: every later call fails at once with it. */
  private stopped: Error | null = null;

  constructor(private readonly port: WorkerPort) {
    port.addEventListener('message', (event) => this.receive(event.data));
    // A worker that failed to start or crashed answers nothing: fail every waiting call instead of hanging.
    port.addEventListener('error', (event) => {
      const message = 'message' in event && event.message ? String(event.message) : 'the list worker stopped';
      this.failAll(new Error(message));
    });
  }

  /** Rejects every call still waiting (the worker is gone). */
  private failAll(error: Error): void {
    this.stopped = error;
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const pending of waiting) pending.reject(error);
  }

  /** Sends one call; resolves with its result, rejects with the worker's message when it failed. */
  call<K extends WorkerCallName>(
    call: K,
    arg: WorkerCalls[K]['arg'],
    listeners: CallListeners = {},
    transfer: Transferable[] = [],
  ): Promise<WorkerCalls[K]['result']> {
    const id = this.nextId++;
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { ...listeners, resolve: resolve as (value: unknown) => void, reject });
      this.port.postMessage({ id, call, arg } as WorkerRequest, transfer);
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
      case 'result':
        this.pending.delete(message.id);
        pending.resolve(message.value);
        break;
      case 'failed':
        this.pending.delete(message.id);
        pending.reject(new Error(message.message));
        break;
    }
  }
}
