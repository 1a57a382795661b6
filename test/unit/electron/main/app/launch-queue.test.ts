import { describe, expect, it } from 'vitest';
import { createLaunchQueue } from '../../../../../electron/main/app/launch-queue';

describe('createLaunchQueue', () => {
  it('keeps launch files until the page takes them, then delivers new ones at once', () => {
    const delivered: string[][] = [];
    const queue = createLaunchQueue((paths) => delivered.push([...paths]));
    queue.add(['/a.tsv']);
    queue.add(['/b.tsv']);
    expect(delivered).toEqual([]);
    expect(queue.take()).toEqual(['/a.tsv', '/b.tsv']);
    expect(queue.take()).toEqual([]);
    queue.add(['/c.tsv']);
    expect(delivered).toEqual([['/c.tsv']]);
  });

  it('queues again for a new window after reset', () => {
    const delivered: string[][] = [];
    const queue = createLaunchQueue((paths) => delivered.push([...paths]));
    queue.take();
    queue.reset();
    queue.add(['/d.tsv']);
    expect(delivered).toEqual([]);
    expect(queue.take()).toEqual(['/d.tsv']);
  });

  it('ignores an empty list', () => {
    const delivered: string[][] = [];
    const queue = createLaunchQueue((paths) => delivered.push([...paths]));
    queue.take();
    queue.add([]);
    expect(delivered).toEqual([]);
  });
});
