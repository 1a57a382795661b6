import { codePointLabel } from '../encoding/invisible-characters';
import { isCp932Extension, shiftJisUnencodable } from '../encoding/shift-jis';
import { isExcelScientific } from '../pki/serial';
import { requestFinding, type RequestFinding } from './request-finding';
import {
  columnName,
  COLUMN_RULES,
  KEY_COMPROMISE_REASON,
  MAX_DNS_NAMES,
  PROFILE_KEYS,
  REASON_NEEDING_COMMENT,
  REQUEST_FIELDS,
  REQUEST_REASONS,
  type RequestField,
  type RequestKind,
  type RequestRow,
} from './request-format';
import { parseRequestDn, SERVER_DN_ORDER } from './request-dn';

/**
 * The format rules of one request row, without the CSR's contents or the list (docs/request-files.md):
 * characters, lengths, which columns the kind fills, and the shape of every value.
 */

const FORBIDDEN = /[\t\r\n"]/;
const HALF_WIDTH = /^[\x20-\x7e]*$/;
// Letters, digits, '.' and '-' (RFC 1123 host names), no '.' or '-' at either end, no empty label.
const HOST_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const MAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const DECIMAL_SERIAL = /^[0-9]+$/;
const HEX_SERIAL = /^0[xX][0-9A-Fa-f]+$/;
// O, L and ST in a server DN: half-width letters, digits, space and '(),-./:= (NII's rule as restated).
const DN_VALUE = /^[A-Za-z0-9 '(),\-./:=]+$/;

const characterCount = (text: string): number => [...text].length;

/** The character rules of one column: forbidden characters, Shift_JIS, CP932 extensions, half-width. */
function characterFindings(field: RequestField, value: string): RequestFinding[] {
  const where = columnName(field);
  const found: RequestFinding[] = [];
  const forbidden = FORBIDDEN.exec(value);
  if (forbidden) {
    const label = codePointLabel(forbidden[0]);
    found.push(requestFinding('forbidden-character', 'error', { ja: `${where.ja}に使えない文字（${label}）があります。タブ・改行・二重引用符 " は書けません。`, en: `${where.en} contains a character the format forbids (${label}): no tab, line break or double quote.` }, field));
  }
  const unencodable = shiftJisUnencodable(value);
  if (unencodable.length > 0) {
    const list = unencodable.slice(0, 5).map((entry) => `「${entry.character}」(${codePointLabel(entry.character)}, ${characterCount(value.slice(0, entry.offset)) + 1} 文字目)`).join('、');
    const listEn = unencodable.slice(0, 5).map((entry) => `"${entry.character}" (${codePointLabel(entry.character)}, character ${characterCount(value.slice(0, entry.offset)) + 1})`).join(', ');
    found.push(requestFinding('not-shift-jis', 'error', { ja: `${where.ja}に Shift_JIS で書けない文字があります: ${list}。別の文字に置き換えてください。`, en: `${where.en} has characters Shift_JIS cannot hold: ${listEn}. Replace them.` }, field));
  }
  const extensions = [...new Set([...value].filter((character) => character.charCodeAt(0) >= 0x80 && isCp932Extension(character)))];
  if (extensions.length > 0) {
    const list = extensions.slice(0, 5).join(' ');
    found.push(requestFinding('cp932-extension', 'warning', { ja: `${where.ja}の ${list} は Windows の拡張文字（機種依存文字）です。NII のシステムが受け付けるかは確認できていません。髙→高 のように JIS の文字に置き換えると確実です。`, en: `${where.en}: ${list} are Windows (CP932) extension characters. Whether NII's system accepts them is not confirmed; the JIS character (髙 → 高) is safe.` }, field));
  }
  // Column 1 has its own rules (dnFindings): a revocation names the DN as issued, whatever it holds.
  const halfWidthOnly = COLUMN_RULES[field].halfWidth && field !== 'subjectDn';
  if (halfWidthOnly && !HALF_WIDTH.test(value) && unencodable.length === 0) {
    const first = [...value].find((character) => !HALF_WIDTH.test(character))!;
    found.push(requestFinding('not-half-width', 'error', { ja: `${where.ja}は半角英数記号だけで書きます（「${first}」は使えません）。`, en: `${where.en} takes half-width (ASCII) letters, digits and symbols only; "${first}" is not one.` }, field));
  }
  return found;
}

/** Required, optional or empty for this kind, and within its length. */
function presenceFindings(field: RequestField, value: string, kind: RequestKind): RequestFinding[] {
  const rule = COLUMN_RULES[field];
  const where = columnName(field);
  const usage = rule.use[kind];
  if (usage === 'required' && value.trim() === '') {
    return [requestFinding('required-missing', 'error', { ja: `${where.ja}が空です。この申請には必須です。`, en: `${where.en} is empty; this request needs it.` }, field)];
  }
  if (usage === 'empty' && value !== '') {
    return [requestFinding('must-be-empty', 'error', { ja: `${where.ja}は空欄にします（この申請では使いません）。`, en: `${where.en} must be empty in this kind of request.` }, field)];
  }
  const length = characterCount(value);
  if (rule.maxLength !== null && length > rule.maxLength) {
    return [requestFinding('field-too-long', 'error', { ja: `${where.ja}が ${length} 文字あります（上限 ${rule.maxLength} 文字）。`, en: `${where.en} has ${length} characters (at most ${rule.maxLength}).` }, field)];
  }
  return [];
}

/** The subject DN's shape: CN first and C=JP last; for issue and renew exactly CN, O, L, ST, C with half-width values. */
function dnFindings(row: RequestRow, kind: RequestKind): RequestFinding[] {
  const where = columnName('subjectDn');
  const parts = parseRequestDn(row.subjectDn);
  if (parts === null) {
    return [requestFinding('dn-shape', 'error', { ja: `${where.ja}を 属性=値 のカンマ区切りとして読めません。`, en: `${where.en} does not read as comma-separated TYPE=value attributes.` }, 'subjectDn')];
  }
  const types = parts.map((part) => part.type);
  if (types[0] === 'C' && types.at(-1) === 'CN') {
    return [requestFinding('dn-order', 'error', { ja: `${where.ja}が C= から始まっています。CN=…,O=…,L=…,ST=…,C=JP の順（CN が先頭）に書きます。`, en: `${where.en} starts with C=; write it CN first: CN=…,O=…,L=…,ST=…,C=JP.` }, 'subjectDn')];
  }
  const found: RequestFinding[] = [];
  const expected = kind === 'revoke' ? null : SERVER_DN_ORDER;
  if (expected !== null && types.join(',') !== expected.join(',')) {
    found.push(requestFinding('dn-shape', 'error', { ja: `${where.ja}は CN, O, L, ST, C の 5 つをこの順に書きます（今は ${types.join(', ')}）。`, en: `${where.en} must hold exactly CN, O, L, ST and C in this order (it has ${types.join(', ')}).` }, 'subjectDn'));
  } else if (types[0] !== 'CN' || types.at(-1) !== 'C') {
    found.push(requestFinding('dn-shape', 'error', { ja: `${where.ja}は CN=… で始まり C=JP で終わります（今は ${types.join(', ')}）。`, en: `${where.en} starts with CN=… and ends with C=JP (it has ${types.join(', ')}).` }, 'subjectDn'));
  }
  const country = parts.find((part) => part.type === 'C');
  if (country && country.value !== 'JP') {
    found.push(requestFinding('dn-shape', 'error', { ja: `${where.ja}の C は JP です（今は ${country.value}）。`, en: `${where.en}: C must be JP (it is ${country.value}).` }, 'subjectDn'));
  }
  if (kind !== 'revoke') {
    const bad = parts.filter((part) => part.type !== 'CN' && part.type !== 'C' && !DN_VALUE.test(part.value));
    if (bad.length > 0) {
      const named = bad.map((part) => `${part.type}=${part.value}`).join(', ');
      found.push(requestFinding('dn-characters', 'error', { ja: `${where.ja}の ${named} に使えない文字があります。O・L・ST は半角英数字・スペース・'(),-./:= で書きます（機関の英語名、市区町村と都道府県のローマ字）。`, en: `${where.en}: ${named} has characters NII does not take; O, L and ST are written in half-width letters, digits, space and '(),-./:= (the English name, the romanised city and prefecture).` }, 'subjectDn'));
    }
    const commonName = parts.find((part) => part.type === 'CN')?.value;
    if (commonName !== undefined && row.fqdn !== '' && commonName !== row.fqdn) {
      found.push(requestFinding('fqdn-cn-mismatch', 'error', { ja: `${where.ja}の CN（${commonName}）と 11 列目の FQDN（${row.fqdn}）が違います。同じにします。`, en: `The CN of ${where.en} (${commonName}) differs from the FQDN in column 11 (${row.fqdn}); they must be equal.` }, 'fqdn'));
    }
  }
  return found;
}

function serialFindings(value: string): RequestFinding[] {
  if (value === '' || DECIMAL_SERIAL.test(value) || HEX_SERIAL.test(value)) return [];
  const where = columnName('serial');
  if (isExcelScientific(value)) {
    return [requestFinding('serial-invalid', 'error', { ja: `${where.ja}が ${value} と指数表記になっています。Excel で開いて保存したため桁が失われました。一覧から番号をコピーし直してください。`, en: `${where.en} reads ${value}, in scientific notation: Excel rounded it when the file was saved. Copy the serial from the list again.` }, 'serial')];
  }
  return [requestFinding('serial-invalid', 'error', { ja: `${where.ja}「${value}」は 10 進の数字か、0x で始まる 16 進で書きます。`, en: `${where.en} "${value}" must be decimal digits, or hexadecimal after 0x.` }, 'serial')];
}

function reasonFindings(row: RequestRow): RequestFinding[] {
  const where = columnName('reason');
  if (row.reason === '') return [];
  const reason = REQUEST_REASONS.find((entry) => String(entry.code) === row.reason);
  if (!reason) {
    const allowed = REQUEST_REASONS.map((entry) => `${entry.code} ${entry.label.ja}`).join('、');
    const allowedEn = REQUEST_REASONS.map((entry) => `${entry.code} ${entry.label.en}`).join(', ');
    return [requestFinding('reason-invalid', 'error', { ja: `${where.ja}「${row.reason}」は使えません。${allowed} のどれかです。`, en: `${where.en} "${row.reason}" is not accepted; use one of ${allowedEn}.` }, 'reason')];
  }
  if (reason.code === KEY_COMPROMISE_REASON) {
    return [requestFinding('key-compromise', 'warning', { ja: '失効理由は「鍵の危殆化」です。秘密鍵が漏れた（おそれがある）場合だけの理由です。利用管理者に事実を確認してください。CA はこの理由の失効を 24 時間以内に行います。', en: 'The reason is key compromise: only for a private key that leaked or may have. Confirm the facts with the administrator; a CA revokes for this reason within 24 hours.' }, 'reason')];
  }
  if (reason.code === REASON_NEEDING_COMMENT && row.reasonComment.trim() === '') {
    return [requestFinding('comment-recommended', 'warning', { ja: '失効理由が「未定義」で、失効理由コメントが空です。理由をコメントに書いてください。', en: 'The reason is "unspecified" and the revocation comment is empty; say the reason in the comment.' }, 'reasonComment')];
  }
  return [];
}

/** Column 13: `dNSName=a,dNSName=b`, at most 8 names, each a host name, no repeats; the 250 limit counts the FQDN NII adds. */
function dnsNameFindings(row: RequestRow): RequestFinding[] {
  const where = columnName('dnsNames');
  if (row.dnsNames === '') return [];
  const entries = row.dnsNames.split(',');
  if (entries.some((entry) => !entry.startsWith('dNSName=') || entry === 'dNSName=')) {
    return [requestFinding('dns-names-format', 'error', { ja: `${where.ja}は dNSName=ホスト名 をカンマで区切って書きます（末尾にカンマを付けません）。`, en: `${where.en} is dNSName=host entries separated by commas, with no trailing comma.` }, 'dnsNames')];
  }
  const names = entries.map((entry) => entry.slice('dNSName='.length));
  const found: RequestFinding[] = [];
  if (names.length > MAX_DNS_NAMES) {
    found.push(requestFinding('dns-names-too-many', 'error', { ja: `${where.ja}に ${names.length} 個の名前があります（上限 ${MAX_DNS_NAMES} 個）。`, en: `${where.en} has ${names.length} names (at most ${MAX_DNS_NAMES}).` }, 'dnsNames'));
  }
  for (const name of names.filter((candidate) => !HOST_NAME.test(candidate))) {
    found.push(requestFinding('dns-name-invalid', 'error', { ja: `${where.ja}の「${name}」はホスト名として使えません（英数字・ . ・ - だけ、両端に . や - は不可）。`, en: `${where.en}: "${name}" is not a host name (letters, digits, "." and "-" only, none of them at either end).` }, 'dnsNames'));
  }
  const lower = names.map((name) => name.toLowerCase());
  const repeated = lower.filter((name, index) => lower.indexOf(name) !== index);
  if (repeated.length > 0) {
    found.push(requestFinding('dns-name-duplicate', 'warning', { ja: `${where.ja}に同じ名前が 2 回あります: ${[...new Set(repeated)].join(', ')}。`, en: `${where.en} names ${[...new Set(repeated)].join(', ')} twice.` }, 'dnsNames'));
  }
  const withFqdn = row.fqdn !== '' && !lower.includes(row.fqdn.toLowerCase()) ? `${row.dnsNames},dNSName=${row.fqdn}` : row.dnsNames;
  if (characterCount(withFqdn) > (COLUMN_RULES.dnsNames.maxLength ?? Infinity) && characterCount(row.dnsNames) <= (COLUMN_RULES.dnsNames.maxLength ?? Infinity)) {
    found.push(requestFinding('field-too-long', 'error', { ja: `${where.ja}は、NII が FQDN を書き足すと ${characterCount(withFqdn)} 文字になります（上限 ${COLUMN_RULES.dnsNames.maxLength} 文字）。`, en: `${where.en} becomes ${characterCount(withFqdn)} characters once NII adds the FQDN (at most ${COLUMN_RULES.dnsNames.maxLength}).` }, 'dnsNames'));
  }
  return found;
}

/** Every format finding of one row read as `kind`. */
export function checkRowFormat(row: RequestRow, kind: RequestKind): RequestFinding[] {
  const found: RequestFinding[] = [];
  for (const field of REQUEST_FIELDS) {
    found.push(...characterFindings(field, row[field]), ...presenceFindings(field, row[field], kind));
  }
  const filled = (field: RequestField) => row[field] !== '' && COLUMN_RULES[field].use[kind] !== 'empty';
  if (filled('subjectDn')) found.push(...dnFindings(row, kind));
  if (filled('profileId') && PROFILE_KEYS[row.profileId] === undefined) {
    found.push(requestFinding('profile-invalid', 'error', { ja: `${columnName('profileId').ja}「${row.profileId}」は使えません。3（RSA 2048）か 11（ECDSA P-384）です。`, en: `${columnName('profileId').en} "${row.profileId}" is not accepted: 3 (RSA 2048) or 11 (ECDSA P-384).` }, 'profileId'));
  }
  if (filled('serial')) found.push(...serialFindings(row.serial));
  if (kind === 'revoke') found.push(...reasonFindings(row));
  if (filled('adminMail') && !MAIL.test(row.adminMail)) {
    found.push(requestFinding('mail-invalid', 'error', { ja: `${columnName('adminMail').ja}「${row.adminMail}」はメールアドレスとして読めません。`, en: `${columnName('adminMail').en} "${row.adminMail}" is not a mail address.` }, 'adminMail'));
  }
  if (filled('fqdn') && !HOST_NAME.test(row.fqdn)) {
    found.push(requestFinding('fqdn-invalid', 'error', { ja: `${columnName('fqdn').ja}「${row.fqdn}」はホスト名として使えません（英数字・ . ・ - だけ、両端に . や - は不可、ワイルドカード不可）。`, en: `${columnName('fqdn').en} "${row.fqdn}" is not a host name (letters, digits, "." and "-" only, none at either end, no wildcard).` }, 'fqdn'));
  }
  if (filled('dnsNames')) found.push(...dnsNameFindings(row));
  return found;
}
