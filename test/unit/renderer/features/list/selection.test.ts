import { describe, expect, it } from 'vitest';
import { deselect, isAllSelected, NO_SELECTION, selectedInOrder, toggleAllShown, toggleSelected } from '../../../../../renderer/features/list/selection';

const set = (...values: number[]) => new Set(values);

describe('selection', () => {
  it.each([
    { name: 'adds an index that was not selected', input: { selection: set(1), index: 2 }, want: [1, 2] },
    { name: 'removes an index that was selected', input: { selection: set(1, 2), index: 1 }, want: [2] },
  ])('toggleSelected $name', ({ input, want }) => {
    expect([...toggleSelected(input.selection, input.index)].sort()).toEqual(want);
    expect(input.selection.size).toBeGreaterThan(0);
  });

  it.each([
    { name: 'is false for nothing shown', input: { selection: set(1), shown: [] as number[] }, want: false },
    { name: 'is false when one shown row is not selected', input: { selection: set(1, 2), shown: [1, 2, 3] }, want: false },
    { name: 'is true when every shown row is selected (others may be too)', input: { selection: set(1, 2, 3, 9), shown: [3, 1, 2] }, want: true },
  ])('isAllSelected $name', ({ input, want }) => {
    expect(isAllSelected(input.selection, input.shown)).toBe(want);
  });

  it.each([
    { name: 'selects every shown row, keeping rows filtered out', input: { selection: set(9), shown: Int32Array.from([1, 2]) }, want: [1, 2, 9] },
    { name: 'deselects the shown rows when all were selected', input: { selection: set(1, 2, 9), shown: Int32Array.from([1, 2]) }, want: [9] },
  ])('toggleAllShown $name', ({ input, want }) => {
    expect([...toggleAllShown(input.selection, input.shown)].sort((a, b) => a - b)).toEqual(want);
  });

  it('lists the selected rows in display order, then the hidden ones ascending', () => {
    expect(selectedInOrder(set(7, 3, 12, 5), Int32Array.from([5, 4, 3]))).toEqual([5, 3, 7, 12]);
  });

  it('deselects the given rows (a request\'s rows with errors), leaving the others and the original as they were', () => {
    const before = set(1, 4, 9);
    expect([...deselect(before, [4, 9, 20])]).toEqual([1]);
    expect([...before]).toEqual([1, 4, 9]);
  });

  it('starts empty', () => {
    expect(NO_SELECTION.size).toBe(0);
  });
});
