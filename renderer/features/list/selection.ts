/** The set of record indices ticked for a bulk export (pure helpers; sets are never mutated). */
export type Selection = ReadonlySet<number>;

/** An empty selection. */
export const NO_SELECTION: Selection = new Set();

/** The selection with `index` added, or removed when it was there. */
export function toggleSelected(selection: Selection, index: number): Selection {
  const next = new Set(selection);
  if (!next.delete(index)) next.add(index);
  return next;
}

/** True when every one of `shown` is selected (and there is at least one). */
export function isAllSelected(selection: Selection, shown: ArrayLike<number>): boolean {
  if (shown.length === 0) return false;
  for (let i = 0; i < shown.length; i++) if (!selection.has(shown[i]!)) return false;
  return true;
}

/** Selects every shown index, or, when all are already selected, deselects them. */
export function toggleAllShown(selection: Selection, shown: ArrayLike<number>): Selection {
  const next = new Set(selection);
  const all = isAllSelected(selection, shown);
  for (let i = 0; i < shown.length; i++) {
    if (all) next.delete(shown[i]!);
    else next.add(shown[i]!);
  }
  return next;
}

/** The selected indices in the order they are shown, then any selected but filtered out, ascending. */
export function selectedInOrder(selection: Selection, shown: ArrayLike<number>): number[] {
  const ordered: number[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < shown.length; i++) {
    const index = shown[i]!;
    if (selection.has(index)) {
      ordered.push(index);
      seen.add(index);
    }
  }
  return ordered.concat([...selection].filter((index) => !seen.has(index)).sort((a, b) => a - b));
}

/** The selection without the given indices (those with errors in a request, say). */
export function deselect(selection: Selection, indices: Iterable<number>): Selection {
  const next = new Set(selection);
  for (const index of indices) next.delete(index);
  return next;
}
