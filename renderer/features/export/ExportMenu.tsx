import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ChainExportFile } from '../../../shared/use-cases/export-files';
import type { ExportActions, ExportSource } from './use-export';
import type { ExportRequest } from './use-guarded-export';

const CHAIN_LABEL = { chain: 'export.chain', fullchain: 'export.fullchain', p7b: 'export.p7b' } as const;

interface ExportMenuProps {
  readonly source: ExportSource;
  readonly chainFiles: readonly ChainExportFile[];
  readonly actions: ExportActions;
  /** Where a TSV row's exports go instead of straight to `actions`, so that each can ask first (use-guarded-export). */
  readonly onRequest?: (request: ExportRequest) => void;
}

/** The one-action export ("書き出す (.crt)") and a disclosure with the other formats. */
export function ExportMenu({ source, chainFiles, actions, onRequest }: ExportMenuProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const exportAs = (request: ExportRequest) => {
    setOpen(false);
    if (onRequest) onRequest(request);
    else if (request.kind === 'certificate') void actions.exportCertificate(source, request.variant);
    else void actions.exportChainFile(source, request.file);
  };
  return (
    <div
      className="export-menu"
      onKeyDown={(event) => {
        // Escape closes the open menu first (the details pane closes on the next Escape).
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          setOpen(false);
        }
      }}
    >
      <button type="button" className="button button--primary" data-testid="export-crt" title={t('export.crtHint')} onClick={() => exportAs({ kind: 'certificate', variant: 'pem' })}>
        {t('export.crt')}
      </button>
      <button type="button" className="button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        {t('export.more')} <span aria-hidden="true">▾</span>
      </button>
      <ul id={menuId} className="export-menu__list" hidden={!open}>
        <li>
          <button type="button" className="export-menu__item" onClick={() => exportAs({ kind: 'certificate', variant: 'pem-crlf' })}>
            {t('export.crlf')}
          </button>
        </li>
        <li>
          <button type="button" className="export-menu__item" onClick={() => exportAs({ kind: 'certificate', variant: 'der' })}>
            {t('export.der')}
          </button>
        </li>
        {chainFiles.map((file) => (
          <li key={file.kind}>
            <button type="button" className="export-menu__item" onClick={() => exportAs({ kind: 'chain', file })}>
              {t(CHAIN_LABEL[file.kind])}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
