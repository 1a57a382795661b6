// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef, useReducer } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FilterBar } from '../../../../../renderer/features/filter/FilterBar';
import { INITIAL_QUERY, queryReducer } from '../../../../../renderer/features/filter/filter-state';
import { I18nProvider } from '../../../../../renderer/i18n/i18n';

afterEach(cleanup);

/** The filter bar wired to the real query reducer, in Japanese. */
function Harness({ onLeaveDown = () => undefined }: { onLeaveDown?: () => void }) {
  const [query, dispatch] = useReducer(queryReducer, INITIAL_QUERY);
  return (
    <I18nProvider lang="ja">
      <FilterBar query={query} dispatch={dispatch} shown={12} settled total={345} inputRef={createRef()} onLeaveDown={onLeaveDown} />
      <output data-testid="query">{JSON.stringify(query)}</output>
    </I18nProvider>
  );
}

const currentQuery = () => JSON.parse(screen.getByTestId('query').textContent ?? '{}');

describe('FilterBar', () => {
  it('shows the count as 表示 n / 全 m 件 in a live region', () => {
    render(<Harness />);
    const count = screen.getByTestId('filter-count');
    expect(count.textContent).toBe('表示 12 / 全 345 件');
    expect(count.getAttribute('aria-live')).toBe('polite');
  });

  it('filters as the user types, without a button', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('FQDN・名前・シリアル番号・申請IDなどで絞り込み'), { target: { value: 'www.example' } });
    expect(currentQuery().text).toBe('www.example');
  });

  it('presses a quick toggle and says so with aria-pressed', () => {
    render(<Harness />);
    const toggle = screen.getByRole('button', { name: '期限切れを隠す' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(currentQuery().hideExpired).toBe(true);
  });

  it('offers 30, 60 and 90 days and keeps one chosen at a time', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '30日以内に期限切れ' }));
    fireEvent.click(screen.getByRole('button', { name: '90日以内に期限切れ' }));
    expect(currentQuery().expiringWithinDays).toBe(90);
    expect(screen.getByRole('button', { name: '30日以内に期限切れ' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('hands ArrowDown in the box to the list, and Escape clears the text', () => {
    const onLeaveDown = vi.fn();
    render(<Harness onLeaveDown={onLeaveDown} />);
    const box = screen.getByRole('searchbox');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(onLeaveDown).toHaveBeenCalledTimes(1);
    fireEvent.change(box, { target: { value: 'vpn' } });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(currentQuery().text).toBe('');
  });
});
