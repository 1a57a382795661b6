import type { RequestFinding, RequestSeverity } from '../../../shared/request/request-finding';
import { columnName } from '../../../shared/request/request-format';
import { useI18n } from '../../i18n/i18n';
import { findingsInOrder } from './finding-order';

const SEVERITY_KEY = { error: 'request.severity.error', warning: 'request.severity.warning', info: 'request.severity.info' } as const satisfies Record<RequestSeverity, string>;

/** A finding's severity as a coloured badge in words (エラー / 警告 / 参考), never by colour alone. */
export function SeverityBadge({ severity }: { severity: RequestSeverity }) {
  const { t } = useI18n();
  return <span className={`badge request-badge request-badge--${severity}`}>{t(SEVERITY_KEY[severity])}</span>;
}

/** Request findings, errors first: the severity, the sentence in the current language and the column it concerns. */
export function RequestFindingList({ findings }: { findings: readonly RequestFinding[] }) {
  const { pick } = useI18n();
  return (
    <ul className="request-findings">
      {findingsInOrder(findings).map((finding, i) => (
        <li key={`${finding.code}-${i}`} className="request-finding" data-code={finding.code} data-severity={finding.severity}>
          <SeverityBadge severity={finding.severity} />
          <span className="request-finding__body">
            <span>{pick(finding.message)}</span>
            {finding.field && <span className="request-finding__column muted">{pick(columnName(finding.field))}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}
