import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import type { CurrentRole } from '../query/current';
import type { CurrentCheck } from '../query/not-current';
import type { RecordState } from '../query/record-state';
import type { SortDirection, SortKey } from '../query/sort';
import type { CertificateReport } from './certificate-report';
import type { PackedMatches } from './packed-matches';

/**
 * The views the desk's use cases answer with: plain data (structured-clone safe), so they cross from
 * the list worker to the UI thread as they are, and the CLI can print them.
 */

/** What one list row shows, precomputed where the list is kept. */
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
  /** 利用管理者氏名 and 所属, shown when a search found the row by its person. */
  readonly adminName: string;
  readonly adminAffiliation: string;
  /**
   * Said in place of a name that holds private-key material (a key pasted into the FQDN or subject DN
   * cell): what it is and on which line, never its bytes; such a name is emptied above. Null when clean.
   */
  readonly keyMaterialNotice: LocalizedText | null;
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
  /** Show only old certificates a renewal replaced that are not revoked yet (shared/query/filter). */
  readonly replacedNotRevoked: boolean;
  /** Show only certificates expiring from this date on (YYYY-MM-DD, JST; "" for no lower bound). */
  readonly expiresFrom: string;
  /** … and up to the end of this date (YYYY-MM-DD, JST; "" for no upper bound). */
  readonly expiresTo: string;
  readonly sort: { readonly key: SortKey; readonly direction: SortDirection } | null;
}

/** The rows a query selects (record indices in display order) and their highlight ranges, packed by display position. */
export interface QueryResult {
  readonly indices: Int32Array;
  readonly matches: PackedMatches;
}

/** Everything the details pane shows about one record. */
export interface RecordView {
  readonly record: CertificateRecord;
  readonly certificate: CertificateReport | null;
  /** Every finding about the row, its certificate's included, errors first (shared/use-cases/record-report). */
  readonly findings: readonly Finding[];
  readonly predecessor: ListRow | null;
  readonly successor: ListRow | null;
  readonly row: ListRow;
  /** Why this certificate is not the one to hand out (empty when it is), and the current one to offer: asked before every export. */
  readonly currentCheck: CurrentCheck;
  /** The current certificate's row when currentCheck offers one, so an export can switch to it. */
  readonly currentRow: ListRow | null;
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
  readonly report: CertificateReport;
}

/** What reading loose certificate files gave: the certificates, and the findings about the files (repairs, refusals). */
export interface LooseFilesResult {
  readonly certificates: readonly LooseCertificate[];
  readonly problems: readonly Finding[];
}

/** What checking a certificate against a CRL gave: the CRL files used, whether the CRL was accepted, the findings (errors first). */
export interface CrlCheckView {
  readonly crlNames: readonly string[];
  readonly accepted: boolean;
  readonly findings: readonly Finding[];
}
