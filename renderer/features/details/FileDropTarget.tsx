import { useState, type ReactNode } from 'react';
import type { OpenedFile, OpenFileKind } from '../../../shared/ipc/contract';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/i18n';

interface FileDropTargetProps {
  readonly kind: OpenFileKind;
  readonly hint: string;
  readonly buttonText: string;
  readonly buttonLabel: string;
  readonly disabled?: boolean;
  readonly testId: string;
  /** Gets the first chosen or dropped file; it owns the bytes from then on. */
  readonly onFile: (file: OpenedFile) => void;
  readonly onError: (message: string) => void;
  readonly children?: ReactNode;
}

/** A small drop target with a choose button: the file comes through the host (open dialog or drop), one at a time. */
export function FileDropTarget({ kind, hint, buttonText, buttonLabel, disabled = false, testId, onFile, onError, children }: FileDropTargetProps) {
  const { t, pick } = useI18n();
  const { host } = useServices();
  const [isOver, setOver] = useState(false);
  // Only the first file is used; any others are wiped at once so no stray key bytes stay in memory.
  const take = (files: readonly OpenedFile[] | null): void => {
    const [first, ...rest] = files ?? [];
    for (const other of rest) other.bytes.fill(0);
    if (first) onFile(first);
  };
  const choose = async (): Promise<void> => {
    const result = await host.openFiles(kind);
    if (result.ok) take(result.value);
    else onError(t('details.fileFailed', { message: pick(result.error.message) }));
  };
  return (
    <div
      className={`drop-zone file-drop${isOver ? ' drop-zone--over' : ''}`}
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        if (disabled) return;
        void host.filesFromDrop(event.dataTransfer).then((result) => {
          if (result.ok) take(result.value);
          else onError(t('details.fileFailed', { message: pick(result.error.message) }));
        });
      }}
    >
      <p className="drop-zone__text">{isOver ? t('details.dropActive') : hint}</p>
      <button type="button" className="button button--small" aria-label={buttonLabel} disabled={disabled} onClick={() => void choose()}>
        {buttonText}
      </button>
      {children}
    </div>
  );
}
