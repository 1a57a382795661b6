import { useId, useState } from 'react';
import type { RowStore } from '../../../shared/use-cases/row-store';
import { KEY_COMPROMISE_REASON, REQUEST_REASONS } from '../../../shared/request/request-format';
import type { RequestExportFile } from '../../../shared/use-cases/export-files';
import { ModalDialog } from '../../components/ModalDialog';
import { StatusBadge } from '../../components/StatusBadge';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/i18n';
import { RequestBuildOutcome } from './RequestBuildOutcome';
import { useRequestBuild } from './use-request-build';
import './request-files.css';

/** The plain words under each reason NII names (0, 1, 3, 4, 5). */
const REASON_HINTS: Readonly<Record<number, 'request.reasonHint0' | 'request.reasonHint1' | 'request.reasonHint3' | 'request.reasonHint4' | 'request.reasonHint5'>> = {
  0: 'request.reasonHint0',
  1: 'request.reasonHint1',
  3: 'request.reasonHint3',
  4: 'request.reasonHint4',
  5: 'request.reasonHint5',
};

interface RevokeRequestDialogProps {
  /** The list positions of the rows to revoke, in the order shown. */
  readonly indices: readonly number[];
  readonly rows: RowStore;
  readonly saving: boolean;
  readonly onDeselect: (indices: readonly number[]) => void;
  readonly onSave: (files: readonly RequestExportFile[]) => void;
  readonly onClose: () => void;
}

/**
 * 失効申請ファイルを作成: the reason in NII's words, a comment (needed with 未定義), an explicit
 * confirmation for 鍵の危殆化. The rows are checked as the choice is made; any error keeps the file
 * from being saved and says which rows to deselect.
 */
export function RevokeRequestDialog({ indices, rows, saving, onDeselect, onSave, onClose }: RevokeRequestDialogProps) {
  const { t, pick, lang } = useI18n();
  const { worker } = useServices();
  const commentId = useId();
  const commentHintId = useId();
  const [reason, setReason] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const keyCompromise = reason === KEY_COMPROMISE_REASON;
  const run =
    reason === null
      ? null
      : () => worker.call('buildRevokeRequest', { indices, reason, comment, confirmKeyCompromise: keyCompromise && confirmed, lang, now: Date.now() });
  const state = useRequestBuild(run, JSON.stringify({ indices, reason, comment, confirmed: keyCompromise && confirmed, lang }));
  return (
    <ModalDialog labelledBy="revoke-request-title" describedBy="revoke-request-intro" testId="revoke-request-dialog" onCancel={onClose}>
      <h2 id="revoke-request-title" className="confirm-dialog__title request-dialog__title">
        {t('request.revoke.title')}
      </h2>
      <p id="revoke-request-intro">{t('request.revoke.intro', { count: indices.length })}</p>
      <div className="request-dialog__rows" role="region" aria-label={t('request.rows')} tabIndex={0}>
        <ul>
          {indices.map((index) => {
            const row = rows.at(index);
            if (!row) return null;
            return (
              <li key={index} className="request-dialog__row">
                <StatusBadge state={row.state} /> {row.fqdn || row.commonName ? t('request.row', { id: row.applicationId, fqdn: row.fqdn || row.commonName }) : t('request.rowNoName', { id: row.applicationId })}
              </li>
            );
          })}
        </ul>
      </div>
      <fieldset className="request-form__reasons">
        <legend className="request-form__legend">{t('request.reason')}</legend>
        {REQUEST_REASONS.map((entry) => (
          <label key={entry.code} className="request-form__reason">
            <input type="radio" name="revoke-reason" value={entry.code} checked={reason === entry.code} onChange={() => setReason(entry.code)} />
            <span>
              <span className="request-form__reason-label">
                {entry.code} {pick(entry.label)}
              </span>
              <span className="request-form__hint muted">{t(REASON_HINTS[entry.code]!)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {keyCompromise && (
        <div className="request-form__confirm" data-testid="key-compromise-confirm">
          <p className="request-form__warning">{t('request.keyCompromiseWarning')}</p>
          <label className="request-form__check">
            <input type="checkbox" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
            <span>{t('request.confirmKeyCompromise')}</span>
          </label>
        </div>
      )}
      <div className="request-form__field">
        <label htmlFor={commentId} className="request-form__label">
          {t('request.comment')}
        </label>
        <input id={commentId} className="input" value={comment} onChange={(event) => setComment(event.target.value)} aria-describedby={commentHintId} autoComplete="off" />
        <span id={commentHintId} className="request-form__hint muted">
          {t('request.commentHint')}
        </span>
      </div>
      <RequestBuildOutcome
        state={state}
        waitingText={t('request.chooseReason')}
        fixText={t('request.fixAbove')}
        onDeselect={onDeselect}
        saving={saving}
        onSave={onSave}
        onCancel={onClose}
      />
    </ModalDialog>
  );
}
