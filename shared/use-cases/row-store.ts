import { packedCount, unpackRow, type PackedRows } from './packed-rows';
import { roleOfCode } from './row-roles';
import type { ListRow } from './views';

/** Decoded rows a store keeps at most: a few screens of a scrolled grid, not the list. */
const CACHE_LIMIT = 2048;

/**
 * The rows of a list as the UI holds them: the packed chunks the worker sent (packed-rows.ts) and,
 * once the whole list is in, every row's role (row-roles.ts). A row is decoded when asked for and
 * kept while it is likely to be asked again. Immutable to its users: adding a chunk or the roles
 * gives a new store sharing the chunks, so React sees the change.
 */
export class RowStore {
  private readonly cache = new Map<number, ListRow>();

  private constructor(
    private readonly chunks: readonly PackedRows[],
    /** The list index each chunk starts at, for a binary search. */
    private readonly starts: readonly number[],
    readonly length: number,
    private readonly roles: Uint8Array | null,
  ) {}

  /** A store without rows. */
  static empty(): RowStore {
    return new RowStore([], [], 0, null);
  }

  /** This store with the next chunk of rows (its first index must be `length`; a chunk out of order is a programming error). */
  withRows(chunk: PackedRows): RowStore {
    if (chunk.first !== this.length) throw new Error(`rows ${chunk.first}… arrived after ${this.length} rows`);
    return new RowStore([...this.chunks, chunk], [...this.starts, chunk.first], this.length + packedCount(chunk), this.roles);
  }

  /** This store with every row's role (the codes of packRoles, one byte a row). */
  withRoles(codes: Uint8Array): RowStore {
    return new RowStore(this.chunks, this.starts, this.length, codes);
  }

  /** True once the roles came (the whole list was read). */
  get hasRoles(): boolean {
    return this.roles !== null;
  }

  /** The row at list index `index`, or undefined past the rows. */
  at(index: number): ListRow | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    const cached = this.cache.get(index);
    if (cached) return cached;
    const chunk = this.chunkOf(index);
    const packed = unpackRow(this.chunks[chunk]!, index - this.starts[chunk]!);
    const role = this.roles ? roleOfCode(this.roles[index] ?? 0) : null;
    const row = role === null ? packed : { ...packed, role };
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    this.cache.set(index, row);
    return row;
  }

  /** Position in `chunks` of the chunk holding `index`. */
  private chunkOf(index: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}
