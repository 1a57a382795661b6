import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { CertificateReport } from '../../../shared/use-cases/certificate-report';
import { ChainView } from './ChainView';
import { CrlCheck } from './CrlCheck';
import { HostCheck } from './HostCheck';
import { KeyMatchCheck } from './KeyMatchCheck';
import { Fingerprints, PemBlock, X509Fields } from './X509Fields';

/** A titled section of the details pane. */
export function Section({ title, children, id }: { title: string; children: ReactNode; id: string }) {
  return (
    <section className="details__section" aria-labelledby={id}>
      <h3 id={id} className="details__section-title">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** The certificate part of the details: host check, chain, key/CSR and CRL checks, decoded fields, fingerprints and PEM. */
export function CertificateSections({ view, host, idPrefix, onAddCa }: { view: CertificateReport; host: string; idPrefix: string; onAddCa: () => void }) {
  const { t, pick } = useI18n();
  const details = view.details;
  return (
    <>
      {details && (
        <Section title={t('details.hostCheck')} id={`${idPrefix}-host`}>
          <HostCheck
            key={details.fingerprints.sha256}
            names={{ dnsNames: details.subjectAltNames.dnsNames, ipAddresses: details.subjectAltNames.ipAddresses, commonName: details.commonName }}
            initialHost={host}
          />
        </Section>
      )}
      {view.chain && (
        <Section title={t('details.chain')} id={`${idPrefix}-chain`}>
          <ChainView chain={view.chain} />
          <button type="button" className="button button--small chain__add" onClick={onAddCa}>
            {t('details.addCa')}
          </button>
        </Section>
      )}
      <Section title={t('details.keyCheck')} id={`${idPrefix}-key`}>
        <KeyMatchCheck key={view.pem} certificateDer={view.der} />
      </Section>
      <Section title={t('details.crlCheck')} id={`${idPrefix}-crl`}>
        <CrlCheck key={view.pem} certificateDer={view.der} />
      </Section>
      <Section title={t('details.x509')} id={`${idPrefix}-x509`}>
        {details ? <X509Fields details={details} /> : <p className="muted">{view.detailsProblem ? pick(view.detailsProblem) : ''}</p>}
      </Section>
      {details && (
        <Section title={t('details.fingerprints')} id={`${idPrefix}-fp`}>
          <Fingerprints details={details} />
        </Section>
      )}
      <Section title={t('details.pem')} id={`${idPrefix}-pem`}>
        <PemBlock pem={view.pem} />
      </Section>
    </>
  );
}
