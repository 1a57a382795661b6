import type { Finding, FindingAction } from '../../../shared/model/finding';
import { locatedMessage } from '../../../shared/model/location';
import { useI18n } from '../../i18n/i18n';

const SEVERITY_MARK: Record<Finding['severity'], string> = { error: '✕', warning: '!', info: 'i', ok: '✓' };

/** This app's words for the step a finding leads to (shared advice never names a control). */
const ACTION_KEY = { 'add-ca-file': 'finding.action.addCaFile', 'enter-passphrase': 'finding.action.enterPassphrase' } as const satisfies Record<FindingAction, string>;

/**
 * The diagnostics, errors first (as given), each where it points (file, line) and with its advice for
 * the server admin when there is one. `withFile: false` leaves the file out of each location where a
 * heading above already names it.
 */
export function FindingsList({ findings, withFile = true }: { findings: readonly Finding[]; withFile?: boolean }) {
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
            <span className="finding__message">{pick(locatedMessage(finding.message, finding.location, { withFile }))}</span>
            {(finding.advice || finding.action) && (
              <span className="finding__advice">
                {[finding.advice ? pick(finding.advice) : '', finding.action ? t(ACTION_KEY[finding.action]) : ''].filter(Boolean).join(' ')}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
