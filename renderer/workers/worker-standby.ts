import type { WorkerPort } from './list-worker-client';

/**
 * Worker ports with one started ahead of need: a worker's start (the inlined bundle compiled, its
 * modules run) costs a noticeable part of a second on a busy machine, so the next load should find
 * one ready. `warm` starts the spare when nothing is loading; `take` hands it over, or starts one.
 */
export class WorkerStandby {
  private spare: WorkerPort | null = null;

  constructor(private readonly spawn: () => WorkerPort) {}

  /** A worker for the next load: the spare, or a new one when there is none. */
  take(): WorkerPort {
    const port = this.spare ?? this.spawn();
    this.spare = null;
    return port;
  }

  /** Starts the spare unless one is waiting already. */
  warm(): void {
    this.spare ??= this.spawn();
  }
}
