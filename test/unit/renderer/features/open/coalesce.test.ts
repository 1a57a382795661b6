import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce } from '../../../../../renderer/features/open/coalesce';

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('coalesce', () => {
  it('flushes the first request at once and folds the next ones into one flush per interval, the last one kept', () => {
    let flushes = 0;
    const updates = coalesce(() => void flushes++, 200, () => Date.now());
    updates.request();
    expect(flushes).toBe(1);
    for (let i = 0; i < 10; i++) updates.request();
    expect(flushes).toBe(1);
    vi.advanceTimersByTime(199);
    expect(flushes).toBe(1);
    vi.advanceTimersByTime(1);
    expect(flushes).toBe(2);
    vi.advanceTimersByTime(1000);
    expect(flushes).toBe(2);
    updates.request();
    expect(flushes).toBe(3);
  });

  it('drops a pending flush when cancelled', () => {
    let flushes = 0;
    const updates = coalesce(() => void flushes++, 200, () => Date.now());
    updates.request();
    updates.request();
    updates.cancel();
    vi.advanceTimersByTime(1000);
    expect(flushes).toBe(1);
  });
});
