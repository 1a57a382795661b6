import { useI18n } from '../../i18n/i18n';

/** The screen after a file could not be read: the reason and the way back. */
export function ErrorScreen({ message, onBack }: { message: string; onBack: () => void }) {
  const { t } = useI18n();
  return (
    <section className="error-screen" aria-labelledby="error-heading">
      <h1 id="error-heading">{t('error.heading')}</h1>
      <p className="error-text" role="alert">
        {message}
      </p>
      <button type="button" className="button button--primary" onClick={onBack}>
        {t('error.back')}
      </button>
    </section>
  );
}
