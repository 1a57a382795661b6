import { useState, type DragEvent, type ReactNode } from 'react';
import type { HostError, OpenedFile } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/model/result';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/i18n';

/** An area that takes dropped files (read through the host) and hands them, or the host's refusal, to `onFiles`. */
export function DropZone({ onFiles, children }: { onFiles: (files: Result<OpenedFile[], HostError>) => void; children: ReactNode }) {
  const { host } = useServices();
  const { t } = useI18n();
  const [isOver, setOver] = useState(false);
  const accept = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void host.filesFromDrop(event.dataTransfer).then(onFiles);
  };
  return (
    <div className={`drop-zone${isOver ? ' drop-zone--over' : ''}`} onDragEnter={accept} onDragOver={accept} onDragLeave={() => setOver(false)} onDrop={drop}>
      <p className="drop-zone__text">{isOver ? t('start.dropActive') : t('start.drop')}</p>
      {children}
    </div>
  );
}
