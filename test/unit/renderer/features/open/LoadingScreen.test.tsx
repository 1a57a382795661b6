// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../../../../shared/model/localized-text';
import type { LoadingState } from '../../../../../renderer/app/app-state';
import { LoadingScreen } from '../../../../../renderer/features/open/LoadingScreen';
import { I18nProvider } from '../../../../../renderer/i18n/i18n';

afterEach(cleanup);

const loading: LoadingState = { fileName: 'serverAll-large.tsv', progress: { done: 1_048_576, total: 4_194_304 }, rows: 2000, preview: null };

function show(lang: Lang, onCancel: () => void) {
  return render(
    <I18nProvider lang={lang}>
      <LoadingScreen loading={loading} onCancel={onCancel} />
    </I18nProvider>,
  );
}

describe('LoadingScreen', () => {
  const cases: { name: string; input: Lang; want: string }[] = [
    { name: 'offers キャンセル in Japanese, focused so the keyboard reaches it at once', input: 'ja', want: 'キャンセル' },
    { name: 'offers Cancel in English, focused so the keyboard reaches it at once', input: 'en', want: 'Cancel' },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    const onCancel = vi.fn();
    show(input, onCancel);
    const button = screen.getByRole('button', { name: want });
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('cancels on Escape before anything behind it sees the key', () => {
    const onCancel = vi.fn();
    const behind = vi.fn();
    window.addEventListener('keydown', behind);
    show('ja', onCancel);
    fireEvent.keyDown(screen.getByRole('button', { name: 'キャンセル' }), { key: 'Escape' });
    window.removeEventListener('keydown', behind);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(behind).not.toHaveBeenCalled();
  });

  it('shows the file name, the megabytes read and the rows received', () => {
    show('en', () => undefined);
    expect(screen.getByRole('dialog').textContent).toContain('serverAll-large.tsv');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('1.0 MB / 4.0 MB · 2,000 rows');
  });

  it('gives focus back to where it was when it closes', () => {
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    const { unmount } = show('ja', () => undefined);
    expect(document.activeElement).not.toBe(input);
    unmount();
    expect(document.activeElement).toBe(input);
    input.remove();
  });
});
