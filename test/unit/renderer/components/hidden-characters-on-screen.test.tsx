// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighted } from '../../../../renderer/components/Highlighted';
import { FieldList } from '../../../../renderer/features/details/FieldList';
import { TsvFields } from '../../../../renderer/features/details/TsvFields';
import { I18nProvider, useI18n } from '../../../../renderer/i18n/i18n';
import { hasInvisibleCharacters } from '../../../../shared/encoding/invisible-characters';
import type { ColumnInfo } from '../../../../shared/model/certificate-list';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { SERVER_COLUMNS } from '../../../../shared/model/columns';
import { INVISIBLE_CLASSES } from '../../../support/invisible-characters';
import { makePastedKey } from '../../../support/private-keys';

afterEach(cleanup);

const EVERY = INVISIBLE_CLASSES.map(({ char }) => char).join('');

/**
 * The page's text and markup hold no raw hidden character (the escapes are visible text). Only where
 * a quoted multi-line TSV cell is shown as lines (`keepLineBreaks`) may a line feed remain.
 */
function expectNothingHidden(container: HTMLElement, options: { keepLineBreaks?: boolean } = {}): void {
  const text = options.keepLineBreaks ? (container.textContent ?? '').replaceAll('\n', '') : (container.textContent ?? '');
  expect(hasInvisibleCharacters(text)).toBe(false);
  expect(hasInvisibleCharacters(options.keepLineBreaks ? container.innerHTML.replaceAll('\n', '') : container.innerHTML)).toBe(false);
}

describe('hidden characters on screen', () => {
  it('the list cell shows a right-to-left override as ⟨U+202E⟩, inside and outside a search match', () => {
    for (const ranges of [[], [{ start: 0, end: 6 }]]) {
      const { container } = render(<Highlighted value={'www.\u202etrc.exe'} ranges={ranges} />);
      expect(container.textContent).toBe('www.⟨U+202E⟩trc.exe');
      cleanup();
    }
  });

  it.each(INVISIBLE_CLASSES)('the list cell shows $name as a visible escape', ({ char }) => {
    const { container } = render(<Highlighted value={`a${char}b`} ranges={[{ start: 0, end: 2 }]} />);
    expectNothingHidden(container);
  });

  it('a details field (DN, SAN, lines of URIs) shows every class escaped, a line feed too', () => {
    const { container } = render(
      <FieldList
        fields={[
          { label: 'Subject', value: `CN=www.${EVERY}.example.ac.jp` },
          { label: 'CRL Distribution Points', value: [`http://crl.example/${EVERY}`, 'http://crl2.example/'] },
        ]}
      />,
    );
    expectNothingHidden(container);
    expect(container.textContent).toContain('⟨U+202E⟩');
  });

  it('the TSV fields show every class escaped, in short and long cells', () => {
    const columns: ColumnInfo[] = SERVER_COLUMNS.map((column, index) => ({ index, label: column.ja, key: column.key, byPosition: false }));
    const cells = columns.map((column) => (column.key === 'fqdn' ? `www.${EVERY}gpj.exe` : column.key === 'certificate' ? `${'A'.repeat(130)}${EVERY}` : ''));
    const { container } = render(
      <I18nProvider lang="ja">
        <TsvFields record={{ cells } as unknown as CertificateRecord} columns={columns} />
      </I18nProvider>,
    );
    expectNothingHidden(container, { keepLineBreaks: true });
    expect(container.textContent).toContain('www.⟨U+0000⟩⟨U+001B⟩⟨U+0009⟩');
  });

  it('messages and their placeholders (file names, hosts) show hidden characters escaped', () => {
    function Message() {
      const { t, pick } = useI18n();
      return (
        <p>
          {pick({ ja: `名前 www.${EVERY}`, en: `name www.${EVERY}` })}
          {t('export.savedTo', { place: `/home/staff/${EVERY}.crt` })}
        </p>
      );
    }
    const { container } = render(
      <I18nProvider lang="en">
        <Message />
      </I18nProvider>,
    );
    expectNothingHidden(container);
  });
});

describe('key material on screen', () => {
  it('the TSV fields name a private key pasted into the certificate cell and a text cell, and where, never its bytes', () => {
    const key = makePastedKey();
    const columns: ColumnInfo[] = SERVER_COLUMNS.map((column, index) => ({ index, label: column.ja, key: column.key, byPosition: false }));
    const cells = columns.map((column) => (column.key === 'certificate' ? key.bareBase64 : column.key === 'adminName' ? key.pkcs8Pem : ''));
    const certificateColumn = columns.find((column) => column.key === 'certificate')!.index + 1;
    const { container } = render(
      <I18nProvider lang="en">
        <TsvFields record={{ cells, line: 9 } as unknown as CertificateRecord} columns={columns} />
      </I18nProvider>,
    );
    expect(container.innerHTML).not.toContain(key.secretSample);
    expect(container.textContent).toContain(`[a private key is here; its content is not shown (line 9, column ${certificateColumn})]`);
  });
});
