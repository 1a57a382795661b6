import type { OpenedFile } from '../../shared/ipc/contract';
import type { CertificateList } from '../../shared/model/certificate-list';
import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { CertificateSummary } from '../../shared/model/certificate-summary';
import type { Finding } from '../../shared/model/finding';
import type { Lang, LocalizedText } from '../../shared/model/localized-text';
import type { Problem } from '../../shared/model/problem';
import type { CurrentRole } from '../../shared/query/current';
import type { RecordState } from '../../shared/query/record-state';
import type { SortDirection, SortKey } from '../../shared/query/sort';
import type { KeyMatchResult } from '../../shared/diagnostics/key-match';
import type { CertificateDetails } from '../../shared/pki/certificate/certificate-details';
import type { PackedMatches } from './packed-matches';

/**
 * The messages between the UI thread and the list worker. The worker owns the parsed list (every
 * cell, every DER); the UI thread holds only light rows for display and asks for the rest by index.
 */

/** What one list row shows, precomputed in the worker. */
export interface ListRow {
  /** Position of the record in the list (CertificateRecord.index). */
  readonly index: number;
  readonly applicationId: string;
  /** 利用管理者FQDN as written in the TSV. */
  readonly fqdn: string;
  /** The certificate's CN ("" when none). */
  readonly commonName: string;
  /** The certificate's SAN dNSNames. */
  readonly dnsNames: readonly string[];
  readonly state: RecordState;
  /** Whole days until notAfter (negative once expired), null without a validity period. */
  readonly daysLeft: number | null;
  /** notAfter, epoch ms, or null. */
  readonly notAfter: number | null;
  readonly statusCode: number | null;
  readonly statusLabel: LocalizedText;
  readonly profileLabel: LocalizedText;
  /** Decimal serial ("" when none). */
  readonly serialNumber: string;
  /** Upper-case colon hex serial ("" when none). */
  readonly serialHex: string;
  readonly role: CurrentRole;
  readonly hasCertificate: boolean;
}

/** The list as the UI needs it once loaded (the records themselves come as ListRow chunks). */
export type ListMeta = Pick<CertificateList, 'fileName' | 'encoding' | 'kind' | 'columns' | 'missingColumns' | 'problems'> & {
  readonly total: number;
};

/** What the list shows: the filter box text, the quick toggles and the sort. */
export interface ListQuery {
  readonly text: string;
  readonly hideExpired: boolean;
  readonly hideRevokedOrReplaced: boolean;
  /** Show only certificates expiring within this many days; null for no such filter. */
  readonly expiringWithinDays: number | null;
  /** Show only pending and error rows. */
  readonly pendingOrError: boolean;
  readonly sort: { readonly key: SortKey; readonly direction: SortDirection } | null;
}

/** The rows a query selects (record indices in display order) and their highlight ranges, packed by display position. */
export interface QueryResult {
  readonly indices: Int32Array;
  readonly matches: PackedMatches;
}

/** Where a chain link stands, for the chain diagram. */
export interface ChainLinkView {
  readonly subject: string;
  readonly role: 'leaf' | 'intermediate' | 'root';
  readonly status: 'ok' | 'warning' | 'error';
  readonly note: LocalizedText | null;
}

/** A decoded certificate with its findings and chain, ready to show and export. */
export interface CertificateView {
  readonly der: Uint8Array;
  readonly pem: string;
  readonly details: CertificateDetails | null;
  /** Why the full decode failed, when it did (the PEM is still shown). */
  readonly detailsProblem: LocalizedText | null;
  /** Diagnostics, errors first. */
  readonly findings: readonly Finding[];
  readonly chain: readonly ChainLinkView[] | null;
  /** Chain export files this certificate has, by kind (absent when the chain is unknown). */
  readonly chainFiles: readonly ChainFile[];
}

/** One chain export (.chain.crt, .fullchain.crt, .p7b) with its bytes. */
export interface ChainFile {
  readonly kind: 'chain' | 'fullchain' | 'p7b';
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Everything the details pane shows about one record. */
export interface RecordView {
  readonly record: CertificateRecord;
  readonly certificate: CertificateView | null;
  readonly findings: readonly Finding[];
  readonly predecessor: ListRow | null;
  readonly successor: ListRow | null;
  readonly row: ListRow;
}

/** One certificate found in a loose file. */
export interface LooseCertificate {
  readonly key: string;
  readonly fileName: string;
  readonly position: number;
  readonly commonName: string;
  readonly subjectDn: string;
  readonly issuerDn: string;
  readonly notAfter: number | null;
  readonly state: RecordState;
  readonly daysLeft: number | null;
  readonly summary: CertificateSummary;
  readonly view: CertificateView;
}

/** What reading loose certificate files gave: the certificates, and the findings about the files (repairs, refusals). */
export interface LooseFilesResult {
  readonly certificates: readonly LooseCertificate[];
  readonly problems: readonly Finding[];
}

/** A file to save, named and encoded by shared/export. */
export interface ExportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What comparing a certificate with a key or CSR gave: the verdict and public-key hashes only, never key material. */
export type KeyMatchView = KeyMatchResult;

/** What checking a certificate against a CRL gave: the CRL files used, whether the CRL was accepted, the findings (errors first). */
export interface CrlCheckView {
  readonly crlNames: readonly string[];
  readonly accepted: boolean;
  readonly findings: readonly Finding[];
}

/** Every call the worker answers: its argument and the value it resolves with. */
export interface WorkerCalls {
  load: { arg: { fileName: string; bytes: Uint8Array; now: number }; result: { ok: true; meta: ListMeta } | { ok: false; problem: Problem } };
  query: { arg: { query: ListQuery; now: number }; result: QueryResult };
  record: { arg: { index: number; now: number }; result: RecordView | null };
  certificateFiles: { arg: { indices: readonly number[]; format: 'pem' | 'der' }; result: ExportFile[] };
  inventory: { arg: { indices: readonly number[]; lang: Lang; now: number }; result: ExportFile };
  loose: { arg: { files: readonly OpenedFile[]; now: number }; result: LooseFilesResult };
  /** Adds the user's CA files for chain building; answers with the loose files' views rebuilt with them. */
  addCas: { arg: { files: readonly OpenedFile[]; now: number }; result: { added: number; findings: readonly Finding[]; loose: LooseFilesResult } };
  /** Compares the certificate with a key or CSR file; the worker zeroes its copy of the key bytes after use. */
  matchKey: { arg: { certificateDer: Uint8Array; key: OpenedFile; passphrase: string | null }; result: KeyMatchView };
  /** With a CRL file: reads, verifies and keeps it, and checks the certificate. Without: the kept CRLs' verdict, or null. */
  checkCrl: { arg: { certificateDer: Uint8Array; crl: OpenedFile | null; now: number }; result: CrlCheckView | null };
}

/** A call's name. */
export type WorkerCallName = keyof WorkerCalls;

/** A message to the worker. */
export type WorkerRequest = { [K in WorkerCallName]: { readonly id: number; readonly call: K; readonly arg: WorkerCalls[K]['arg'] } }[WorkerCallName];

/** A message from the worker: progress and row chunks while loading, then one result or failure. */
export type WorkerResponse =
  | { readonly id: number; readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly id: number; readonly type: 'rows'; readonly rows: readonly ListRow[] }
  | { readonly id: number; readonly type: 'result'; readonly value: unknown }
  | { readonly id: number; readonly type: 'failed'; readonly message: string };

/** Rows per 'rows' message: small enough that the UI thread decodes each message in a few ms. */
export const ROWS_PER_CHUNK = 2000;
