import { useCallback, useMemo, useState } from 'react';
import { DEFAULT_EXPIRING_DAYS } from '../../../shared/query/record-state';
import type { AdminPlanMail, RequestExportFile } from '../../../shared/use-cases/export-files';
import type { FolderSaveKind, HostError, SaveFileKind } from '../../../shared/ipc/contract';
import type { CertificateRecord } from '../../../shared/model/certificate-record';
import type { CertificateSummary } from '../../../shared/model/certificate-summary';
import type { Result } from '../../../shared/model/result';
import type { Services } from '../../app/services';
import { useI18n } from '../../i18n/i18n';
import { certificateExportFile, type CertificateVariant, type ChainExportFile } from '../../../shared/use-cases/export-files';
import { mailTextFor } from './mail-text';

/** The message after an export: what happened and, after a certificate export, the mail text to offer. */
export interface ExportStatus {
  readonly tone: 'success' | 'neutral' | 'error';
  readonly message: string;
  readonly mailText: string | null;
}

/** What a single-certificate export needs: the DER and what to name the file after. */
export interface ExportSource {
  readonly der: Uint8Array;
  readonly record: CertificateRecord | null;
  readonly summary: CertificateSummary | null;
}


/** Export actions over the host, and the status line they leave. */
export interface ExportActions {
  readonly status: ExportStatus | null;
  readonly dismiss: () => void;
  readonly exportCertificate: (source: ExportSource, variant: CertificateVariant) => Promise<void>;
  readonly exportChainFile: (source: ExportSource, file: ChainExportFile) => Promise<void>;
  readonly exportSelected: (indices: readonly number[]) => Promise<void>;
  readonly exportInventory: (indices: readonly number[]) => Promise<void>;
  /** Saves the expiry calendar (.ics) of the given rows, an alarm `alarmDaysBefore` (default DEFAULT_EXPIRING_DAYS) before each expiry. */
  readonly exportCalendar: (indices: readonly number[], alarmDaysBefore?: number) => Promise<void>;
  /** Saves the renewal plan's CSV grouped by administrator and gives back one reminder mail per administrator. */
  readonly exportAdminPlan: (indices: readonly number[]) => Promise<readonly AdminPlanMail[]>;
  /** Saves built request files: one through the save dialog, several (over 99 rows) into one folder; true when saved. */
  readonly saveRequestFiles: (files: readonly RequestExportFile[]) => Promise<boolean>;
}

/** Export actions bound to the host and worker, in the current language. */
export function useExport({ host, worker }: Services): ExportActions {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<ExportStatus | null>(null);

  const report = useCallback(
    <T,>(result: Result<T | null, HostError>, describe: (value: T) => string, mailText: string | null = null) => {
      if (!result.ok) setStatus({ tone: 'error', message: t('export.failed', { reason: result.error.message[lang] }), mailText: null });
      else if (result.value === null) setStatus({ tone: 'neutral', message: t('export.cancelled'), mailText: null });
      else setStatus({ tone: 'success', message: describe(result.value), mailText });
    },
    [t, lang],
  );

  const saveOne = useCallback(
    async (name: string, kind: SaveFileKind, bytes: Uint8Array, mailText: string | null) => {
      const result = await host.saveFile(name, kind, bytes);
      report(result, (outcome) => (host.kind === 'web' ? t('export.downloaded', { name: outcome.savedTo }) : t('export.savedTo', { place: outcome.savedTo })), mailText);
      return result.ok && result.value !== null;
    },
    [host, report, t],
  );

  const saveToFolder = useCallback(
    async (files: readonly { name: string; bytes: Uint8Array }[], kind: FolderSaveKind) => {
      // Only a name and bytes cross to the host (its validator takes nothing else).
      const result = await host.saveFilesToFolder(files.map(({ name, bytes }) => ({ name, bytes })), kind);
      report(result, (outcome) => {
        const saved = t('export.folderSaved', { count: outcome.written.length, folder: outcome.folder || t('export.downloads') });
        return outcome.skipped.length > 0 ? `${saved} ${t('export.folderSkipped', { count: outcome.skipped.length })}` : saved;
      });
      return result.ok && result.value !== null && result.value.written.length > 0;
    },
    [host, report, t],
  );

  const exportCertificate = useCallback(
    async (source: ExportSource, variant: CertificateVariant) => {
      const { name, bytes } = certificateExportFile(source.der, source, variant);
      await saveOne(name, variant === 'der' ? 'certificate-der' : 'certificate-pem', bytes, mailTextFor(source, lang, name));
    },
    [saveOne, lang],
  );

  const exportChainFile = useCallback(
    async (source: ExportSource, file: ChainExportFile) => {
      await saveOne(file.name, file.kind === 'p7b' ? 'pkcs7' : 'chain', file.bytes, mailTextFor(source, lang, file.name));
    },
    [saveOne, lang],
  );

  const exportSelected = useCallback(
    async (indices: readonly number[]) => {
      await saveToFolder(await worker.call('certificateFiles', { indices, format: 'pem' }), 'certificates');
    },
    [worker, saveToFolder],
  );

  const exportInventory = useCallback(
    async (indices: readonly number[]) => {
      const file = await worker.call('inventory', { indices, lang, now: Date.now() });
      await saveOne(file.name, 'csv', file.bytes, null);
    },
    [worker, lang, saveOne],
  );

  const exportCalendar = useCallback(
    async (indices: readonly number[], alarmDaysBefore = DEFAULT_EXPIRING_DAYS) => {
      const file = await worker.call('calendar', { indices, lang, now: Date.now(), alarmDaysBefore });
      await saveOne(file.name, 'calendar', file.bytes, null);
    },
    [worker, lang, saveOne],
  );

  const exportAdminPlan = useCallback(
    async (indices: readonly number[]) => {
      const plan = await worker.call('adminPlan', { indices, lang, now: Date.now() });
      await saveOne(plan.csv.name, 'csv', plan.csv.bytes, null);
      return plan.mails;
    },
    [worker, lang, saveOne],
  );

  const saveRequestFiles = useCallback(
    async (files: readonly RequestExportFile[]) => {
      const [only] = files;
      if (files.length === 1 && only) return saveOne(only.name, 'request', only.bytes, null);
      return files.length > 1 ? saveToFolder(files, 'request') : false;
    },
    [saveOne, saveToFolder],
  );

  return useMemo(
    () => ({ status, dismiss: () => setStatus(null), exportCertificate, exportChainFile, exportSelected, exportInventory, exportCalendar, exportAdminPlan, saveRequestFiles }),
    [status, exportCertificate, exportChainFile, exportSelected, exportInventory, exportCalendar, exportAdminPlan, saveRequestFiles],
  );
}
