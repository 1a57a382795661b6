import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { CertificateSummary } from '../../shared/model/certificate-summary';
import type { Finding } from '../../shared/model/finding';
import type { LocalizedText } from '../../shared/model/localized-text';
import { checkChain, type ChainCheck } from '../../shared/diagnostics/chain-findings';
import { chainFileBytes, chainFileName, type ChainFileKind } from '../../shared/export/chain-files';
import type { ChainLink } from '../../shared/pki/chain/build-chain-path';
import { diagnoseCertificate } from '../../shared/diagnostics/diagnose';
import { sortFindings } from '../../shared/diagnostics/make-finding';
import { tsvRevocationFindings } from '../../shared/diagnostics/revocation';
import { certificateFileName } from '../../shared/export/certificate-file-name';
import { describeCertificate } from '../../shared/pki/certificate/certificate-details';
import { encodePem } from '../../shared/pki/pem/encode-pem';
import type { CertificateView, ChainFile, ChainLinkView } from './list-protocol';

const DECODE_PROBLEM: LocalizedText = {
  ja: 'この証明書の詳細を読み取れませんでした（PEM はそのまま表示しています）。',
  en: 'The details of this certificate could not be decoded (the PEM is shown as it is).',
};

// What each link status means for the staff member (shared/diagnostics' ChainLinkStatus).
const LINK_NOTES: Record<ChainLink['status'], { status: ChainLinkView['status']; note: LocalizedText | null }> = {
  ok: { status: 'ok', note: null },
  expired: { status: 'error', note: { ja: '有効期限切れ', en: 'Expired' } },
  'not-yet-valid': { status: 'warning', note: { ja: 'まだ有効期間前', en: 'Not yet valid' } },
  retired: { status: 'warning', note: { ja: '失効済み・廃止された中間 CA', en: 'A revoked or retired intermediate CA' } },
  'signature-invalid': { status: 'error', note: { ja: '署名を検証できません', en: 'The signature does not verify' } },
};

const CHAIN_KINDS: readonly ChainFileKind[] = ['chain', 'fullchain', 'p7b'];

/** Options of buildCertificateView: the instant to judge at (epoch ms), and the TSV row the certificate came from, if any. */
export interface CertificateViewOptions {
  readonly now: number;
  readonly record?: CertificateRecord;
  /** CA certificates the user added (DER), besides the bundled ones. */
  readonly extraCas?: readonly Uint8Array[];
}

/** The chain as the diagram shows it: one box per link, leaf first. */
function chainLinks(chain: ChainCheck): ChainLinkView[] {
  return chain.links.map((link) => ({
    subject: link.summary.commonName ?? link.summary.subjectDn,
    role: link.role,
    ...LINK_NOTES[link.status],
  }));
}

/** The chain files (.chain.crt, .fullchain.crt, .p7b) when the chain has an intermediate to put in them. */
function chainFiles(chain: ChainCheck, summary: CertificateSummary, record: CertificateRecord | undefined): ChainFile[] {
  if (!chain.links.some((link) => link.role === 'intermediate')) return [];
  const stem = certificateFileName(record ?? summary, 'crt').replace(/\.crt$/, '');
  return CHAIN_KINDS.map((kind) => ({ kind, name: chainFileName(stem, kind), bytes: chainFileBytes(chain, kind) }));
}

/**
 * Everything the details pane shows about one certificate: PEM, decoded fields, findings (errors
 * first: validity, strength, name, TSV consistency, chain) and the chain with its export files.
 */
export async function buildCertificateView(der: Uint8Array, summary: CertificateSummary | null, options: CertificateViewOptions): Promise<CertificateView> {
  const described = await describeCertificate(der);
  const details = described.ok ? described.value : null;
  const chain = summary ? await checkChain(der, { now: options.now, extraCas: options.extraCas ?? [] }) : null;
  const findings: Finding[] = summary
    ? [
        ...diagnoseCertificate({ summary, now: options.now, ...(details ? { details } : {}), ...(options.record ? { record: options.record } : {}) }),
        ...(chain?.findings ?? []),
      ]
    : [];
  return {
    der,
    pem: details ? details.pem : encodePem(der),
    details,
    detailsProblem: details ? null : DECODE_PROBLEM,
    findings: sortFindings(findings),
    chain: chain ? chainLinks(chain) : null,
    chainFiles: chain && summary ? chainFiles(chain, summary, options.record) : [],
  };
}

/** Findings about a TSV row without a certificate (its revocation columns), errors first. */
export function recordFindings(record: CertificateRecord): Finding[] {
  return record.certificate ? [] : sortFindings(tsvRevocationFindings(record));
}
