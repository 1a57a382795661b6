import { escapeInvisible } from '../../../shared/encoding/invisible-characters';
import { useEffect, useState } from 'react';
import type { RecentFile } from '../../../shared/ipc/contract';
import { formatJst } from '../../../shared/time/japan-time';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/i18n';

/** The recently opened list files, kept only on this computer; choosing one opens it again. */
export function RecentFiles({ onOpen }: { onOpen: (id: string) => void }) {
  const { host } = useServices();
  const { t } = useI18n();
  const [files, setFiles] = useState<readonly RecentFile[]>([]);
  useEffect(() => {
    let alive = true;
    void host.listRecentFiles().then((result) => {
      if (alive && result.ok) setFiles(result.value);
    });
    return () => {
      alive = false;
    };
  }, [host]);
  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="section-title">
        {t('start.recent')}
      </h2>
      {files.length === 0 ? (
        <p className="muted">{t('start.recentEmpty')}</p>
      ) : (
        <ul className="recent__list">
          {files.map((file) => (
            <li key={file.id}>
              <button type="button" className="recent__item" aria-label={t('start.recentOpen', { name: file.name })} onClick={() => onOpen(file.id)}>
                <span className="recent__name">{escapeInvisible(file.name)}</span>
                <span className="recent__time">{formatJst(file.openedAt)}</span>
                {host.recentFilesNeedReselect && <span className="recent__hint">{t('start.recentReselect')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted small">{t('start.recentNote')}</p>
    </section>
  );
}
