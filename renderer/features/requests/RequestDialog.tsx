import { useState } from 'react';
import type { RowStore } from '../../../shared/use-cases/row-store';
import type { RequestExportFile } from '../../../shared/use-cases/export-files';
import type { ExportActions } from '../export/use-export';
import { RenewRequestDialog } from './RenewRequestDialog';
import { RevokeRequestDialog } from './RevokeRequestDialog';

/** Which request the list's selection is being made into. */
export type RequestDialogKind = 'revoke' | 'renew';

interface RequestDialogProps {
  readonly kind: RequestDialogKind;
  /** The selected rows' list positions in the order shown (a renewal takes the one row). */
  readonly indices: readonly number[];
  readonly rows: RowStore;
  readonly exportActions: ExportActions;
  readonly onDeselect: (indices: readonly number[]) => void;
  readonly onClose: () => void;
}

/** The request dialog of the list's selection; it saves through the host and closes once the file is saved (the status line says where). */
export function RequestDialog({ kind, indices, rows, exportActions, onDeselect, onClose }: RequestDialogProps) {
  const [saving, setSaving] = useState(false);
  const save = (files: readonly RequestExportFile[]) => {
    setSaving(true);
    void exportActions.saveRequestFiles(files).then((saved) => {
      setSaving(false);
      if (saved) onClose();
    });
  };
  if (kind === 'renew') return indices[0] === undefined ? null : <RenewRequestDialog index={indices[0]} saving={saving} onSave={save} onClose={onClose} />;
  return <RevokeRequestDialog indices={indices} rows={rows} saving={saving} onDeselect={onDeselect} onSave={save} onClose={onClose} />;
}
