import { describe, expect, it } from 'vitest';
import { packedCount } from '../../../../shared/use-cases/packed-rows';
import type { ListMeta } from '../../../../shared/use-cases/views';
import { ListWorkerClient } from '../../../../renderer/workers/list-worker-client';
import { loadInFreshWorker, type LoadRequest } from '../../../../renderer/workers/load-in-fresh-worker';
import { fakeSpawner } from './fake-worker';

const meta: ListMeta = { fileName: 'b.tsv', encoding: 'shift_jis', kind: 'server', columns: [], missingColumns: [], problems: [], total: 1 };
const request = (): LoadRequest => ({ fileName: 'b.tsv', bytes: new Uint8Array([1, 2, 3]), now: 1 });
const noListeners = { onProgress: () => undefined, onRows: () => undefined, onRoles: () => undefined };

/** A client on the first fake worker (the open list's), able to spawn more. */
function setUp() {
  const { spawned, spawn } = fakeSpawner();
  const client = new ListWorkerClient(spawn(), spawn);
  const old = spawned[0]!;
  /** The worker spawned for the load, once it exists. */
  const fresh = () => spawned[1]!;
  return { client, old, fresh, spawned };
}

describe('loadInFreshWorker', () => {
  it('loads in a new worker, then makes it the list worker and terminates the old one only after success', async () => {
    const { client, old, fresh } = setUp();
    const outcome = loadInFreshWorker(client, request(), noListeners, new AbortController().signal);
    expect(fresh().posted.map((m) => m.call)).toEqual(['load']);
    expect(old.posted).toEqual([]);
    expect(old.isTerminated()).toBe(false);
    fresh().answer({ id: fresh().idOf('load'), type: 'result', value: { ok: true, meta } });
    await expect(outcome).resolves.toEqual({ kind: 'loaded', meta });
    expect(old.isTerminated()).toBe(true);
    expect(fresh().isTerminated()).toBe(false);
    void client.call('query', { query: {} as never, now: 1 });
    expect(fresh().posted.at(-1)?.call).toBe('query');
  });

  it('transfers the bytes to the new worker and passes its client, progress, rows and roles on', async () => {
    const { client, fresh } = setUp();
    const progress: number[] = [];
    const rows: number[] = [];
    const roles: number[][] = [];
    let worker: ListWorkerClient | null = null;
    const outcome = loadInFreshWorker(
      client,
      request(),
      { onWorker: (w) => void (worker = w), onProgress: (done) => progress.push(done), onRows: (chunk) => rows.push(packedCount(chunk)), onRoles: (codes) => roles.push([...codes]) },
      new AbortController().signal,
    );
    const id = fresh().idOf('load');
    fresh().answer({ id, type: 'progress', done: 3, total: 3 });
    fresh().answer({ id, type: 'rows', rows: { first: 0, text: '[]', ends: new Int32Array([2]) } });
    // A search through the loading worker's client reaches the new worker, not the open list's.
    void worker!.call('query', { query: {} as never, now: 1 });
    expect(fresh().posted.at(-1)?.call).toBe('query');
    fresh().answer({ id, type: 'roles', codes: new Uint8Array([1]) });
    fresh().answer({ id, type: 'result', value: { ok: true, meta } });
    await outcome;
    expect([progress, rows, roles]).toEqual([[3], [1], [[1]]]);
  });

  it('terminates the new worker on cancel and keeps the old one answering for the open list', async () => {
    const { client, old, fresh } = setUp();
    const controller = new AbortController();
    const progress: number[] = [];
    const outcome = loadInFreshWorker(client, request(), { ...noListeners, onProgress: (done) => progress.push(done) }, controller.signal);
    controller.abort();
    fresh().answer({ id: fresh().idOf('load'), type: 'progress', done: 1, total: 3 });
    await expect(outcome).resolves.toEqual({ kind: 'cancelled' });
    expect(fresh().isTerminated()).toBe(true);
    expect(old.isTerminated()).toBe(false);
    expect(progress).toEqual([]);
    const query = client.call('query', { query: {} as never, now: 1 });
    old.answer({ id: old.idOf('query'), type: 'result', value: 'from the old list' });
    await expect(query).resolves.toBe('from the old list');
  });

  it('terminates the new worker when the file is refused, and leaves the old one as it was', async () => {
    const { client, old, fresh } = setUp();
    const problem = { code: 'not-a-list', message: { ja: '一覧ではありません', en: 'not a list' } };
    const outcome = loadInFreshWorker(client, request(), noListeners, new AbortController().signal);
    fresh().answer({ id: fresh().idOf('load'), type: 'result', value: { ok: false, problem } });
    await expect(outcome).resolves.toEqual({ kind: 'refused', problem });
    expect([old.isTerminated(), fresh().isTerminated()]).toEqual([false, true]);
  });

  it('reports a crash of the new worker as crashed, and leaves the old one as it was', async () => {
    const { client, old, fresh } = setUp();
    const outcome = loadInFreshWorker(client, request(), noListeners, new AbortController().signal);
    fresh().crash();
    await expect(outcome).resolves.toMatchObject({ kind: 'crashed', error: { code: 'worker-crashed', message: 'the list worker stopped' } });
    expect([old.isTerminated(), fresh().isTerminated()]).toEqual([false, true]);
  });

  it('starts no worker when already cancelled', async () => {
    const { client, spawned } = setUp();
    const controller = new AbortController();
    controller.abort();
    await expect(loadInFreshWorker(client, request(), noListeners, controller.signal)).resolves.toEqual({ kind: 'cancelled' });
    expect(spawned).toHaveLength(1);
  });

  it('reports a client that cannot start another worker as crashed, touching nothing', async () => {
    const { spawned, spawn } = fakeSpawner();
    const client = new ListWorkerClient(spawn());
    const outcome = await loadInFreshWorker(client, request(), noListeners, new AbortController().signal);
    expect(outcome.kind).toBe('crashed');
    expect(spawned[0]!.isTerminated()).toBe(false);
  });

  it('gives the new worker the CA, loose and CRL files of the session before the load, but no key file', async () => {
    const { client, fresh } = setUp();
    const file = { name: 'x', bytes: new Uint8Array([9]) };
    const waiting = [
      client.call('loose', { files: [file], now: 1 }),
      client.call('addCas', { files: [file], now: 1 }),
      client.call('matchKey', { certificateDer: new Uint8Array(), key: file, passphrase: null }),
      client.call('checkCrl', { certificateDer: new Uint8Array(), crl: null, now: 1 }),
      client.call('checkCrl', { certificateDer: new Uint8Array(), crl: file, now: 1 }),
    ];
    const outcome = loadInFreshWorker(client, request(), noListeners, new AbortController().signal);
    expect(fresh().posted.map((m) => m.call)).toEqual(['loose', 'addCas', 'checkCrl', 'load']);
    fresh().answer({ id: fresh().idOf('load'), type: 'result', value: { ok: true, meta } });
    await outcome;
    // Calls still waiting on the replaced worker fail (their answers would be about the old list).
    for (const call of waiting) await expect(call).rejects.toThrow('the list was replaced by another');
  });

  it('starts helpers that serve summaries on ports handed to the load, and stops them when it ends', async () => {
    const { client, fresh, spawned } = setUp();
    const outcome = loadInFreshWorker(client, request(), noListeners, new AbortController().signal, 3);
    const helpers = spawned.slice(2);
    expect(helpers.map((helper) => helper.posted.map((m) => m.call))).toEqual([['serveSummaries'], ['serveSummaries']]);
    const load = fresh().posted[0]!;
    expect(load.call === 'load' && load.arg.helpers?.length).toBe(2);
    fresh().answer({ id: fresh().idOf('load'), type: 'result', value: { ok: true, meta } });
    await expect(outcome).resolves.toEqual({ kind: 'loaded', meta });
    expect(helpers.every((helper) => helper.isTerminated())).toBe(true);
    expect(fresh().isTerminated()).toBe(false);
  });

  it('fails the load when a helper crashes, and keeps the open list', async () => {
    const { client, old, fresh, spawned } = setUp();
    const outcome = loadInFreshWorker(client, request(), noListeners, new AbortController().signal, 2);
    spawned[2]!.crash();
    await expect(outcome).resolves.toMatchObject({ kind: 'crashed' });
    expect(fresh().isTerminated()).toBe(true);
    expect(old.isTerminated()).toBe(false);
  });
});
