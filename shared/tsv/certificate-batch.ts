import type { CertificateSummary } from '../model/certificate-summary';
import { limitExceededText, type LimitExceeded } from '../model/parser-limits';
import type { Problem, ProblemCode } from '../model/problem';
import type { Result } from '../model/result';
import { certificateCellToDer, type CertificateCellError } from './certificate-cell';
import { classifyDer, type DerKind } from '../pki/classify-der';
import type { RecordDraft } from './build-record';
import type { SummaryPool } from './summary-pool';
import { cellProblem, foreignContentMessage, type CellPlace, type ForeignCellContent } from './row-problems';

/**
 * Reads a DER certificate's list fields (shared/x509's summarizeCertificateWith, or a stand-in in tests):
 * the result itself when it can be had synchronously, else a promise of it.
 */
export type CertificateSummarizer = (der: Uint8Array) => Result<CertificateSummary, unknown> | Promise<Result<CertificateSummary, unknown>>;

/** Maps the summarizer's failure to a problem code; the default says 'certificate-undecodable'. */
export type FailureClassifier = (failure: unknown) => ProblemCode;

// The PKI objects people paste into a certificate cell by mistake, by their DER shape.
const FOREIGN_KINDS: Partial<Record<DerKind, ForeignCellContent>> = {
  'private-key': 'private-key',
  'encrypted-private-key': 'private-key',
  csr: 'csr',
  crl: 'crl',
  pkcs7: 'pkcs7',
  'public-key': 'public-key',
};

const CELL_ERROR_CODES: Record<Exclude<CertificateCellError, 'empty'>, ProblemCode> = {
  'invalid-base64': 'certificate-invalid-base64',
  truncated: 'certificate-truncated',
};

/**
 * The summary with every string copied flat (a JSON round trip; the summary is plain data: strings,
 * finite numbers, booleans, null, arrays). Why: strings read from a DER can be slices or concatenation
 * trees that keep the DER's decoded text alive: measured ~2.4 KB per summary before, ~0.8 KB after.
 */
function compactSummary(summary: CertificateSummary): CertificateSummary {
  return JSON.parse(JSON.stringify(summary)) as CertificateSummary;
}

/** Rows whose summaries are awaited together (a promise per row, or one batch for a pool's helper). */
const BATCH_SIZE = 256;
/** Batches a pool may have in hand before the reader waits for the oldest: enough to keep every helper busy. */
const BATCHES_IN_FLIGHT_PER_HELPER = 3;

/** A certificate waiting to be sent to a pool, with what its problem would need. */
interface Queued {
  readonly record: RecordDraft;
  readonly der: Uint8Array;
  readonly place: CellPlace;
  readonly cell: string;
}

/** A batch a pool is summarising: the index of its first record, its settling, and whether it has settled. */
interface InFlight {
  readonly firstIndex: number;
  readonly settled: Promise<void>;
  done: boolean;
}

/**
 * Decodes certificate cells and summarises them in batches (Promise.all over a few hundred rows rather
 * than one await per row), filling `record.certificate` or adding a problem. DER is not kept.
 * With a SummaryPool the batches are summarised on other threads while the reader goes on; records
 * settle in list order, and settledBefore() says up to where.
 */
export class CertificateBatch {
  private pending: Promise<void>[] = [];
  /** The index of the first record among `pending`. */
  private pendingFirst = 0;
  private queued: Queued[] = [];
  private readonly inFlight: InFlight[] = [];
  /** Batches handed on so far, to take turns with the pool's helpers. */
  private dispatched = 0;

  constructor(
    private readonly fileName: string,
    private readonly summarize: CertificateSummarizer,
    private readonly classify: FailureClassifier,
    private readonly problems: Problem[],
    private readonly pool: SummaryPool | null = null,
  ) {}

  /** True when certificates are summarised by a pool, as they come back, rather than at flush(). */
  get isPooled(): boolean {
    return this.pool !== null;
  }

  /** True when enough certificates await their (asynchronous) digest here that the caller should await makeRoom() before adding more. */
  get isFull(): boolean {
    return this.pending.length >= BATCH_SIZE;
  }

  /** Waits for the certificates summarised here whose digest is asynchronous (a pool's batches go on). */
  async makeRoom(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    await Promise.all(batch);
  }

  /**
   * The index of the first record whose certificate may still be unsettled (`total` when none is):
   * the records before it are complete.
   */
  settledBefore(total: number): number {
    while (this.inFlight[0]?.done) this.inFlight.shift();
    const first = [this.pending.length > 0 ? this.pendingFirst : total, this.inFlight[0]?.firstIndex ?? total, this.queued[0]?.record.index ?? total];
    return Math.min(...first);
  }

  /** Queues one record's certificate cell: an unreadable cell becomes a problem at once, a DER is summarised. */
  add(record: RecordDraft, cell: string, place: CellPlace): void {
    const der = certificateCellToDer(cell);
    if (!der.ok) {
      if (der.error !== 'empty') this.unreadable(record, cellProblem(this.fileName, CELL_ERROR_CODES[der.error], place, cell));
      return;
    }
    if (!this.pool) return this.summarizeHere(record, der.value, place, cell);
    this.queued.push({ record, der: der.value, place, cell });
    if (this.queued.length >= BATCH_SIZE) this.dispatch(this.pool);
  }

  /**
   * Hands the queued batch on. This thread is one of the parse workers: it takes every (size + 1)th
   * batch (the first included, so the first rows never wait for a helper to start), and any batch
   * while the helpers have all they may hold, rather than wait for them.
   */
  private dispatch(pool: SummaryPool): void {
    const turn = this.dispatched++ % (pool.size + 1);
    const busy = this.inFlight.filter((entry) => !entry.done).length;
    if (turn !== 0 && busy < pool.size * BATCHES_IN_FLIGHT_PER_HELPER) return this.send(pool);
    const batch = this.queued;
    this.queued = [];
    for (const { record, der, place, cell } of batch) this.summarizeHere(record, der, place, cell);
  }

  /** Summarises one certificate on this thread: settled at once, or once its asynchronous digest is done. */
  private summarizeHere(record: RecordDraft, der: Uint8Array, place: CellPlace, cell: string): void {
    let summary: ReturnType<CertificateSummarizer>;
    try {
      summary = this.summarize(der);
    } catch {
      this.unreadable(record, cellProblem(this.fileName, 'certificate-undecodable', place, cell));
      return;
    }
    if (!(summary instanceof Promise)) {
      this.settle(record, summary, place, cell);
      return;
    }
    if (this.pending.length === 0) this.pendingFirst = record.index;
    this.pending.push(
      summary.then(
        (value) => this.settle(record, value, place, cell),
        () => this.unreadable(record, cellProblem(this.fileName, 'certificate-undecodable', place, cell)),
      ),
    );
  }

  /** Sends the queued certificates to the pool as one batch. A pool that fails fails the reading (see SummaryPool). */
  private send(pool: SummaryPool): void {
    const batch = this.queued;
    this.queued = [];
    const entry: InFlight = {
      firstIndex: batch[0]!.record.index,
      settled: pool.summarize(batch.map((queued) => queued.der)).then((results) => {
        // Copies made by the structured clone: already flat, no compaction needed.
        batch.forEach(({ record, place, cell }, i) => this.settle(record, results[i]!, place, cell, false));
        entry.done = true;
      }),
      done: false,
    };
    // A failure is thrown where the batch is awaited (makeRoom, flush), not reported as unhandled meanwhile.
    entry.settled.catch(() => undefined);
    this.inFlight.push(entry);
  }

  /** Fills the record's certificate, or records why the cell gave none. */
  private settle(record: RecordDraft, summary: Result<CertificateSummary, unknown>, place: CellPlace, cell: string, compact = true): void {
    if (summary.ok) record.certificate = compact ? compactSummary(summary.value) : summary.value;
    else this.unreadable(record, this.failureProblem(this.classify(summary.error), place, cell, summary.error));
  }

  /** Marks the record's certificate as unreadable (the list must not call it healthy) and keeps why. */
  private unreadable(record: RecordDraft, problem: Problem): void {
    record.certificateUnreadable = true;
    this.problems.push(problem);
  }

  /** The problem of a cell that decoded but is no certificate, saying what it holds instead when that is known. */
  private failureProblem(code: ProblemCode, place: CellPlace, cell: string, failure: unknown): Problem {
    // Over a parser limit: say which limit and what the cell held, never the cell itself.
    if (code === 'certificate-over-limit') return cellProblem(this.fileName, code, place, cell, limitExceededText(failure as LimitExceeded));
    if (code !== 'certificate-not-a-certificate') return cellProblem(this.fileName, code, place, cell);
    // Rare path: decode the cell again rather than keep every row's DER around.
    const der = certificateCellToDer(cell);
    const content = der.ok ? FOREIGN_KINDS[classifyDer(der.value)] : undefined;
    return cellProblem(this.fileName, code, place, cell, content ? foreignContentMessage(content) : undefined);
  }

  /** Waits for every certificate added so far (sending a pool what it has not had yet). */
  async flush(): Promise<void> {
    if (this.pool && this.queued.length > 0) this.dispatch(this.pool);
    while (this.inFlight.length > 0) await this.inFlight.shift()!.settled;
    await this.makeRoom();
  }
}
