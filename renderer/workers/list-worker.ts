import { deskFailureOf } from '../../shared/use-cases/desk-failure';
import { DeskSession } from '../../shared/use-cases/desk-session';
import type { PackedRows } from '../../shared/use-cases/packed-rows';
import type { QueryResult } from '../../shared/use-cases/views';
import type { WorkerRequest, WorkerResponse } from './list-protocol';

/**
 * The list worker: the desk session (shared/use-cases) runs here so the window never freezes; this
 * file only carries messages. They are handled one at a time in arrival order, except a search sent
 * while a list loads (answered over the rows read so far); a failure goes back as a code with its
 * Japanese and English text.
 */
// The DOM lib types `self` as a Window; a dedicated worker's scope needs only these two members.
interface WorkerScope {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;
const session = new DeskSession();
let queue: Promise<void> = Promise.resolve();

function post(message: WorkerResponse, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/** The buffers of a result that can move instead of being copied (a query result's typed arrays). */
function transferablesOf(call: WorkerRequest['call'], value: unknown): Transferable[] {
  if (call !== 'query') return [];
  const result = value as QueryResult;
  return [result.indices.buffer, result.matches.starts.buffer, result.matches.data.buffer];
}

async function handle(request: WorkerRequest): Promise<void> {
  const { id } = request;
  const reporter = {
    progress: (done: number, total: number) => post({ id, type: 'progress', done, total }),
    rows: (rows: PackedRows) => post({ id, type: 'rows', rows }, [rows.ends.buffer]),
    roles: (codes: Uint8Array<ArrayBuffer>) => post({ id, type: 'roles', codes }, [codes.buffer]),
  };
  try {
    const handler = session.handlers[request.call] as (arg: unknown, report: typeof reporter) => Promise<unknown>;
    const value = await handler(request.arg, reporter);
    post({ id, type: 'result', value }, transferablesOf(request.call, value));
  } catch (error) {
    post({ id, type: 'failed', failure: deskFailureOf(error) });
  }
}

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  // A search while a list loads runs at once, between two chunks of the load, over the rows read so far.
  if (request.call === 'query' && session.isLoading) void handle(request);
  else queue = queue.then(() => handle(request));
});
