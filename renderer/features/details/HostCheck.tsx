import { useId, useState } from 'react';
import { matchHostName } from '../../../shared/diagnostics/name-match';
import type { CertificateNames } from '../../../shared/diagnostics/name-match';
import type { Finding } from '../../../shared/model/finding';
import { useI18n } from '../../i18n/i18n';
import { FindingsList } from './FindingsList';

/** A box to check whether the certificate covers a host name (RFC 6125 matching in shared/diagnostics). */
export function HostCheck({ names, initialHost }: { names: CertificateNames; initialHost: string }) {
  const { t } = useI18n();
  const id = useId();
  const [host, setHost] = useState(initialHost);
  const [finding, setFinding] = useState<Finding | null>(null);
  return (
    <form
      className="host-check"
      onSubmit={(event) => {
        event.preventDefault();
        setFinding(matchHostName(host, names).finding);
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {t('details.hostCheckLabel')}
      </label>
      <div className="host-check__row">
        <input id={id} className="input" value={host} onChange={(event) => setHost(event.target.value)} spellCheck={false} autoComplete="off" />
        <button type="submit" className="button">
          {t('details.hostCheckButton')}
        </button>
      </div>
      <div aria-live="polite">{finding && <FindingsList findings={[finding]} />}</div>
    </form>
  );
}
