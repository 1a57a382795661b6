import { formatJstSeconds } from '../../../shared/time/japan-time';
import type { CertificateDetails } from '../../../shared/pki/certificate/certificate-details';
import { CopyButton } from '../../components/CopyButton';
import { useI18n } from '../../i18n/i18n';
import { FieldList, type Field } from './FieldList';

/** Named OIDs as "name (oid)" or the bare OID. */
function named(items: readonly { oid: string; name: string | null }[] | null): string {
  return items ? items.map((item) => (item.name ? `${item.name} (${item.oid})` : item.oid)).join(', ') : '';
}

/** The key as people say it: "RSA 2048 bit", "EC P-384". */
function keyText(key: CertificateDetails['publicKey']): string {
  if (key.algorithm === 'EC') return `EC ${key.curve ?? ''}`.trim();
  return key.size ? `${key.algorithm} ${key.size} bit` : key.algorithm;
}

/** The decoded X.509 fields and extensions of a certificate (RFC 5280 §4.1, §4.2). */
export function X509Fields({ details }: { details: CertificateDetails }) {
  const { t } = useI18n();
  const sans = details.subjectAltNames;
  const fields: Field[] = [
    { label: t('details.subject'), value: details.subject.text, mono: true },
    { label: t('details.issuer'), value: details.issuer.text, mono: true },
    { label: t('details.sans'), value: [...sans.dnsNames, ...sans.ipAddresses, ...sans.emails, ...sans.uris].join(', '), mono: true },
    { label: t('details.serial'), value: details.serialNumber, mono: true },
    { label: t('details.serialHex'), value: details.serialHex, mono: true },
    { label: t('details.notBefore'), value: `${formatJstSeconds(details.notBefore)} JST` },
    { label: t('details.notAfter'), value: `${formatJstSeconds(details.notAfter)} JST` },
    { label: t('details.key'), value: keyText(details.publicKey) },
    { label: t('details.signature'), value: details.signatureAlgorithm.name },
    { label: 'Key Usage', value: details.keyUsage?.join(', ') ?? '' },
    { label: 'Extended Key Usage', value: named(details.extendedKeyUsage) },
    {
      label: 'Basic Constraints',
      value: details.basicConstraints ? `cA=${details.basicConstraints.cA}${details.basicConstraints.pathLen !== null ? `, pathLen=${details.basicConstraints.pathLen}` : ''}` : '',
    },
    {
      label: 'Authority Information Access',
      value: details.authorityInfoAccess ? [...details.authorityInfoAccess.ocsp.map((u) => `OCSP: ${u}`), ...details.authorityInfoAccess.caIssuers.map((u) => `CA Issuers: ${u}`)] : '',
      mono: true,
    },
    { label: 'CRL Distribution Points', value: details.crlDistributionPoints ?? '', mono: true },
    { label: 'Certificate Policies', value: named(details.certificatePolicies) },
    { label: 'Subject Key Identifier', value: details.subjectKeyId ?? '', mono: true },
    { label: 'Authority Key Identifier', value: details.authorityKeyId ?? '', mono: true },
    {
      label: t('details.extensions'),
      value: details.extensions.map((e) => `${e.name ?? e.oid}${e.critical ? ` (${t('details.critical')})` : ''}`).join(', '),
    },
  ];
  return <FieldList fields={fields} />;
}

/** The SHA-256 and SHA-1 fingerprints with copy buttons. */
export function Fingerprints({ details }: { details: CertificateDetails }) {
  const { t } = useI18n();
  const rows = [
    { label: 'SHA-256', value: details.fingerprints.sha256Colon },
    { label: 'SHA-1', value: details.fingerprints.sha1Colon },
  ];
  return (
    <dl className="fields">
      {rows.map((row) => (
        <div key={row.label} className="fields__row">
          <dt className="fields__label">{row.label}</dt>
          <dd className="fields__value fields__value--copy">
            <span className="mono break">{row.value}</span>
            <CopyButton text={row.value} what={`${row.label} ${t('details.fingerprints')}`} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The PEM block, selectable, with a copy button (what staff used to copy by hand into Notepad). */
export function PemBlock({ pem }: { pem: string }) {
  const { t } = useI18n();
  return (
    <div className="pem">
      <div className="pem__bar">
        <CopyButton text={pem} what={t('details.pem')} />
      </div>
      <pre className="pem__text" tabIndex={0} aria-label={t('details.pem')} data-testid="pem">
        {pem}
      </pre>
    </div>
  );
}
