import type { LoadingState } from '../../app/app-state';
import type { Translate } from '../../i18n/i18n';
import { formatCount } from '../../i18n/format-count';

/** Megabytes with one decimal, for the progress text. */
function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/** "12.0 MB / 108.0 MB · 5,000 行": bytes read of the file, and the rows received so far once there are any. */
export function loadingProgressText(loading: LoadingState, t: Translate): string {
  const bytes = `${megabytes(loading.progress?.done ?? 0)} / ${megabytes(loading.progress?.total ?? 0)}`;
  return loading.rows > 0 ? `${bytes} · ${t('loading.rows', { count: formatCount(loading.rows) })}` : bytes;
}
