// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestReviewDialog } from '../../../../../renderer/features/requests/RequestReviewDialog';
import { I18nProvider } from '../../../../../renderer/i18n/i18n';
import { hasInvisibleCharacters } from '../../../../../shared/encoding/invisible-characters';
import type { Lang } from '../../../../../shared/model/localized-text';
import { reviewRequestFile } from '../../../../../shared/request/check-request-file';
import { readFixture, readManifest } from '../../../../support/manifest';

afterEach(cleanup);

const NOW = Date.parse(readManifest().referenceTime);

/** The dialog over a review made by the shared core (no list: format and CSRs only). */
async function renderReview(file: string, lang: Lang = 'ja', bytes = readFixture(file)) {
  const review = await reviewRequestFile(bytes, { list: null, now: NOW });
  const onClose = vi.fn();
  render(
    <I18nProvider lang={lang}>
      <RequestReviewDialog state={{ phase: 'done', result: { ok: true, fileName: file.split('/').pop()!, review }, listName: null }} onCheckAnother={() => undefined} onClose={onClose} />
    </I18nProvider>,
  );
  return { review, onClose };
}

describe('RequestReviewDialog', () => {
  it('says there is no problem in a clean file, and that it was not checked against a list', async () => {
    await renderReview('request/revoke-ok.tsv');
    expect(screen.getByTestId('request-review-summary').textContent).toBe('問題は見つかりませんでした');
    expect(screen.getByTestId('request-review-list').textContent).toContain('一覧とは照合していません');
    expect(screen.getByRole('dialog').textContent).toContain('Shift_JIS (CP932)');
    expect(screen.getByRole('dialog').textContent).toContain('失効申請');
  });

  it('counts errors and warnings, shows lines with errors first, each finding with its severity and column', async () => {
    await renderReview('request/revoke-bad-reason.tsv');
    expect(screen.getByTestId('request-review-summary').textContent).toMatch(/^エラー [1-9]\d* 件、警告 \d+ 件/);
    const rows = within(screen.getByTestId('request-review-table')).getAllByRole('row').slice(1);
    expect(rows[0]!.getAttribute('data-line')).toBe('2');
    const reason = rows[0]!.querySelector('[data-code="reason-invalid"]')!;
    expect(reason.textContent).toContain('エラー');
    expect(reason.textContent).toContain('5 列目（失効理由）');
  });

  it('speaks English when the UI does', async () => {
    await renderReview('request/revoke-bad-reason.tsv', 'en');
    expect(screen.getByTestId('request-review-summary').textContent).toMatch(/^[1-9]\d* errors, \d+ warnings/);
    expect(screen.getByTestId('request-review-table').textContent).toContain('column 5 (revocation reason)');
  });

  it('shows a hidden character of the file (a right-to-left override in the DN) as a visible escape', async () => {
    const text = new TextDecoder('shift_jis').decode(readFixture('request/revoke-ok.tsv')).replace('CN=www.eng', 'CN=www.\u202eeng');
    await renderReview('request/revoke-ok.tsv', 'ja', new TextEncoder().encode(text));
    const dialog = screen.getByRole('dialog');
    expect(hasInvisibleCharacters(dialog.textContent ?? '')).toBe(false);
    expect(dialog.textContent).toContain('⟨U+202E⟩');
  });

  it('says why a file was refused, and closes from its button', async () => {
    const onClose = vi.fn();
    render(
      <I18nProvider lang="ja">
        <RequestReviewDialog state={{ phase: 'done', result: { ok: false, fileName: 'huge.tsv', refused: { ja: '大きすぎます', en: 'too large' } }, listName: null }} onCheckAnother={() => undefined} onClose={onClose} />
      </I18nProvider>,
    );
    expect(screen.getByRole('dialog').textContent).toContain('確認できませんでした: 大きすぎます');
    fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
