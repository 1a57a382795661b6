import type { FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { OpenFileKind, SaveFileKind } from '../../../shared/ipc/contract';
import type { Lang, LocalizedText } from '../../../shared/model/localized-text';

/** A dialog filter before the language is chosen. */
interface FilterText {
  readonly name: LocalizedText;
  readonly extensions: readonly string[];
}

const ALL_FILES: FilterText = { name: { ja: 'すべてのファイル', en: 'All Files' }, extensions: ['*'] };
const CERTIFICATES: FilterText = { name: { ja: '証明書', en: 'Certificates' }, extensions: ['crt', 'cer', 'pem', 'der', 'p7b', 'p7c'] };

/** Title and filters of the open dialog of each kind. */
const OPEN_DIALOGS: { readonly [K in OpenFileKind]: { readonly title: LocalizedText; readonly filters: readonly FilterText[] } } = {
  list: { title: { ja: 'TSVを開く', en: 'Open TSV' }, filters: [{ name: { ja: '証明書一覧 (TSV)', en: 'Certificate list (TSV)' }, extensions: ['tsv', 'txt'] }, ALL_FILES] },
  certificates: { title: { ja: '証明書ファイルを開く', en: 'Open Certificate Files' }, filters: [CERTIFICATES, ALL_FILES] },
  'private-key': { title: { ja: '秘密鍵ファイルを開く', en: 'Open Private Key File' }, filters: [{ name: { ja: '秘密鍵', en: 'Private key' }, extensions: ['key', 'pem'] }, ALL_FILES] },
  csr: { title: { ja: 'CSRファイルを開く', en: 'Open CSR File' }, filters: [{ name: { ja: '証明書署名要求 (CSR)', en: 'Certificate signing request' }, extensions: ['csr', 'req', 'pem'] }, ALL_FILES] },
  crl: { title: { ja: 'CRLファイルを開く', en: 'Open CRL File' }, filters: [{ name: { ja: '失効リスト (CRL)', en: 'Revocation list (CRL)' }, extensions: ['crl', 'pem'] }, ALL_FILES] },
  ca: { title: { ja: 'CA証明書ファイルを開く', en: 'Open CA Certificate Files' }, filters: [CERTIFICATES, ALL_FILES] },
};

/** Filters of the save dialog of each kind (the first one is preselected). */
const SAVE_FILTERS: { readonly [K in SaveFileKind]: readonly FilterText[] } = {
  'certificate-pem': [{ name: { ja: '証明書 (PEM)', en: 'Certificate (PEM)' }, extensions: ['crt', 'pem', 'cer'] }],
  'certificate-der': [{ name: { ja: '証明書 (DER)', en: 'Certificate (DER)' }, extensions: ['cer', 'der', 'crt'] }],
  chain: [{ name: { ja: '証明書チェーン (PEM)', en: 'Certificate chain (PEM)' }, extensions: ['pem', 'crt'] }],
  pkcs7: [{ name: { ja: 'PKCS#7', en: 'PKCS#7' }, extensions: ['p7b', 'p7c'] }],
  csv: [{ name: { ja: 'CSV', en: 'CSV' }, extensions: ['csv'] }],
  text: [{ name: { ja: 'テキスト', en: 'Text' }, extensions: ['txt'] }],
};

/** Electron filters in a language. */
function localiseFilters(filters: readonly FilterText[], lang: Lang): FileFilter[] {
  return filters.map((filter) => ({ name: filter.name[lang], extensions: [...filter.extensions] }));
}

/** Kinds whose dialog lets the user pick several files at once. */
const MULTIPLE: ReadonlySet<OpenFileKind> = new Set(['certificates', 'ca']);

/** The open dialog options for a kind, in a language. */
export function openDialogOptions(kind: OpenFileKind, lang: Lang): OpenDialogOptions {
  const spec = OPEN_DIALOGS[kind];
  return {
    title: spec.title[lang],
    filters: localiseFilters(spec.filters, lang),
    properties: MULTIPLE.has(kind) ? ['openFile', 'multiSelections'] : ['openFile'],
  };
}

/** The save dialog options; `defaultPath` is the folder joined with an already sanitised name. */
export function saveDialogOptions(defaultPath: string, kind: SaveFileKind, lang: Lang): SaveDialogOptions {
  return {
    title: lang === 'ja' ? '保存' : 'Save',
    defaultPath,
    filters: [...localiseFilters(SAVE_FILTERS[kind], lang), ...localiseFilters([ALL_FILES], lang)],
    // macOS and Windows always confirm overwriting; on Linux the GTK dialog needs asking.
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** The folder dialog options for a folder export. */
export function folderDialogOptions(lang: Lang): OpenDialogOptions {
  return {
    title: lang === 'ja' ? '書き出し先のフォルダーを選ぶ' : 'Choose a Folder to Export To',
    buttonLabel: lang === 'ja' ? 'このフォルダーに書き出す' : 'Export Here',
    properties: ['openDirectory', 'createDirectory'],
  };
}
