import type { WorkerRequest, WorkerResponse } from '../../../../renderer/workers/list-protocol';
import type { WorkerPort } from '../../../../renderer/workers/list-worker-client';

/** A Worker stand-in: records what was posted and whether it was terminated, and lets the test answer or crash it. */
export interface FakeWorker {
  readonly port: WorkerPort;
  readonly posted: WorkerRequest[];
  readonly isTerminated: () => boolean;
  readonly answer: (response: WorkerResponse) => void;
  readonly crash: () => void;
  /** The id of the last call of this name posted to it. */
  readonly idOf: (call: WorkerRequest['call']) => number;
}

/** A fresh fake worker. */
export function fakeWorker(): FakeWorker {
  const posted: WorkerRequest[] = [];
  const listeners: { message: ((event: MessageEvent<WorkerResponse>) => void)[]; error: ((event: Event) => void)[] } = { message: [], error: [] };
  let terminated = false;
  const port = {
    postMessage: (message: WorkerRequest) => void posted.push(message),
    addEventListener: (type: 'message' | 'error', listener: never) => void listeners[type].push(listener),
    terminate: () => {
      terminated = true;
    },
  } as WorkerPort;
  return {
    port,
    posted,
    isTerminated: () => terminated,
    answer: (response) => listeners.message.forEach((l) => l({ data: response } as MessageEvent<WorkerResponse>)),
    crash: () => listeners.error.forEach((l) => l(new Event('error'))),
    idOf: (call) => {
      const found = posted.filter((message) => message.call === call).at(-1);
      if (!found) throw new Error(`no ${call} call was posted`);
      return found.id;
    },
  };
}

/** A spawner of fake workers that keeps every one it made, in order. */
export function fakeSpawner() {
  const spawned: FakeWorker[] = [];
  const spawn = (): WorkerPort => {
    const worker = fakeWorker();
    spawned.push(worker);
    return worker.port;
  };
  return { spawned, spawn };
}
