import { describe, expect, it } from 'vitest';
import { packedCount } from '../../../../shared/use-cases/packed-rows';
import type { WorkerRequest, WorkerResponse } from '../../../../renderer/workers/list-protocol';
import { ListWorkerClient, type WorkerPort } from '../../../../renderer/workers/list-worker-client';
import { fakeSpawner, fakeWorker } from './fake-worker';

/** A worker stand-in: records what was posted and lets the test answer. */
function fakePort() {
  const posted: { message: WorkerRequest; transfer: Transferable[] }[] = [];
  const listeners: { message: ((event: MessageEvent<WorkerResponse>) => void)[]; error: ((event: Event) => void)[] } = { message: [], error: [] };
  const port = {
    postMessage: (message: WorkerRequest, transfer: Transferable[]) => void posted.push({ message, transfer }),
    addEventListener: (type: 'message' | 'error', listener: never) => void listeners[type].push(listener),
  } as WorkerPort;
  const answer = (response: WorkerResponse) => listeners.message.forEach((l) => l({ data: response } as MessageEvent<WorkerResponse>));
  const crash = () => listeners.error.forEach((l) => l(new Event('error')));
  return { port, posted, answer, crash };
}

describe('ListWorkerClient', () => {
  it('posts a call with an id and the transfer list, and resolves with its result', async () => {
    const { port, posted, answer } = fakePort();
    const client = new ListWorkerClient(port);
    const bytes = new Uint8Array([1, 2]);
    const pending = client.call('load', { fileName: 'a.tsv', bytes, now: 1 }, {}, [bytes.buffer]);
    expect(posted[0]!.message).toMatchObject({ call: 'load', arg: { fileName: 'a.tsv' } });
    expect(posted[0]!.transfer).toEqual([bytes.buffer]);
    answer({ id: posted[0]!.message.id, type: 'result', value: { ok: false, problem: { code: 'file-empty' } } });
    await expect(pending).resolves.toMatchObject({ ok: false });
  });

  it('routes progress and row chunks to the call that asked', async () => {
    const { port, posted, answer } = fakePort();
    const client = new ListWorkerClient(port);
    const progress: number[] = [];
    const rows: number[] = [];
    const pending = client.call('load', { fileName: 'a.tsv', bytes: new Uint8Array(), now: 1 }, { onProgress: (done) => progress.push(done), onRows: (chunk) => rows.push(packedCount(chunk)) });
    const id = posted[0]!.message.id;
    answer({ id, type: 'progress', done: 10, total: 20 });
    answer({ id, type: 'rows', rows: { first: 0, text: '[][]', ends: new Int32Array([2, 4]) } });
    answer({ id: id + 100, type: 'progress', done: 99, total: 99 });
    answer({ id, type: 'result', value: null });
    await pending;
    expect(progress).toEqual([10]);
    expect(rows).toEqual([2]);
  });

  it('rejects a call the worker failed with its code and its sentence in both languages', async () => {
    const { port, posted, answer } = fakePort();
    const pending = new ListWorkerClient(port).call('query', { query: {} as never, now: 1 });
    const failure = { code: 'no-list-loaded', message: { ja: '一覧が開かれていません。', en: 'No list is open.' } } as const;
    answer({ id: posted[0]!.message.id, type: 'failed', failure });
    await expect(pending).rejects.toMatchObject({ code: 'no-list-loaded', text: failure.message });
  });

  it('rejects every waiting call when the worker crashes, and later calls at once', async () => {
    const { port, crash } = fakePort();
    const client = new ListWorkerClient(port);
    const first = client.call('query', { query: {} as never, now: 1 });
    crash();
    await expect(first).rejects.toThrow('the list worker stopped');
    await expect(client.call('query', { query: {} as never, now: 1 })).rejects.toThrow('the list worker stopped');
  });
});

describe('ListWorkerClient terminate, fork and adopt', () => {
  it('terminates its worker and rejects waiting and later calls', async () => {
    const worker = fakeWorker();
    const client = new ListWorkerClient(worker.port);
    const waiting = client.call('query', { query: {} as never, now: 1 });
    client.terminate();
    expect(worker.isTerminated()).toBe(true);
    await expect(waiting).rejects.toThrow('the list worker was stopped');
    await expect(client.call('query', { query: {} as never, now: 1 })).rejects.toThrow('the list worker was stopped');
  });

  it('forks onto a new worker without touching its own', () => {
    const { spawned, spawn } = fakeSpawner();
    const client = new ListWorkerClient(spawn(), spawn);
    const fresh = client.fork();
    void fresh.call('query', { query: {} as never, now: 1 }).catch(() => undefined);
    expect(spawned.map((worker) => worker.posted.length)).toEqual([0, 1]);
    expect(client.canFork).toBe(true);
  });

  it('refuses to fork without a way to start a worker', () => {
    const client = new ListWorkerClient(fakeWorker().port);
    expect(client.canFork).toBe(false);
    expect(() => client.fork()).toThrow('cannot start another worker');
  });

  it('after adopting, sends calls to the adopted worker; the handed-over client still reaches it but cannot stop it', async () => {
    const { spawned, spawn } = fakeSpawner();
    const client = new ListWorkerClient(spawn(), spawn);
    const fresh = client.fork();
    client.adopt(fresh);
    expect(spawned.map((worker) => worker.isTerminated())).toEqual([true, false]);
    const answer = client.call('record', { index: 0, now: 1 });
    spawned[1]!.answer({ id: spawned[1]!.idOf('record'), type: 'result', value: null });
    await expect(answer).resolves.toBeNull();
    fresh.terminate();
    expect(spawned[1]!.isTerminated()).toBe(false);
    const late = fresh.call('record', { index: 1, now: 1 });
    spawned[1]!.answer({ id: spawned[1]!.posted.at(-1)!.id, type: 'result', value: null });
    await expect(late).resolves.toBeNull();
  });
});
