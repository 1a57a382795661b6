import type { AdminPlanMail } from '../../../shared/use-cases/export-files';
import { CopyButton } from '../../components/CopyButton';
import { ModalDialog } from '../../components/ModalDialog';
import { useI18n } from '../../i18n/i18n';
import './admin-plan.css';

/** After the plan's CSV is saved: one reminder mail per administrator, each ready to copy into a mailer. */
export function AdminPlanDialog({ mails, onClose }: { mails: readonly AdminPlanMail[]; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <ModalDialog labelledBy="admin-plan-title" describedBy="admin-plan-intro" testId="admin-plan-dialog" onCancel={onClose}>
      <h2 id="admin-plan-title" className="confirm-dialog__title admin-plan__title">
        {t('plan.title')}
      </h2>
      <p id="admin-plan-intro">{t('plan.intro', { count: mails.length })}</p>
      <div className="admin-plan">
        {mails.map((mail) => {
          const who = mail.mail === '' ? t('plan.noMail') : `${mail.name} <${mail.mail}>`;
          return (
            <section key={mail.mail || '-'} className="admin-plan__admin" aria-label={who}>
              <h3 className="admin-plan__who">
                {who} <span className="muted">{t('plan.count', { count: mail.count })}</span>
              </h3>
              <pre className="admin-plan__mail mono">{mail.text}</pre>
              <CopyButton text={mail.text} what={t('plan.mailOf', { who })} />
            </section>
          );
        })}
      </div>
      <div className="confirm-dialog__actions">
        <button type="button" className="button button--primary" autoFocus onClick={onClose}>
          {t('plan.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
