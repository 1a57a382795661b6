import type { Finding } from '../../../shared/model/finding';
import { useI18n } from '../../i18n/i18n';

const SEVERITY_MARK: Record<Finding['severity'], string> = { error: '✕', warning: '!', info: 'i', ok: '✓' };

/** The diagnostics, errors first (as given), each with its advice for the server admin when there is one. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t, pick } = useI18n();
  if (findings.length === 0) return <p className="muted">{t('details.noFindings')}</p>;
  return (
    <ul className="findings">
      {findings.map((finding, i) => (
        <li key={`${finding.code}-${i}`} className={`finding finding--${finding.severity}`} data-code={finding.code}>
          <span className="finding__mark" aria-hidden="true">
            {SEVERITY_MARK[finding.severity]}
          </span>
          <span className="finding__body">
            <span className="finding__message">{pick(finding.message)}</span>
            {finding.advice && <span className="finding__advice">{pick(finding.advice)}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
