import { escapeInvisible } from '../../../shared/encoding/invisible-characters';
import { useState } from 'react';
import type { ColumnInfo } from '../../../shared/model/certificate-list';
import type { CertificateRecord } from '../../../shared/model/certificate-record';
import { columnLabel, maskSecret, SECRET_COLUMNS, SERVER_COLUMNS, type ColumnKey } from '../../../shared/model/columns';
import { pickText, type Lang } from '../../../shared/model/localized-text';
import { withoutKeyMaterial } from '../../../shared/pki/keys/key-material';
import { codeMeaning } from '../../../shared/tsv/coded-values';
import { textMatchRanges } from '../../../shared/query/search';
import { Highlighted } from '../../components/Highlighted';
import { useI18n } from '../../i18n/i18n';
import { groupOf, TSV_GROUPS, type TsvGroup } from './tsv-groups';

const LONG_VALUE = 120;

interface TsvField {
  readonly key: ColumnKey | null;
  readonly label: string;
  readonly value: string;
  readonly group: TsvGroup;
}

/**
 * Every TSV field of the record: the 46 known columns in file order (missing ones shown empty), then
 * unknown extras. A cell holding a private key (pasted into the certificate cell, say) is given as a
 * notice of what it is and where, in `lang`: its bytes never reach the page.
 */
export function tsvFieldsOf(record: CertificateRecord, columns: readonly ColumnInfo[], lang: Lang): TsvField[] {
  const byKey = new Map(columns.filter((c) => c.key !== null).map((c) => [c.key, c]));
  const cellOf = (column: ColumnInfo): string => withoutKeyMaterial(record.cells[column.index] ?? '', lang, { line: record.line ?? null, column: column.index + 1 });
  const known = SERVER_COLUMNS.map((definition): TsvField => {
    const column = byKey.get(definition.key);
    return {
      key: definition.key,
      label: pickText(columnLabel({ key: definition.key, label: column?.label ?? definition.ja }), lang),
      value: column ? cellOf(column) : '',
      group: groupOf(definition.key),
    };
  });
  const extra = columns.filter((c) => c.key === null).map((c): TsvField => ({ key: null, label: c.label || `#${c.index + 1}`, value: cellOf(c), group: 'other' }));
  return [...known, ...extra];
}

/** A secret value (アクセスPIN) masked until the user presses 表示. */
function SecretValue({ value, label }: { value: string; label: string }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  if (value === '') return null;
  return (
    <span className="secret">
      <span className="mono" data-testid="secret-value">
        {maskSecret(value, shown)}
      </span>
      <button type="button" className="button button--small" aria-pressed={shown} aria-label={`${label}: ${shown ? t('details.pinHide') : t('details.pinReveal')}`} onClick={() => setShown(!shown)}>
        {shown ? t('details.pinHide') : t('details.pinReveal')}
      </button>
    </span>
  );
}

/** A long cell (certificate, CSR) folded to its start, expandable. */
function LongValue({ value }: { value: string }) {
  return (
    <details className="long-value">
      <summary className="mono">{escapeInvisible(value.slice(0, 48))}…</summary>
      <pre className="mono break">{escapeInvisible(value, { keepLineBreaks: true })}</pre>
    </details>
  );
}

/** A coded cell with what its code means beside it: 「5（証明書発行処理完了）」, an inferred meaning marked as such (「2（更新・推定）」). */
function CodedValue({ columnKey, value, highlight }: { columnKey: ColumnKey; value: string; highlight: string }) {
  const { t, pick } = useI18n();
  const meaning = codeMeaning(columnKey, value);
  if (!meaning) return <PlainValue value={value} highlight={highlight} />;
  return (
    <span className="break" data-testid={`coded-${columnKey}`}>
      {t(meaning.inferred ? 'details.codedValueInferred' : 'details.codedValue', { code: value.trim(), meaning: pick(meaning.label) })}
    </span>
  );
}

/** A cell as written, with where the list's search matched it marked (a name or department shown only here). */
function PlainValue({ value, highlight }: { value: string; highlight: string }) {
  const ranges = textMatchRanges(value, highlight);
  if (ranges.length === 0) return <span className="break">{escapeInvisible(value, { keepLineBreaks: true })}</span>;
  return (
    <span className="break">
      <Highlighted value={value} ranges={ranges} />
    </span>
  );
}

/** URL期限 with what it is: the end of the admin's own download link, after which the certificate has to be sent to them. */
function UrlExpiryValue({ value }: { value: string }) {
  const { t } = useI18n();
  return (
    <span className="break">
      {escapeInvisible(value)}
      {value !== '' && <span className="fields__hint muted" data-testid="url-expiry-hint">{t('details.urlExpiresHint')}</span>}
    </span>
  );
}

/** Every TSV field grouped under 申請 / 証明書 / 利用管理者 / 失効 / その他, with the header label of the file. */
export function TsvFields({ record, columns, highlight = '' }: { record: CertificateRecord; columns: readonly ColumnInfo[]; highlight?: string }) {
  const { t, lang } = useI18n();
  const fields = tsvFieldsOf(record, columns, lang);
  return (
    <div className="tsv-fields">
      {TSV_GROUPS.map(({ group, label }) => {
        const inGroup = fields.filter((field) => field.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} className="tsv-group" aria-label={t(label)}>
            <h4 className="tsv-group__title">{t(label)}</h4>
            <dl className="fields fields--tsv">
              {inGroup.map((field, i) => (
                <div key={`${field.label}-${i}`} className="fields__row">
                  <dt className="fields__label">{field.label}</dt>
                  <dd className="fields__value">
                    {field.key !== null && SECRET_COLUMNS.has(field.key) ? (
                      <SecretValue value={field.value} label={field.label} />
                    ) : field.value.length > LONG_VALUE ? (
                      <LongValue value={field.value} />
                    ) : field.key === 'urlExpiresAt' ? (
                      <UrlExpiryValue value={field.value} />
                    ) : field.key !== null ? (
                      <CodedValue columnKey={field.key} value={field.value} highlight={highlight} />
                    ) : (
                      <PlainValue value={field.value} highlight={highlight} />
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
