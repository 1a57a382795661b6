import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/i18n';

/** Megabytes with one decimal, for the progress text. */
function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** The loading screen: file name, a progress bar of bytes read, and the rows received so far. */
export function LoadingScreen({ fileName, progress, rows }: { fileName: string; progress: { done: number; total: number } | null; rows: number }) {
  const { t } = useI18n();
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 0;
  const text = `${megabytes(done)} / ${megabytes(total)}${rows > 0 ? ` · ${t('loading.rows', { count: rows.toLocaleString() })}` : ''}`;
  return (
    <section className="loading" aria-busy="true" aria-labelledby="loading-heading">
      <h1 id="loading-heading" className="loading__heading">
        {t('loading.heading')}
      </h1>
      <p className="loading__file">{fileName}</p>
      <ProgressBar value={done} max={total} label={t('loading.progressLabel')} text={text} />
    </section>
  );
}
