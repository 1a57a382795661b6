import { describe, expect, it } from 'vitest';
import { ListWorkerClient } from '../../../../renderer/workers/list-worker-client';
import { loadInFreshWorker } from '../../../../renderer/workers/load-in-fresh-worker';
import { WorkerStandby } from '../../../../renderer/workers/worker-standby';
import { fakeSpawner } from './fake-worker';

describe('WorkerStandby', () => {
  it('hands over the spare started ahead, starts one on demand when there is none, and never keeps two', () => {
    const { spawned, spawn } = fakeSpawner();
    const standby = new WorkerStandby(spawn);
    standby.warm();
    standby.warm();
    expect(spawned).toHaveLength(1);
    expect(standby.take()).toBe(spawned[0]!.port);
    expect(standby.take()).toBe(spawned[1]!.port);
    expect(spawned).toHaveLength(2);
  });

  it('is warmed again once a load in a fresh worker is over, whatever became of it', async () => {
    const { spawned, spawn } = fakeSpawner();
    const standby = new WorkerStandby(spawn);
    const client = new ListWorkerClient(spawn(), () => standby.take(), () => standby.warm());
    const controller = new AbortController();
    const outcome = loadInFreshWorker(
      client,
      { fileName: 'a.tsv', bytes: new Uint8Array([1]), now: 1 },
      { onProgress: () => undefined, onRows: () => undefined, onRoles: () => undefined },
      controller.signal,
    );
    // The load's worker (started on demand), and no spare while it loads.
    expect(spawned).toHaveLength(2);
    controller.abort();
    await expect(outcome).resolves.toEqual({ kind: 'cancelled' });
    expect(spawned).toHaveLength(3);
    expect(spawned[2]!.isTerminated()).toBe(false);
    // The next fork takes that spare.
    client.fork();
    expect(spawned).toHaveLength(3);
  });
});
