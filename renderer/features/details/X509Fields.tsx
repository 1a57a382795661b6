import { formatJstSeconds } from '../../../shared/time/japan-time';
import type { CertificateDetails } from '../../../shared/pki/certificate/certificate-details';
import { EXTENSION_NAMES, extensionName, purposeName } from '../../../shared/pki/certificate/extension-names';
import { readableDn } from '../../../shared/pki/certificate/readable-dn';
import type { LocalizedText } from '../../../shared/model/localized-text';
import { CopyButton } from '../../components/CopyButton';
import { useI18n, type Translate } from '../../i18n/i18n';
import { FieldList, type Field } from './FieldList';

/** Named OIDs as "name (oid)" or the bare OID; a purpose Windows names is shown in its words. */
function named(pick: (text: LocalizedText) => string, items: readonly { oid: string; name: string | null }[] | null): string {
  if (!items) return '';
  return items
    .map((item) => {
      const windowsName = purposeName(item.oid);
      const name = windowsName ? pick(windowsName) : item.name;
      return name ? `${name} (${item.oid})` : item.oid;
    })
    .join(', ');
}

/** Basic constraints as Windows writes them: "サブジェクトの種類=CA, パスの長さの制約=なし". */
function basicConstraintsText(t: Translate, constraints: CertificateDetails['basicConstraints']): string {
  if (!constraints) return '';
  const subjectType = constraints.cA ? t('x509.subjectTypeCa') : t('x509.subjectTypeEndEntity');
  const pathLength = constraints.pathLen !== null ? t('x509.pathLength', { pathLen: constraints.pathLen }) : t('x509.pathLengthNone');
  return `${subjectType}, ${pathLength}`;
}

/** A DN as people read it, with a button that copies the exact RFC 4514 form. */
function DnValue({ text, what }: { text: string; what: string }) {
  const { t } = useI18n();
  return (
    <span className="fields__value--copy">
      <span className="mono break" data-testid="dn">
        {readableDn(text)}
      </span>
      <CopyButton text={text} what={t('details.dnCopyRaw', { what })} />
    </span>
  );
}

/** The key as people say it: "RSA 2048 bit", "EC P-384". */
function keyText(key: CertificateDetails['publicKey']): string {
  if (key.algorithm === 'EC') return `EC ${key.curve ?? ''}`.trim();
  return key.size ? `${key.algorithm} ${key.size} bit` : key.algorithm;
}

/** The decoded X.509 fields and extensions of a certificate (RFC 5280 §4.1, §4.2). */
export function X509Fields({ details }: { details: CertificateDetails }) {
  const { t, pick } = useI18n();
  const sans = details.subjectAltNames;
  const fields: Field[] = [
    { label: t('details.subject'), value: <DnValue text={details.subject.text} what={t('details.subject')} /> },
    { label: t('details.issuer'), value: <DnValue text={details.issuer.text} what={t('details.issuer')} /> },
    { label: t('details.sans'), value: [...sans.dnsNames, ...sans.ipAddresses, ...sans.emails, ...sans.uris].join(', '), mono: true },
    { label: t('details.serial'), value: details.serialNumber, mono: true },
    { label: t('details.serialHex'), value: details.serialHex, mono: true },
    { label: t('details.notBefore'), value: `${formatJstSeconds(details.notBefore)} JST` },
    { label: t('details.notAfter'), value: `${formatJstSeconds(details.notAfter)} JST` },
    { label: t('details.key'), value: keyText(details.publicKey) },
    { label: t('details.signature'), value: details.signatureAlgorithm.name },
    { label: pick(EXTENSION_NAMES.keyUsage), value: details.keyUsage?.join(', ') ?? '' },
    { label: pick(EXTENSION_NAMES.extendedKeyUsage), value: named(pick, details.extendedKeyUsage) },
    { label: pick(EXTENSION_NAMES.basicConstraints), value: basicConstraintsText(t, details.basicConstraints) },
    {
      label: pick(EXTENSION_NAMES.authorityInfoAccess),
      value: details.authorityInfoAccess ? [...details.authorityInfoAccess.ocsp.map((u) => `OCSP: ${u}`), ...details.authorityInfoAccess.caIssuers.map((u) => `CA Issuers: ${u}`)] : '',
      mono: true,
    },
    { label: pick(EXTENSION_NAMES.crlDistributionPoints), value: details.crlDistributionPoints ?? '', mono: true },
    { label: pick(EXTENSION_NAMES.certificatePolicies), value: named(pick, details.certificatePolicies) },
    { label: pick(EXTENSION_NAMES.subjectKeyIdentifier), value: details.subjectKeyId ?? '', mono: true },
    { label: pick(EXTENSION_NAMES.authorityKeyIdentifier), value: details.authorityKeyId ?? '', mono: true },
    {
      label: t('details.extensions'),
      value: details.extensions
        .map((e) => {
          const windowsName = extensionName(e.oid);
          return `${windowsName ? pick(windowsName) : (e.name ?? e.oid)}${e.critical ? ` (${t('details.critical')})` : ''}`;
        })
        .join(', '),
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
