import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { Finding } from '../model/finding';
import type { Lang } from '../model/localized-text';
import type { NamedBytes } from '../model/named-bytes';
import type { Problem } from '../model/problem';
import type { KeyMatchResult } from '../diagnostics/key-match';
import type { CertificateFileFormat } from '../export/certificate-file';
import { findCurrentCertificates, type CurrentMap } from '../query/current';
import { buildSearchIndex, SearchIndexBuilder, type SearchIndex } from '../query/search-index';
import { sha256HexSync } from '../pki/digest';
import { readCertificateList } from '../tsv/read-certificate-list';
import { portSummaryPool, serveSummaries, type SummaryPort } from '../tsv/summary-pool';
import { oversizeFinding } from './certificate-file-limit';
import { CrlSession } from './crl-session';
import { noListLoaded } from './desk-failure';
import { adminPlanExport, calendarExportFile, certificateExportFiles, inventoryExportFile, type AdminPlanMail, type ExportFile } from './export-files';
import { checkKeyFile } from './key-check';
import { listFileBytes, type UnreadBytes } from './list-file-bytes';
import { runQuery } from './list-query';
import { toListRow } from './list-rows';
import { readCaFiles, readLooseFiles } from './loose-files';
import { renewDefaults, renewRequestFiles, revokeRequestFiles, type BuiltRequestFiles, type RenewDefaults, type RenewRequestArg, type RevokeRequestArg } from './request-build';
import { reviewRequest, type RequestReviewResult } from './request-review';
import { matchOpenedKey, openedKeySource } from './opened-keys';
import { reportRecord } from './record-report';
import { packRows, type PackedRows } from './packed-rows';
import { packRoles } from './row-roles';
import type { CrlCheckView, ListMeta, ListQuery, ListRow, LooseFilesResult, QueryResult, RecordView } from './views';

/** Rows per chunk while loading: small enough that the UI thread takes each chunk in a few ms. */
export const ROWS_PER_CHUNK = 2000;

/** Every call the desk answers: its argument and the value it resolves with. */
export interface DeskCalls {
  /**
   * Loads a list. `cas` are CA files that come with it — the demo's own throw-away CA — added for chain
   * building exactly as the user's CA files are (addCas), so its healthy certificates read as healthy.
   * `bytes` may come unread (a browser's File): they are read here, in the worker. `helpers` are ports
   * to other workers serving serveSummaries: the certificates are summarised there while the rows are read.
   */
  load: { arg: { fileName: string; bytes: Uint8Array | UnreadBytes; now: number; cas?: readonly NamedBytes[]; helpers?: readonly SummaryPort[] }; result: { ok: true; meta: ListMeta } | { ok: false; problem: Problem } };
  query: { arg: { query: ListQuery; now: number }; result: QueryResult };
  record: { arg: { index: number; now: number }; result: RecordView | null };
  certificateFiles: { arg: { indices: readonly number[]; format: CertificateFileFormat }; result: ExportFile[] };
  inventory: { arg: { indices: readonly number[]; lang: Lang; now: number }; result: ExportFile };
  calendar: { arg: { indices: readonly number[]; lang: Lang; now: number; alarmDaysBefore: number }; result: ExportFile };
  adminPlan: { arg: { indices: readonly number[]; lang: Lang; now: number }; result: { csv: ExportFile; mails: AdminPlanMail[] } };
  /** Adds loose files (certificates, and keys or CSRs to match against them); answers with every loose file opened so far, rebuilt together. */
  loose: { arg: { files: readonly NamedBytes[]; now: number }; result: LooseFilesResult };
  /** Adds the user's CA files for chain building; answers with the loose files' reports rebuilt with them. */
  addCas: { arg: { files: readonly NamedBytes[]; now: number }; result: { added: number; findings: readonly Finding[]; loose: LooseFilesResult } };
  /** Compares the certificate with a key or CSR file; the key bytes are zeroed after use. */
  matchKey: { arg: { certificateDer: Uint8Array; key: NamedBytes; passphrase: string | null }; result: KeyMatchResult };
  /** With a CRL file: reads, verifies and keeps it, and checks the certificate. Without: the kept CRLs' verdict, or null. */
  checkCrl: { arg: { certificateDer: Uint8Array; crl: NamedBytes | null; now: number }; result: CrlCheckView | null };
  /** The revocation request file(s) of the rows at `indices` (none when any problem is an error), and every problem by row. */
  buildRevokeRequest: { arg: RevokeRequestArg; result: BuiltRequestFiles };
  /** The renewal request file of one row with the administrator's new CSR (an unreadable CSR is a problem of the row). */
  buildRenewRequest: { arg: RenewRequestArg; result: BuiltRequestFiles };
  /** The administrator fields of a row, for the renewal form to start from; null past the list. */
  renewDefaults: { arg: { index: number }; result: RenewDefaults | null };
  /** Summarises certificates for a list loading in another worker, over `port`, until that load ends (see summary-pool.ts). */
  serveSummaries: { arg: { port: SummaryPort }; result: { summarized: number } };
  /** Reviews a request file, against the open list when `againstList` (the UI shows one) and a list is loaded. */
  reviewRequest: { arg: { file: NamedBytes; now: number; againstList: boolean }; result: RequestReviewResult };
}

/** A call's name. */
export type DeskCallName = keyof DeskCalls;

/** What the desk keeps about the open list. */
interface LoadedList {
  readonly list: CertificateList;
  readonly index: SearchIndex;
  readonly current: CurrentMap;
  /** The instant the list was classified at: its rows (and their roles) are as of then. */
  readonly now: number;
}

/** How a load reports progress, the rows as they are read (without roles), then every row's role. */
export interface LoadReporter {
  progress(done: number, total: number): void;
  rows(rows: PackedRows): void;
  /** Once the whole list is read: each row's current/replaced role, one byte a row (row-roles.ts). */
  roles(codes: Uint8Array<ArrayBuffer>): void;
}

/**
 * A list being read: its records so far and their search index. Its display rows go out without a
 * current/replaced role: a later row can replace an earlier one, so roles wait for the whole list.
 */
class ListReading {
  readonly records: CertificateRecord[] = [];
  readonly index = new SearchIndexBuilder();
  private readonly noRoles: CurrentMap;

  constructor(private readonly now: number) {
    this.noRoles = findCurrentCertificates([], now);
  }

  /** Takes the records just read and sends their rows, packed, in chunks the UI thread takes in a few ms each. */
  add(records: readonly CertificateRecord[], report: LoadReporter): void {
    for (const record of records) {
      this.records.push(record);
      this.index.add(record);
    }
    for (let start = 0; start < records.length; start += ROWS_PER_CHUNK) {
      report.rows(packRows(records.slice(start, start + ROWS_PER_CHUNK).map((record) => toListRow(record, this.noRoles, this.now))));
    }
  }

  /** A search over the records read so far. */
  query(query: ListQuery, now: number): QueryResult {
    return runQuery(this.records, this.index.snapshot(), this.noRoles, query, now);
  }
}

type Handler<K extends DeskCallName> = (arg: DeskCalls[K]['arg'], report: LoadReporter) => Promise<DeskCalls[K]['result']>;

/**
 * The desk's session: the open list, the CA files the user added, the loose files opened and the
 * CRLs loaded, and every call the UI makes on them. Free of any messaging: the list worker only
 * carries calls to it and answers back, and tests drive it directly.
 */
export class DeskSession {
  private loaded: LoadedList | null = null;
  /** The list being read, while a load runs. */
  private reading: ListReading | null = null;
  /** CA certificates the user added (DER), used by every chain built from now on. */
  private extraCas: Uint8Array[] = [];
  /** Every loose certificate file opened, so their views can be rebuilt when CAs are added. */
  private looseFiles: NamedBytes[] = [];
  /** The refusals of loose files over the certificate-file limit: said again when the reports are rebuilt, their bytes not kept. */
  private looseRefusals: Finding[] = [];
  /** What the keys and CSRs opened among the loose files matched (their bytes are zeroed once matched, never kept). */
  private keyFindings: Finding[] = [];
  /** The CRLs the user loaded this session (verified ones only). */
  private readonly crls = new CrlSession();

  readonly handlers: { readonly [K in DeskCallName]: Handler<K> } = {
    load: async ({ fileName, bytes: source, now, cas, helpers }, report) => {
      this.loaded = null;
      if (cas && cas.length > 0) await this.addCaDers(cas);
      const bytes = await listFileBytes(fileName, source);
      if (!bytes.ok) return { ok: false, problem: bytes.error };
      const reading = new ListReading(now);
      this.reading = reading;
      const summaryPool = helpers && helpers.length > 0 ? portSummaryPool(helpers) : undefined;
      try {
        const result = await readCertificateList(bytes.value, {
          fileName,
          ...(summaryPool ? { summaryPool } : {}),
          onProgress: (done, total) => report.progress(done, total),
          onRecords: (records) => reading.add(records, report),
        });
        if (!result.ok) return { ok: false, problem: result.error };
        const list = result.value;
        const current = findCurrentCertificates(list.records, now);
        report.roles(packRoles(current, list.records.length));
        // Every record went through onRecords in list order; should that ever fail, index the list afresh.
        const index = reading.index.size === list.records.length ? reading.index.snapshot() : buildSearchIndex(list.records);
        this.loaded = { list, index, current, now };
        const { encoding, kind, columns, missingColumns, problems } = list;
        return { ok: true, meta: { fileName: list.fileName, encoding, kind, columns, missingColumns, problems, total: list.records.length } };
      } finally {
        this.reading = null;
        summaryPool?.close();
      }
    },
    query: async ({ query, now }) => {
      // While a list loads, a search runs over the rows read so far (without roles: they need every row).
      if (this.reading) return this.reading.query(query, now);
      const loaded = this.require();
      return runQuery(loaded.list.records, loaded.index, loaded.current, query, now);
    },
    record: async ({ index, now }) => {
      const loaded = this.require();
      const record = loaded.list.records[index];
      if (!record) return null;
      // Rows as the list shows them: classified at the instant the list was loaded.
      const rowAt = (i: number | null | undefined): ListRow | null => {
        const other = i === null || i === undefined ? undefined : loaded.list.records[i];
        return other ? toListRow(other, loaded.current, loaded.now) : null;
      };
      const row = rowAt(index)!;
      const links = loaded.current.byRecord[index];
      const report = await reportRecord(loaded.list, loaded.current, record, { now, extraCas: this.extraCas });
      return {
        record,
        row,
        certificate: report.certificate,
        findings: report.findings,
        predecessor: rowAt(links?.predecessor),
        successor: rowAt(links?.successor),
        currentCheck: report.currentCheck,
        currentRow: rowAt(report.currentCheck.current?.index),
      };
    },
    certificateFiles: async ({ indices, format }) => {
      const loaded = this.require();
      return certificateExportFiles(loaded.list, indices, format);
    },
    inventory: async ({ indices, lang, now }) => {
      const loaded = this.require();
      return inventoryExportFile(loaded.list, loaded.current, indices, lang, now);
    },
    adminPlan: async ({ indices, lang, now }) => {
      const loaded = this.require();
      return adminPlanExport(loaded.list, loaded.current, indices, lang, now);
    },
    calendar: async ({ indices, lang, now, alarmDaysBefore }) => {
      const loaded = this.require();
      return calendarExportFile(loaded.list, indices, { lang, now, alarmDaysBefore });
    },
    loose: async ({ files, now }) => {
      const keys: { file: NamedBytes; source: 'private-key' | 'csr' }[] = [];
      for (const file of files) {
        const refusal = oversizeFinding(file);
        const source = refusal ? null : await openedKeySource(file);
        if (refusal) this.looseRefusals.push(refusal);
        else if (source) keys.push({ file, source });
        else this.looseFiles.push(file);
      }
      // Every file opened so far is read again, so each one's intermediates serve the others' chains.
      const rebuilt = await this.rebuildLoose(now);
      const matched = await Promise.all(keys.map(({ file, source }) => matchOpenedKey(file, source, rebuilt.certificates)));
      this.keyFindings.push(...matched);
      return { certificates: rebuilt.certificates, problems: [...rebuilt.problems, ...matched] };
    },
    addCas: async ({ files, now }) => {
      const { added, findings } = await this.addCaDers(files);
      return { added, findings, loose: await this.rebuildLoose(now) };
    },
    matchKey: async ({ certificateDer, key, passphrase }) => checkKeyFile(certificateDer, key, passphrase),
    checkCrl: async ({ certificateDer, crl, now }) =>
      crl ? this.crls.load(crl, certificateDer, this.extraCas, now) : this.crls.status(certificateDer, this.extraCas, now),
    buildRevokeRequest: async (arg) => revokeRequestFiles(this.require().list, arg),
    buildRenewRequest: async (arg) => renewRequestFiles(this.require().list, arg),
    renewDefaults: async ({ index }) => renewDefaults(this.require().list, index),
    serveSummaries: async ({ port }) => serveSummaries(port, sha256HexSync),
    // A list closed in the UI may still be loaded here: only the UI knows whether one is open.
    reviewRequest: async ({ file, now, againstList }) => reviewRequest(file, againstList ? (this.loaded?.list ?? null) : null, now),
  };

  /** Every loose file's certificates and problems again (after CAs were added), the size refusals first, the key matches last. */
  private async rebuildLoose(now: number): Promise<LooseFilesResult> {
    const read = await readLooseFiles(this.looseFiles, now, this.extraCas);
    return { certificates: read.certificates, problems: [...this.looseRefusals, ...read.problems, ...this.keyFindings] };
  }

  /** Reads CA files and keeps the certificates not already kept; answers how many were new and what was wrong with the files. */
  private async addCaDers(files: readonly NamedBytes[]): Promise<{ added: number; findings: readonly Finding[] }> {
    const read = await readCaFiles(files);
    const known = new Set(this.extraCas.map((der) => der.join(',')));
    const fresh = read.ders.filter((der) => !known.has(der.join(',')));
    this.extraCas.push(...fresh);
    return { added: fresh.length, findings: read.findings };
  }

  /** True while a load runs: a search can be answered between two of its chunks (list-worker.ts). */
  get isLoading(): boolean {
    return this.reading !== null;
  }

  private require(): LoadedList {
    if (!this.loaded) throw noListLoaded();
    return this.loaded;
  }
}
