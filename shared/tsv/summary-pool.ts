import type { CertificateSummary } from '../model/certificate-summary';
import type { Result } from '../model/result';
import { summarizeCertificateWith } from '../pki/certificate/summarize-certificate';

/**
 * Certificate summaries computed on other threads: a list's reader hands over a batch of DER
 * certificates and goes on reading rows while they are summarised. Results come in input order.
 * A pool that fails (a helper crashed) rejects: its certificates are not called unreadable.
 */
export interface SummaryPool {
  /** How many helpers summarise at once. */
  readonly size: number;
  summarize(ders: readonly Uint8Array[]): Promise<Result<CertificateSummary, unknown>[]>;
  /** Tells every helper the reading is over; they answer no more batches. */
  close(): void;
}

/**
 * The one end of a MessageChannel this needs (a browser MessagePort, or Node's), so shared code
 * names no DOM or Node type.
 */
export interface SummaryPort {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  start?(): void;
  close(): void;
}

/** A batch sent to a helper: the DER certificates packed end to end in one transferred buffer. */
interface BatchRequest {
  readonly id: number;
  readonly packed: Uint8Array<ArrayBuffer>;
  readonly ends: Int32Array<ArrayBuffer>;
}
type HelperMessage = BatchRequest | { readonly id: -1 };
interface BatchAnswer {
  readonly id: number;
  readonly results: Result<CertificateSummary, unknown>[];
}

/** The DER certificates in one buffer, with where each ends, so a batch crosses threads as two transfers. */
function pack(ders: readonly Uint8Array[]): { packed: Uint8Array<ArrayBuffer>; ends: Int32Array<ArrayBuffer> } {
  const ends = new Int32Array(ders.length);
  let total = 0;
  ders.forEach((der, i) => (ends[i] = total += der.length));
  const packed = new Uint8Array(total);
  ders.forEach((der, i) => packed.set(der, i === 0 ? 0 : ends[i - 1]!));
  return { packed, ends };
}

/**
 * A pool over helper ports (each the other end served by serveSummaries): batches go to the helpers
 * in turn. Summaries come back as copies made by the structured clone, so their strings are flat and
 * keep nothing of the DER alive.
 */
export function portSummaryPool(ports: readonly SummaryPort[]): SummaryPool {
  const waiting = new Map<number, (results: Result<CertificateSummary, unknown>[]) => void>();
  let nextId = 0;
  for (const port of ports) {
    port.addEventListener('message', (event) => {
      const answer = event.data as BatchAnswer;
      waiting.get(answer.id)?.(answer.results);
      waiting.delete(answer.id);
    });
    port.start?.();
  }
  return {
    size: ports.length,
    summarize(ders) {
      const id = nextId++;
      const { packed, ends } = pack(ders);
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        ports[id % ports.length]!.postMessage({ id, packed, ends } satisfies BatchRequest, [packed.buffer, ends.buffer]);
      });
    },
    close() {
      for (const port of ports) {
        port.postMessage({ id: -1 } satisfies HelperMessage, []);
        port.close();
      }
    },
  };
}

/**
 * Answers a pool's batches on `port` (in a helper worker) until the pool closes; resolves then with
 * how many certificates it summarised.
 */
export function serveSummaries(port: SummaryPort, digestSha256: (bytes: Uint8Array) => string): Promise<{ summarized: number }> {
  let summarized = 0;
  return new Promise((resolve) => {
    port.addEventListener('message', (event) => {
      const request = event.data as HelperMessage;
      if (!('packed' in request)) {
        port.close();
        resolve({ summarized });
        return;
      }
      const { id, packed, ends } = request;
      const results: Result<CertificateSummary, unknown>[] = [];
      for (let i = 0, start = 0; i < ends.length; start = ends[i]!, i++) {
        // A synchronous digest: the summary is a result, never a promise.
        results.push(summarizeCertificateWith(packed.subarray(start, ends[i]), digestSha256) as Result<CertificateSummary, unknown>);
      }
      summarized += results.length;
      port.postMessage({ id, results } satisfies BatchAnswer, []);
    });
    port.start?.();
  });
}
