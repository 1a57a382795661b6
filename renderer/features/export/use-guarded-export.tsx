import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { RecordView } from '../../../shared/use-cases/views';
import type { CertificateVariant, ChainExportFile } from '../../../shared/use-cases/export-files';
import type { ListWorkerClient } from '../../workers/list-worker-client';
import { NotCurrentDialog } from './NotCurrentDialog';
import type { ExportActions, ExportSource } from './use-export';

/** One export a person asked for from a row: a certificate format or a chain file of a kind. */
export type ExportRequest = { readonly kind: 'certificate'; readonly variant: CertificateVariant } | { readonly kind: 'chain'; readonly file: ChainExportFile };

/** The row's export actions, each asking first (NotCurrentDialog) when the row's certificate is not current. */
export interface GuardedExport {
  readonly request: (request: ExportRequest) => void;
  /** The dialog while a question is open, else null: render it once beside the export controls. */
  readonly dialog: ReactNode;
}

/** The export source of a record view (its certificate's DER, the row and its summary); null without a certificate. */
export function exportSourceOf(view: RecordView): ExportSource | null {
  return view.certificate ? { der: view.certificate.der, record: view.record, summary: view.record.certificate } : null;
}

/**
 * Every export of a row's certificate goes through here: a current certificate exports at once; any
 * other opens the dialog, whose primary action exports the host's current certificate in the same
 * form (and opens it), and whose secondary exports this one anyway.
 */
export function useGuardedExport(options: {
  readonly view: RecordView | null;
  readonly actions: ExportActions;
  readonly worker: ListWorkerClient;
  readonly now: number;
  readonly onOpenRecord: (index: number) => void;
}): GuardedExport {
  const { view, actions, worker, now, onOpenRecord } = options;
  const [pending, setPending] = useState<ExportRequest | null>(null);

  const run = useCallback(
    (target: RecordView, request: ExportRequest) => {
      const source = exportSourceOf(target);
      if (!source) return;
      if (request.kind === 'certificate') {
        void actions.exportCertificate(source, request.variant);
        return;
      }
      // The same kind of chain file, built for the target certificate.
      const file = target.certificate?.chainFiles.find((candidate) => candidate.kind === request.file.kind);
      if (file) void actions.exportChainFile(source, file);
      else void actions.exportCertificate(source, 'pem');
    },
    [actions],
  );

  const request = useCallback(
    (asked: ExportRequest) => {
      if (!view) return;
      if (view.currentCheck.reasons.length === 0) run(view, asked);
      else setPending(asked);
    },
    [view, run],
  );

  const exportCurrent = useCallback(async () => {
    const asked = pending;
    const index = view?.currentCheck.current?.index;
    setPending(null);
    if (!asked || index === undefined) return;
    const current = await worker.call('record', { index, now });
    if (current) run(current, asked);
    onOpenRecord(index);
  }, [pending, view, worker, now, run, onOpenRecord]);

  const dialog =
    pending && view ? (
      <NotCurrentDialog
        check={view.currentCheck}
        onExportCurrent={() => void exportCurrent()}
        onExportAnyway={() => {
          setPending(null);
          run(view, pending);
        }}
        onCancel={() => setPending(null)}
      />
    ) : null;
  return useMemo(() => ({ request, dialog }), [request, dialog]);
}
