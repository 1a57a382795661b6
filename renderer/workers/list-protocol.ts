import type { DeskCallName, DeskCalls } from '../../shared/use-cases/desk-session';
import type { DeskFailure } from '../../shared/use-cases/desk-failure';
import type { PackedRows } from '../../shared/use-cases/packed-rows';

/**
 * The messages between the UI thread and the list worker. The worker keeps the desk session
 * (shared/use-cases: the parsed list, every cell, every DER); the UI thread holds only light rows for
 * display and asks for the rest by index. Each request is one desk call.
 */

/** A message to the worker. */
export type WorkerRequest = { [K in DeskCallName]: { readonly id: number; readonly call: K; readonly arg: DeskCalls[K]['arg'] } }[DeskCallName];

/** A message from the worker: progress, row chunks and the rows' roles while loading, then one result or failure. */
export type WorkerResponse =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'rows'; readonly rows: PackedRows }
  | { readonly id: number; readonly type: 'roles'; readonly codes: Uint8Array<ArrayBuffer> }
  | { readonly id: number; readonly type: 'result'; readonly value: unknown }
  | { readonly id: number; readonly type: 'failed'; readonly failure: DeskFailure };
