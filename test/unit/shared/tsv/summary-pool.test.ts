import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import type { CertificateSummary } from '../../../../shared/model/certificate-summary';
import type { Result } from '../../../../shared/model/result';
import { summarizeCertificateWith } from '../../../../shared/pki/certificate/summarize-certificate';
import { sha256HexSync } from '../../../../shared/pki/digest';
import { certificateCellToDer } from '../../../../shared/tsv/certificate-cell';
import { readCertificateList } from '../../../../shared/tsv/read-certificate-list';
import { portSummaryPool, serveSummaries, type SummaryPool } from '../../../../shared/tsv/summary-pool';
import { FUZZ_RUNS, propertyTimeout } from '../../../support/fuzz-runs';
import { BASE_ROW, SERVER_HEADER, encodeText, serverRow, testCertificate, toTsv } from './tsv-test-data';

// Each case reads a 1,600-row list twice: a guard against a hang, not a timing assertion.
const TIMEOUT_MS = propertyTimeout(FUZZ_RUNS, 200);

/**
 * A list long enough for several batches of certificates in flight, with every kind of certificate
 * cell: PEM, bare base64, empty, broken base64, a cut DER, and base64 of something that is no certificate.
 */
let list: Uint8Array;
/** How many of the list's certificate cells decode to DER: what the reader and its helpers summarise. */
let derCells = 0;
beforeAll(async () => {
  const certificate = await testCertificate();
  const cells = [certificate.pem.trim(), certificate.base64, '', 'not base64!', certificate.base64.slice(0, 200), 'MAMCAQE='];
  const chosen = Array.from({ length: 1600 }, (_, i) => cells[i % 7 === 3 ? 1 + (i % 5) : 0]!);
  derCells = chosen.filter((cell) => certificateCellToDer(cell).ok).length;
  const rows = chosen.map((cell, i) => serverRow({ ...BASE_ROW, applicationId: String(100000 + i), certificate: cell.includes('\n') ? `"${cell}"` : cell }));
  list = encodeText(toTsv([SERVER_HEADER, ...rows]), 'shift_jis');
});

type Answer = Result<CertificateSummary, unknown>[];

/** A pool that summarises here but answers each batch after its own delay (so out of order), as copies, as another thread would. */
function delayedPool(size: number, delays: readonly number[]): SummaryPool & { batches: number } {
  const pool = {
    size,
    batches: 0,
    async summarize(ders: readonly Uint8Array[]): Promise<Answer> {
      const delay = delays[pool.batches++ % delays.length]!;
      const results = ders.map((der) => summarizeCertificateWith(der, sha256HexSync) as Answer[number]);
      await new Promise((resolve) => setTimeout(resolve, delay));
      return structuredClone(results);
    },
    close: () => undefined,
  };
  return pool;
}

/** Reads the list, keeping each record as it was when passed to onRecords. */
async function readPassing(bytes: Uint8Array, summaryPool?: SummaryPool) {
  const passed: { record: CertificateRecord; asPassed: string }[] = [];
  const onRecords = (records: readonly CertificateRecord[]) => records.forEach((record) => passed.push({ record, asPassed: JSON.stringify(record) }));
  const result = await readCertificateList(bytes, { fileName: 'serverAll.tsv', onRecords, digestSha256: sha256HexSync, ...(summaryPool ? { summaryPool } : {}) });
  return { result, passed };
}

describe('reading a list with a summary pool', () => {
  it('reads the same records and problems as without one, whatever order the batches come back in', async () => {
    const alone = await readPassing(list);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.array(fc.nat({ max: 4 }), { minLength: 1, maxLength: 5 }), async (size, delays) => {
        const pool = delayedPool(size, delays);
        const pooled = await readPassing(list, pool);
        expect(pool.batches).toBeGreaterThan(1);
        expect(pooled.result).toEqual(alone.result);
        if (!pooled.result.ok) return;
        const records = pooled.result.value.records;
        // Every record passed once, in order, and already complete: its certificate settled before it was shown.
        expect(pooled.passed.map((entry) => entry.record)).toHaveLength(records.length);
        pooled.passed.forEach((entry, i) => {
          expect(entry.record).toBe(records[i]);
          expect(entry.asPassed).toBe(JSON.stringify(records[i]));
        });
      }),
      { numRuns: Math.min(FUZZ_RUNS, 20) },
    );
  }, TIMEOUT_MS);

  it('gets the same summaries from helpers over message ports (serveSummaries) and closes them at the end', async () => {
    const alone = await readPassing(list);
    const channels = [new MessageChannel(), new MessageChannel()];
    const served = channels.map((channel) => serveSummaries(channel.port1, sha256HexSync));
    const pool = portSummaryPool(channels.map((channel) => channel.port2));
    const pooled = await readPassing(list, pool);
    pool.close();
    expect(pooled.result).toEqual(alone.result);
    const counts = (await Promise.all(served)).map((answer) => answer.summarized);
    // Both helpers worked; the reader took its turns too, the first batch of 256 among them.
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(counts[0]! + counts[1]!).toBeLessThanOrEqual(derCells - 256);
  });

  it('fails the reading when the pool fails, rather than calling its certificates unreadable', async () => {
    const failing: SummaryPool = { size: 1, summarize: () => Promise.reject(new Error('helper crashed')), close: () => undefined };
    await expect(readCertificateList(list, { fileName: 'serverAll.tsv', summaryPool: failing })).rejects.toThrow('helper crashed');
  });
});
