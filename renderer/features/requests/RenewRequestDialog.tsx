import { useEffect, useId, useState } from 'react';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { COLUMN_RULES, type RequestField } from '../../../shared/request/request-format';
import type { RequestExportFile } from '../../../shared/use-cases/export-files';
import type { RenewDefaults } from '../../../shared/use-cases/request-build';
import { failureText } from '../../app/failure-text';
import { useServices } from '../../app/services';
import { ModalDialog } from '../../components/ModalDialog';
import { useI18n } from '../../i18n/i18n';
import { FileDropTarget } from '../details/FileDropTarget';
import { RequestBuildOutcome } from './RequestBuildOutcome';
import { useRequestBuild } from './use-request-build';
import './request-files.css';

/** The administrator fields of the form, as typed. */
interface RenewFields {
  readonly mail: string;
  readonly name: string;
  readonly affiliation: string;
  readonly software: string;
  /** Host names for column 13, separated by commas or spaces. */
  readonly dnsNames: string;
}

/** Each form field and the request column it fills (its label is the column's). */
const FIELD_COLUMNS: readonly { readonly key: keyof RenewFields; readonly column: RequestField }[] = [
  { key: 'mail', column: 'adminMail' },
  { key: 'name', column: 'adminName' },
  { key: 'affiliation', column: 'adminAffiliation' },
  { key: 'software', column: 'software' },
  { key: 'dnsNames', column: 'dnsNames' },
];

/** The host names typed into the dNSName field. */
export function splitDnsNames(text: string): string[] {
  return text.split(/[\s,、]+/).filter((name) => name !== '');
}

function formOf(defaults: RenewDefaults): RenewFields {
  const { mail, name, affiliation, software, dnsNames } = defaults.fields;
  return { mail, name, affiliation, software, dnsNames: dnsNames.join(', ') };
}

interface RenewRequestDialogProps {
  /** The list position of the one row to renew. */
  readonly index: number;
  readonly saving: boolean;
  readonly onSave: (files: readonly RequestExportFile[]) => void;
  readonly onClose: () => void;
}

/**
 * 更新申請ファイルを作成: one row, the administrator's new CSR (chosen or dropped) and the
 * administrator fields, prefilled from the row and editable. Checked as they change; saved only
 * without an error.
 */
export function RenewRequestDialog({ index, saving, onSave, onClose }: RenewRequestDialogProps) {
  const { t, pick, lang } = useI18n();
  const { worker } = useServices();
  const formId = useId();
  const [defaults, setDefaults] = useState<RenewDefaults | null | 'loading'>('loading');
  const [fields, setFields] = useState<RenewFields | null>(null);
  const [csr, setCsr] = useState<{ file: OpenedFile; serial: number } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    worker.call('renewDefaults', { index }).then(
      (answer) => {
        if (!live) return;
        setDefaults(answer);
        if (answer) setFields(formOf(answer));
      },
      (error: unknown) => live && setFileError(pick(failureText(error))),
    );
    return () => {
      live = false;
    };
  }, [worker, index, pick]);

  const run =
    csr === null || fields === null
      ? null
      : () =>
          worker.call('buildRenewRequest', {
            index,
            csr: csr.file,
            fields: { mail: fields.mail, name: fields.name, affiliation: fields.affiliation, software: fields.software, dnsNames: splitDnsNames(fields.dnsNames) },
            lang,
            now: Date.now(),
          });
  const state = useRequestBuild(run, JSON.stringify({ index, csr: csr?.serial ?? null, fields, lang }));
  const row = defaults !== 'loading' && defaults !== null ? (defaults.fqdn ? t('request.row', { id: defaults.applicationId, fqdn: defaults.fqdn }) : t('request.rowNoName', { id: defaults.applicationId })) : '';

  return (
    <ModalDialog labelledBy="renew-request-title" describedBy="renew-request-intro" testId="renew-request-dialog" onCancel={onClose}>
      <h2 id="renew-request-title" className="confirm-dialog__title request-dialog__title">
        {t('request.renew.title')}
      </h2>
      <p id="renew-request-intro">
        {defaults === 'loading' ? t('request.renew.loading') : defaults === null ? t('request.renew.noRow') : t('request.renew.intro', { row })}
      </p>
      <FileDropTarget
        kind="csr"
        testId="renew-csr-drop"
        hint={t('request.renew.csrHint')}
        buttonText={t('request.renew.csrChoose')}
        buttonLabel={t('request.renew.csrChooseLabel')}
        disabled={fields === null}
        onFile={(file) => {
          setFileError(null);
          setCsr((previous) => ({ file, serial: (previous?.serial ?? 0) + 1 }));
        }}
        onError={setFileError}
      >
        {csr && <p className="request-form__file">{t('request.renew.csrFile', { name: csr.file.name })}</p>}
      </FileDropTarget>
      {fileError && <p className="error-text">{fileError}</p>}
      {fields && (
        <fieldset className="request-form__fields">
          <legend className="request-form__legend">{t('request.renew.fields')}</legend>
          {FIELD_COLUMNS.map(({ key, column }) => (
            <div key={key} className={key === 'dnsNames' ? 'request-form__field request-form__field--wide' : 'request-form__field'}>
              <label htmlFor={`${formId}-${key}`} className="request-form__label">
                {pick(COLUMN_RULES[column].label)}
              </label>
              <input
                id={`${formId}-${key}`}
                className="input"
                value={fields[key]}
                onChange={(event) => setFields({ ...fields, [key]: event.target.value })}
                autoComplete="off"
                spellCheck={false}
                aria-describedby={key === 'dnsNames' ? `${formId}-dns-hint` : undefined}
              />
              {key === 'dnsNames' && (
                <span id={`${formId}-dns-hint`} className="request-form__hint muted">
                  {t('request.renew.dnsNamesHint')}
                </span>
              )}
            </div>
          ))}
        </fieldset>
      )}
      <RequestBuildOutcome
        state={state}
        waitingText={t('request.renew.chooseCsr')}
        fixText={t('request.renew.fixCsr')}
        saving={saving}
        onSave={onSave}
        onCancel={onClose}
      />
    </ModalDialog>
  );
}
