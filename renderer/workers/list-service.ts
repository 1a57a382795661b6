import type { OpenedFile } from '../../shared/ipc/contract';
import type { CertificateList } from '../../shared/model/certificate-list';
import type { Finding } from '../../shared/model/finding';
import { findCurrentCertificates, type CurrentMap } from '../../shared/query/current';
import { buildSearchIndex, type SearchIndex } from '../../shared/query/search-index';
import { readCertificateList, recordCertificateDer } from '../../shared/tsv/read-certificate-list';
import { buildCertificateView, recordFindings } from './certificate-view';
import { oversizeFinding } from './certificate-file-limit';
import { CrlSession, runKeyMatch } from './diagnostic-checks';
import { certificateExportFiles, inventoryFile } from './export-files';
import type { ListRow, LooseFilesResult, WorkerCalls } from './list-protocol';
import { ROWS_PER_CHUNK } from './list-protocol';
import { toListRow } from './list-rows';
import { readCaFiles, readLooseFiles } from './loose-files';
import { runQuery } from './run-query';

/** What the worker keeps about the open list. */
interface LoadedList {
  readonly list: CertificateList;
  readonly index: SearchIndex;
  readonly current: CurrentMap;
  readonly rows: readonly ListRow[];
}

/** How the service reports progress and row chunks while loading. */
export interface LoadReporter {
  progress(done: number, total: number): void;
  rows(rows: readonly ListRow[]): void;
}

type Handler<K extends keyof WorkerCalls> = (arg: WorkerCalls[K]['arg'], report: LoadReporter) => Promise<WorkerCalls[K]['result']>;

/**
 * The list worker's state and calls, free of any messaging so tests can drive it directly.
 * Everything that understands the bytes is shared/ code; this only wires it together and keeps the list.
 */
export class ListService {
  private loaded: LoadedList | null = null;
  /** CA certificates the user added (DER), used by every chain built from now on. */
  private extraCas: Uint8Array[] = [];
  /** Every loose certificate file opened, so their views can be rebuilt when CAs are added. */
  private looseFiles: OpenedFile[] = [];
  /** The refusals of loose files over the certificate-file limit: said again when the views are rebuilt, their bytes not kept. */
  private looseRefusals: Finding[] = [];
  /** The CRLs the user loaded this session (verified ones only). */
  private readonly crls = new CrlSession();

  readonly handlers: { readonly [K in keyof WorkerCalls]: Handler<K> } = {
    load: async ({ fileName, bytes, now }, report) => {
      this.loaded = null;
      const result = await readCertificateList(bytes, { fileName, onProgress: (done, total) => report.progress(done, total) });
      if (!result.ok) return { ok: false, problem: result.error };
      const list = result.value;
      const current = findCurrentCertificates(list.records, now);
      const rows = list.records.map((record) => toListRow(record, current, now));
      for (let start = 0; start < rows.length; start += ROWS_PER_CHUNK) report.rows(rows.slice(start, start + ROWS_PER_CHUNK));
      this.loaded = { list, index: buildSearchIndex(list.records), current, rows };
      const { encoding, kind, columns, missingColumns, problems } = list;
      return { ok: true, meta: { fileName: list.fileName, encoding, kind, columns, missingColumns, problems, total: rows.length } };
    },
    query: async ({ query, now }) => {
      const loaded = this.require();
      return runQuery(loaded.list.records, loaded.index, loaded.current, query, now);
    },
    record: async ({ index, now }) => {
      const loaded = this.require();
      const record = loaded.list.records[index];
      const row = loaded.rows[index];
      if (!record || !row) return null;
      const der = recordCertificateDer(loaded.list, record);
      const links = loaded.current.byRecord[index];
      const rowAt = (i: number | null | undefined): ListRow | null => (i === null || i === undefined ? null : (loaded.rows[i] ?? null));
      return {
        record,
        row,
        certificate: der ? await buildCertificateView(der, record.certificate, { now, record, extraCas: this.extraCas }) : null,
        findings: recordFindings(record),
        predecessor: rowAt(links?.predecessor),
        successor: rowAt(links?.successor),
      };
    },
    certificateFiles: async ({ indices, format }) => {
      const loaded = this.require();
      return certificateExportFiles(loaded.list, indices, format);
    },
    inventory: async ({ indices, lang, now }) => {
      const loaded = this.require();
      return inventoryFile(loaded.list, loaded.current, indices, lang, now);
    },
    loose: async ({ files, now }) => {
      const refusals = files.map((file) => oversizeFinding(file));
      this.looseFiles.push(...files.filter((_, i) => refusals[i] === null));
      this.looseRefusals.push(...refusals.filter((refusal) => refusal !== null));
      return readLooseFiles(files, now, this.extraCas);
    },
    addCas: async ({ files, now }) => {
      const read = await readCaFiles(files);
      const known = new Set(this.extraCas.map((der) => der.join(',')));
      const fresh = read.ders.filter((der) => !known.has(der.join(',')));
      this.extraCas.push(...fresh);
      return { added: fresh.length, findings: read.findings, loose: await this.rebuildLoose(now) };
    },
    matchKey: async ({ certificateDer, key, passphrase }) => runKeyMatch(certificateDer, key, passphrase),
    checkCrl: async ({ certificateDer, crl, now }) =>
      crl ? this.crls.load(crl, certificateDer, this.extraCas, now) : this.crls.status(certificateDer, this.extraCas, now),
  };

  /** Every loose file's certificates and problems again (after CAs were added), the size refusals first. */
  private async rebuildLoose(now: number): Promise<LooseFilesResult> {
    const read = await readLooseFiles(this.looseFiles, now, this.extraCas);
    return { certificates: read.certificates, problems: [...this.looseRefusals, ...read.problems] };
  }

  private require(): LoadedList {
    if (!this.loaded) throw new Error('no list is loaded');
    return this.loaded;
  }
}
