// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { TsvFields, tsvFieldsOf } from '../../../../../renderer/features/details/TsvFields';
import { I18nProvider } from '../../../../../renderer/i18n/i18n';
import type { ColumnInfo } from '../../../../../shared/model/certificate-list';
import type { CertificateRecord } from '../../../../../shared/model/certificate-record';
import { SERVER_COLUMNS } from '../../../../../shared/model/columns';

afterEach(cleanup);

// Every known column in file order, then one unknown extra column.
const columns: ColumnInfo[] = [
  ...SERVER_COLUMNS.map((column, index) => ({ index, label: column.ja, key: column.key, byPosition: false })),
  { index: SERVER_COLUMNS.length, label: '備考', key: null, byPosition: false },
];
const cells = columns.map((column) => (column.key === 'accessPin' ? '8342-1177' : column.key === 'fqdn' ? 'www.example.ac.jp' : column.key === null ? '学内メモ' : ''));
const record = { cells } as unknown as CertificateRecord;

describe('TsvFields', () => {
  it('lists all 46 known fields and the unknown extra column', () => {
    const fields = tsvFieldsOf(record, columns, 'ja');
    expect(fields).toHaveLength(47);
    expect(fields.at(-1)).toEqual({ key: null, label: '備考', value: '学内メモ', group: 'other' });
    expect(new Set(fields.map((f) => f.group))).toEqual(new Set(['application', 'certificate', 'admin', 'revocation', 'other']));
  });

  it('shows a known column missing from the file with an empty value', () => {
    const fields = tsvFieldsOf(record, columns.filter((c) => c.key !== 'software'), 'en');
    expect(fields.find((f) => f.key === 'software')).toMatchObject({ label: 'Server software and version', value: '' });
  });

  it('masks the access PIN until 表示 is pressed', () => {
    render(
      <I18nProvider lang="ja">
        <TsvFields record={record} columns={columns} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('secret-value').textContent).not.toContain('8342');
    const reveal = screen.getByRole('button', { name: 'アクセスPIN: 表示' });
    fireEvent.click(reveal);
    expect(screen.getByTestId('secret-value').textContent).toBe('8342-1177');
    expect(reveal.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows coded cells with their meaning in NII\'s words, an inferred meaning marked, and explains URL期限', () => {
    const coded: Record<string, string> = { status: '6', applicationType: '2', revocationReasonCode: '4', urlExpiresAt: '2026/12/01 10:00:00' };
    const codedCells = columns.map((column) => (column.key !== null && column.key in coded ? coded[column.key]! : ''));
    render(
      <I18nProvider lang="ja">
        <TsvFields record={{ cells: codedCells } as unknown as CertificateRecord} columns={columns} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('coded-status').textContent).toBe('6（証明書更新処理完了）');
    expect(screen.getByTestId('coded-revocationReasonCode').textContent).toBe('4（証明書の更新または証明書記載内容の変更）');
    expect(screen.getByTestId('coded-applicationType').textContent).toBe('2（更新・推定）');
    expect(screen.getByTestId('url-expiry-hint').textContent).toContain('ダウンロードできる URL の期限');
  });
});
