import type { CertificateSummary } from '../model/certificate-summary';
import { limitExceededText, type LimitExceeded } from '../model/parser-limits';
import type { Problem, ProblemCode } from '../model/problem';
import type { Result } from '../model/result';
import { certificateCellToDer, type CertificateCellError } from './certificate-cell';
import { classifyDer, type DerKind } from '../pki/classify-der';
import type { RecordDraft } from './build-record';
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

/** Rows whose digests run together: enough to keep crypto.subtle busy, few enough to bound memory. */
const BATCH_SIZE = 256;

/**
 * Decodes certificate cells and summarises them in batches (Promise.all over a few hundred rows rather
 * than one await per row), filling `record.certificate` or adding a problem. DER is not kept.
 */
export class CertificateBatch {
  private pending: Promise<void>[] = [];

  constructor(
    private readonly fileName: string,
    private readonly summarize: CertificateSummarizer,
    private readonly classify: FailureClassifier,
    private readonly problems: Problem[],
  ) {}

  /** True when enough certificates are queued that the caller should await flush() before adding more. */
  get isFull(): boolean {
    return this.pending.length >= BATCH_SIZE;
  }

  /** Queues one record's certificate cell: an unreadable cell becomes a problem at once, a DER is summarised. */
  add(record: RecordDraft, cell: string, place: CellPlace): void {
    const der = certificateCellToDer(cell);
    if (!der.ok) {
      if (der.error !== 'empty') this.unreadable(record, cellProblem(this.fileName, CELL_ERROR_CODES[der.error], place, cell));
      return;
    }
    let summary: ReturnType<CertificateSummarizer>;
    try {
      summary = this.summarize(der.value);
    } catch {
      this.unreadable(record, cellProblem(this.fileName, 'certificate-undecodable', place, cell));
      return;
    }
    if (!(summary instanceof Promise)) {
      this.settle(record, summary, place, cell);
      return;
    }
    this.pending.push(
      summary.then(
        (value) => this.settle(record, value, place, cell),
        () => this.unreadable(record, cellProblem(this.fileName, 'certificate-undecodable', place, cell)),
      ),
    );
  }

  /** Fills the record's certificate, or records why the cell gave none. */
  private settle(record: RecordDraft, summary: Result<CertificateSummary, unknown>, place: CellPlace, cell: string): void {
    if (summary.ok) record.certificate = compactSummary(summary.value);
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

  /** Waits for every queued certificate. */
  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    await Promise.all(batch);
  }
}
