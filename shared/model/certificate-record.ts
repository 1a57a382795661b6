import type { CertificateSummary } from './certificate-summary';
import type { LocalizedText } from './localized-text';

/** The revocation side of a row (columns 32–42); null on a record when every revocation cell is empty. */
export interface RevocationInfo {
  readonly applicationId: string;
  /** 失効申請-日時, epoch ms (the TSV's naive time read as Japan time), or null. */
  readonly requestedAt: number | null;
  /** 失効申請-処理完了日時, epoch ms, or null. Non-null means the certificate is revoked. */
  readonly completedAt: number | null;
  /** RFC 5280 CRLReason number, or null. */
  readonly reasonCode: number | null;
  readonly reasonLabel: LocalizedText | null;
  readonly reasonComment: string;
}

/** One row of serverAll.tsv (or clientAll.tsv), typed. Every date is epoch ms, read as Japan time (+09:00). */
export interface CertificateRecord {
  /** Position of this record in `CertificateList.records`. */
  readonly index: number;
  /** 1-based physical line where the record starts in the file. */
  readonly line: number;
  readonly applicationId: string;
  /** 申請種別 (1 issue, 2 renew, 3 revoke, probably), or null. */
  readonly applicationType: number | null;
  /** 状態 code, or null when the cell is empty or not a number. */
  readonly status: number | null;
  readonly statusLabel: LocalizedText;
  /** 証明書プロファイルID, or null. */
  readonly profileId: number | null;
  readonly profileLabel: LocalizedText;
  readonly subjectDn: string;
  /** 利用管理者FQDN as written in the TSV. */
  readonly fqdn: string;
  /** The dNSName column split into names (`dNSName=a,dNSName=b` → ["a", "b"]). */
  readonly dnsNameColumn: readonly string[];
  readonly adminName: string;
  readonly adminAffiliation: string;
  readonly adminMail: string;
  /** 利用管理者ソフトウェア名・バージョン. */
  readonly software: string;
  /** その他送信先アドレス and その他送信先アドレス2, the non-empty ones. */
  readonly otherAddresses: readonly string[];
  readonly submittedAt: number | null;
  readonly completedAt: number | null;
  /** 発行・更新申請-シリアル番号 normalised to decimal ("" when empty). */
  readonly serialNumber: string;
  /** 発行・更新申請-FingerPrint as written. */
  readonly fingerprint: string;
  readonly tsvNotBefore: number | null;
  readonly tsvNotAfter: number | null;
  /** URL期限: when the admin's download link expires. */
  readonly urlExpiresAt: number | null;
  /** アクセスPIN. A secret: mask it unless the user asks. */
  readonly accessPin: string;
  readonly revocation: RevocationInfo | null;
  /** True when the TSV says the certificate was revoked (revocation completed, or status 7). */
  readonly isRevoked: boolean;
  /** 旧証明書シリアル番号 normalised to decimal: the certificate this one replaced ("" when none). */
  readonly previousSerial: string;
  readonly lastUpdatedAt: number | null;
  /** Every raw cell of the row, in file column order (header order). */
  readonly cells: readonly string[];
  /** The decoded certificate's list fields, or null when the row has no (readable) certificate. */
  readonly certificate: CertificateSummary | null;
  /**
   * True when the certificate cell held something but no certificate could be read from it (corrupt,
   * cut short, not a certificate, over a limit); the cause is in `list.problems` at this row's line.
   */
  readonly certificateUnreadable: boolean;
}
