import { describe, expect, it } from 'vitest';
import { parseWorkerCount } from '../../../../renderer/workers/parse-workers';

describe('parseWorkerCount', () => {
  it.each([
    { search: '', cores: 2, want: 1 },
    { search: '', cores: 4, want: 3 },
    { search: '', cores: 8, want: 4 },
    { search: '', cores: 1, want: 1 },
    { search: '', cores: undefined, want: 1 },
    { search: '?parseWorkers=1', cores: 8, want: 1 },
    { search: '?parseWorkers=3', cores: 2, want: 3 },
    { search: '?parseWorkers=99', cores: 8, want: 4 },
    { search: '?parseWorkers=0', cores: 4, want: 3 },
    { search: '?parseWorkers=two', cores: 4, want: 3 },
  ])('$search on $cores cores: $want', ({ search, cores, want }) => {
    expect(parseWorkerCount(search, cores)).toBe(want);
  });
});
