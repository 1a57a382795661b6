import { describe, expect, it } from 'vitest';
import { INITIAL_QUERY } from '../../../../renderer/features/filter/filter-state';
import type { QueryResult } from '../../../../shared/use-cases/views';
import { packedCount } from '../../../../shared/use-cases/packed-rows';
import { RowStore } from '../../../../shared/use-cases/row-store';
import { DeskSession } from '../../../../shared/use-cases/desk-session';
import { concatBytes } from '../../../../shared/encoding/bytes';
import { readFixture, readManifest } from '../../../support/manifest';

const manifest = readManifest();
const NOW = Date.parse(manifest.referenceTime);
const noReport = { progress: () => undefined, rows: () => undefined, roles: () => undefined };

/**
 * The main fixture list with its data rows repeated `times` over: several of the reader's 512 KB
 * chunks, so the load reports rows more than once. Repeated rows share serials and FQDNs, which
 * is what makes roles depend on rows read later.
 */
function repeatedList(times: number): Uint8Array {
  const bytes = readFixture('tsv/serverAll.tsv');
  const headerEnd = bytes.indexOf(0x0a) + 1;
  const body = bytes.subarray(headerEnd);
  const endsWithLf = body[body.length - 1] === 0x0a;
  const parts: Uint8Array[] = [bytes.subarray(0, headerEnd)];
  for (let i = 0; i < times; i++) parts.push(body, endsWithLf ? new Uint8Array(0) : new Uint8Array([0x0d, 0x0a]));
  return concatBytes(parts);
}

describe('a list shown while it loads', () => {
  it('sends every row once, in order and packed, before the result, without roles until the whole list is read', async () => {
    const bytes = repeatedList(40);
    const desk = new DeskSession();
    let store = RowStore.empty();
    let chunks = 0;
    let roles: Uint8Array | null = null;
    const loaded = await desk.handlers.load(
      { fileName: 'serverAll.tsv', bytes, now: NOW },
      {
        progress: () => undefined,
        rows: (chunk) => {
          expect(roles).toBeNull();
          chunks++;
          // withRows refuses a chunk out of order.
          store = store.withRows(chunk);
        },
        roles: (codes) => {
          roles = codes.slice();
          // As the worker does: the buffer moves to the UI thread and is gone from the desk.
          structuredClone(codes.buffer, { transfer: [codes.buffer] });
        },
      },
    );
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(chunks).toBeGreaterThan(1);
    expect(store.length).toBe(loaded.meta.total);
    const rows = Array.from({ length: store.length }, (_, i) => store.at(i)!);
    expect(rows.map((row) => row.index)).toEqual(rows.map((_, i) => i));
    expect(rows.every((row) => row.role === null)).toBe(true);
    expect(roles).not.toBeNull();
    // With the roles, each row is the one the row's details give.
    const withRoles = store.withRoles(roles!);
    for (const index of [0, 1, 7, 38, 39, rows.length - 1]) {
      const view = await desk.handlers.record({ index, now: NOW }, noReport);
      expect(withRoles.at(index)).toEqual(view!.row);
    }
    // The repeated rows renew each other, so roles exist only once every row is read.
    expect(Array.from({ length: 80 }, (_, i) => withRoles.at(i)!.role)).toContain('replaced');
  });

  it('answers a search sent during the load over the rows read so far', async () => {
    const bytes = repeatedList(40);
    const desk = new DeskSession();
    let received = 0;
    const answers: { received: number; result: QueryResult }[] = [];
    const pending: Promise<void>[] = [];
    await desk.handlers.load(
      { fileName: 'serverAll.tsv', bytes, now: NOW },
      {
        progress: () => undefined,
        rows: (chunk) => {
          received += packedCount(chunk);
          const at = received;
          expect(desk.isLoading).toBe(true);
          pending.push(desk.handlers.query({ query: { ...INITIAL_QUERY, text: 'www' }, now: NOW }, noReport).then((result) => void answers.push({ received: at, result })));
        },
        roles: () => undefined,
      },
    );
    await Promise.all(pending);
    expect(desk.isLoading).toBe(false);
    expect(answers.length).toBeGreaterThan(1);
    for (const { received: count, result } of answers) {
      expect(result.indices.length).toBeGreaterThan(0);
      expect(Array.from(result.indices).every((index) => index < count)).toBe(true);
    }
    // Later answers cover more rows.
    expect(answers.at(-1)!.result.indices.length).toBeGreaterThan(answers[0]!.result.indices.length);
  });
});
