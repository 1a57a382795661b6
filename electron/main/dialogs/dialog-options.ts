import type { FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { OpenFileKind, SaveFileKind } from '../../../shared/ipc/contract';
import { SAVE_KIND_EXTENSIONS } from '../../../shared/ipc/writable-file-kinds';
import type { Lang } from '../../../shared/model/localized-text';
import { translator, type Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/ja';

/** A dialog filter: the catalogue key of its name and its extensions. */
interface FilterSpec {
  readonly name: MessageKey;
  readonly extensions: readonly string[];
}

const ALL_FILES: FilterSpec = { name: 'filter.allFiles', extensions: ['*'] };
const CERTIFICATES: FilterSpec = { name: 'filter.certificates', extensions: ['crt', 'cer', 'pem', 'der', 'p7b', 'p7c', 'key', 'csr'] };

/** Title and filters of the open dialog of each kind. */
const OPEN_DIALOGS: { readonly [K in OpenFileKind]: { readonly title: MessageKey; readonly filters: readonly FilterSpec[] } } = {
  list: { title: 'dialog.openList', filters: [{ name: 'filter.certificateList', extensions: ['tsv', 'txt'] }, ALL_FILES] },
  certificates: { title: 'dialog.openCertificates', filters: [CERTIFICATES, ALL_FILES] },
  'private-key': { title: 'dialog.openPrivateKey', filters: [{ name: 'filter.privateKey', extensions: ['key', 'pem'] }, ALL_FILES] },
  csr: { title: 'dialog.openCsr', filters: [{ name: 'filter.csr', extensions: ['csr', 'req', 'pem'] }, ALL_FILES] },
  crl: { title: 'dialog.openCrl', filters: [{ name: 'filter.crl', extensions: ['crl', 'pem'] }, ALL_FILES] },
  ca: { title: 'dialog.openCa', filters: [CERTIFICATES, ALL_FILES] },
  request: { title: 'dialog.openRequest', filters: [{ name: 'filter.request', extensions: ['tsv', 'txt'] }, ALL_FILES] },
};

/** The save dialog's filter of each kind: exactly the extensions the host agrees to write (no "All files"). */
const SAVE_FILTER_NAMES: { readonly [K in SaveFileKind]: MessageKey } = {
  'certificate-pem': 'filter.certificatePem',
  'certificate-der': 'filter.certificateDer',
  chain: 'filter.chain',
  pkcs7: 'filter.pkcs7',
  csv: 'filter.csv',
  calendar: 'filter.calendar',
  text: 'filter.text',
  request: 'filter.request',
};

/** Electron filters with their names in the catalogue's language. */
function localiseFilters(filters: readonly FilterSpec[], t: Translate): FileFilter[] {
  return filters.map((filter) => ({ name: t(filter.name), extensions: [...filter.extensions] }));
}

/** Kinds whose dialog lets the user pick several files at once. */
const MULTIPLE: ReadonlySet<OpenFileKind> = new Set(['certificates', 'ca']);

/** The open dialog options for a kind, in a language. */
export function openDialogOptions(kind: OpenFileKind, lang: Lang): OpenDialogOptions {
  const t = translator(lang);
  const spec = OPEN_DIALOGS[kind];
  return {
    title: t(spec.title),
    filters: localiseFilters(spec.filters, t),
    properties: MULTIPLE.has(kind) ? ['openFile', 'multiSelections'] : ['openFile'],
  };
}

/** The save dialog options; `defaultPath` is the folder joined with an already sanitised name. */
export function saveDialogOptions(defaultPath: string, kind: SaveFileKind, lang: Lang): SaveDialogOptions {
  const t = translator(lang);
  return {
    title: t('dialog.save'),
    defaultPath,
    filters: localiseFilters([{ name: SAVE_FILTER_NAMES[kind], extensions: SAVE_KIND_EXTENSIONS[kind] }], t),
    // macOS and Windows always confirm overwriting; on Linux the GTK dialog needs asking.
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The folder dialog options for a folder export. */
export function folderDialogOptions(lang: Lang): OpenDialogOptions {
  const t = translator(lang);
  return {
    title: t('dialog.chooseFolder'),
    buttonLabel: t('dialog.exportHere'),
    properties: ['openDirectory', 'createDirectory'],
  };
}
