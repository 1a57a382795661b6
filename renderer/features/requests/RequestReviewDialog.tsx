import { escapeInvisible } from '../../../shared/encoding/invisible-characters';
import type { RequestReview } from '../../../shared/request/check-request-file';
import type { RequestFileEncoding } from '../../../shared/request/read-request-file';
import { REQUEST_KIND_LABELS } from '../../../shared/request/request-format';
import { ModalDialog } from '../../components/ModalDialog';
import { useI18n } from '../../i18n/i18n';
import { reviewCounts, requestRowHost, rowsInOrder } from './finding-order';
import { RequestFindingList } from './RequestFindingList';
import type { RequestReviewState } from './use-request-review';
import './request-files.css';

/** Encodings by the names people see them under in editors (the same in both languages). */
const ENCODING_NAMES: Readonly<Record<RequestFileEncoding, string>> = {
  shift_jis: 'Shift_JIS (CP932)',
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
};

/** The one-line verdict: how many errors and warnings, or that nothing was found (notes counted apart). */
function ReviewSummary({ review }: { review: RequestReview }) {
  const { t } = useI18n();
  const { errors, warnings, notes } = reviewCounts(review);
  const clean = errors === 0 && warnings === 0;
  return (
    <p id="request-review-summary" className={`request-review__summary request-review__summary--${errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok'}`} data-testid="request-review-summary">
      {clean ? t('request.check.summaryClean') : t('request.check.summaryProblems', { errors, warnings })}
      {notes > 0 && <span className="request-review__notes"> {t('request.check.notes', { count: notes })}</span>}
    </p>
  );
}

/** The review's facts, verdict, the file's own findings and a table of its lines, errors first. */
function ReviewBody({ review, fileName, listName }: { review: RequestReview; fileName: string; listName: string | null }) {
  const { t, pick } = useI18n();
  return (
    <>
      <dl className="request-review__facts">
        <div>
          <dt>{t('request.check.file')}</dt>
          <dd className="mono">{escapeInvisible(fileName)}</dd>
        </div>
        <div>
          <dt>{t('request.check.kind')}</dt>
          <dd>{review.kind ? pick(REQUEST_KIND_LABELS[review.kind]) : t('request.check.unknownKind')}</dd>
        </div>
        <div>
          <dt>{t('request.check.encoding')}</dt>
          <dd>{review.encoding ? ENCODING_NAMES[review.encoding] : '—'}</dd>
        </div>
        <div>
          <dt>{t('request.check.lines')}</dt>
          <dd>{t('request.check.lineCount', { count: review.rows.length })}</dd>
        </div>
      </dl>
      <p className={review.checkedAgainstList ? 'muted' : 'request-review__unlisted'} data-testid="request-review-list">
        {review.checkedAgainstList && listName ? t('request.check.againstList', { name: listName }) : t('request.check.notAgainstList')}
      </p>
      <ReviewSummary review={review} />
      {review.fileFindings.length > 0 && (
        <section className="request-review__file" aria-labelledby="request-review-file-title">
          <h3 id="request-review-file-title" className="request-problems__title">
            {t('request.check.fileFindings')}
          </h3>
          <ul className="request-review__file-list">
            {review.fileFindings.map((entry, i) => (
              <li key={`${entry.finding.code}-${i}`}>
                {entry.line !== null && <span className="muted">{t('request.check.lineOf', { line: entry.line })} </span>}
                <RequestFindingList findings={[entry.finding]} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {review.rows.length > 0 && (
        <div className="request-review__scroll">
          <table className="request-review__table" data-testid="request-review-table">
            <caption className="visually-hidden">{t('request.check.rowsLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('request.check.line')}</th>
                <th scope="col">{t('request.check.host')}</th>
                <th scope="col">{t('request.check.serial')}</th>
                <th scope="col">{t('request.check.findings')}</th>
              </tr>
            </thead>
            <tbody>
              {rowsInOrder(review.rows).map((row) => (
                <tr key={row.line} data-line={row.line}>
                  <td className="tabular">{row.line}</td>
                  <td>
                    <span className="request-review__host">{escapeInvisible(requestRowHost(row.row))}</span>
                    <span className="request-review__dn mono break">{escapeInvisible(row.row.subjectDn)}</span>
                  </td>
                  <td className="mono break">{escapeInvisible(row.row.serial)}</td>
                  <td>{row.findings.length === 0 ? <span className="request-review__ok">{t('request.check.rowOk')}</span> : <RequestFindingList findings={row.findings} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

interface RequestReviewDialogProps {
  readonly state: Exclude<RequestReviewState, { phase: 'closed' }>;
  readonly onCheckAnother: () => void;
  readonly onClose: () => void;
}

/** 申請ファイルを確認's answer, over whatever is open: the review of one request file, or why it could not be read. */
export function RequestReviewDialog({ state, onCheckAnother, onClose }: RequestReviewDialogProps) {
  const { t, pick } = useI18n();
  return (
    <ModalDialog
      labelledBy="request-review-title"
      describedBy={state.phase === 'done' && state.result.ok ? 'request-review-summary' : 'request-review-status'}
      testId="request-review-dialog"
      onCancel={onClose}
    >
      <div className="request-review">
        <h2 id="request-review-title" className="confirm-dialog__title request-dialog__title">
          {t('request.check.title')}
        </h2>
        <div id="request-review-status" aria-live="polite">
          {state.phase === 'checking' && <p className="muted">{t('request.check.checking', { name: state.fileName })}</p>}
          {state.phase === 'failed' && <p className="error-text">{t('request.check.failed', { reason: pick(state.message) })}</p>}
          {state.phase === 'done' && !state.result.ok && <p className="error-text">{t('request.check.failed', { reason: pick(state.result.refused) })}</p>}
        </div>
        {state.phase === 'done' && state.result.ok && <ReviewBody review={state.result.review} fileName={state.result.fileName} listName={state.listName} />}
        <div className="confirm-dialog__actions">
          <button type="button" className="button" onClick={onCheckAnother} disabled={state.phase === 'checking'}>
            {t('request.check.another')}
          </button>
          <button type="button" className="button button--primary" autoFocus onClick={onClose}>
            {t('request.check.close')}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
