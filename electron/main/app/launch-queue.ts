/** Files given from outside (command line, second launch, Finder/Explorer) waiting for the window. */
export interface LaunchQueue {
  /** Adds paths: queued until the page takes them, afterwards delivered at once. */
  add(paths: readonly string[]): void;
  /** The queued paths (emptying the queue); from now on new paths are delivered, not queued. */
  take(): string[];
  /** A new page is loading (window re-created): queue again until it takes. */
  reset(): void;
}

/**
 * A LaunchQueue. Before the renderer has asked (takeLaunchFiles), it is not listening for events, so
 * paths wait; after, `deliver` pushes them as a filesOpened event.
 */
export function createLaunchQueue(deliver: (paths: readonly string[]) => void): LaunchQueue {
  let pending: string[] = [];
  let taken = false;
  return {
    add(paths) {
      if (paths.length === 0) return;
      if (taken) deliver(paths);
      else pending.push(...paths);
    },
    take() {
      taken = true;
      const paths = pending;
      pending = [];
      return paths;
    },
    reset() {
      taken = false;
    },
  };
}
