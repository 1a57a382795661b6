// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import packageJson from '../../../../../package.json';
import type { Lang } from '../../../../../shared/model/localized-text';
import { AboutPanel } from '../../../../../renderer/features/about/AboutPanel';
import { I18nProvider } from '../../../../../renderer/i18n/i18n';

afterEach(cleanup);

describe('AboutPanel', () => {
  const cases: { name: string; input: Lang; want: RegExp }[] = [
    { name: 'says in Japanese that nothing goes over the network', input: 'ja', want: /ネットワークに一切接続せず.*送信しません/ },
    { name: 'says in English that nothing goes over the network', input: 'en', want: /makes no network connection and sends no data anywhere/ },
  ];
  it.each(cases)('$name, with the version', ({ input, want }) => {
    render(
      <I18nProvider lang={input}>
        <AboutPanel onClose={() => undefined} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('about-network').textContent).toMatch(want);
    expect(screen.getByRole('dialog').textContent).toContain(packageJson.version);
  });

  it('moves focus to its heading and closes from its button', () => {
    const onClose = vi.fn();
    render(
      <I18nProvider lang="ja">
        <AboutPanel onClose={onClose} />
      </I18nProvider>,
    );
    expect(document.activeElement?.id).toBe('about-heading');
    fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
