import { useId, type Dispatch, type RefObject } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ListQuery } from '../../../shared/use-cases/views';
import { EXPIRING_CHOICES, type QueryAction, type QueryToggle } from './filter-state';
import { formatCount } from '../../i18n/format-count';

interface FilterBarProps {
  readonly query: ListQuery;
  readonly dispatch: Dispatch<QueryAction>;
  readonly shown: number;
  /** True once the rows shown answer the query as typed (the count says `data-settled`, which end-to-end tests wait on). */
  readonly settled: boolean;
  readonly total: number;
  readonly inputRef: RefObject<HTMLInputElement | null>;
  /** ArrowDown in the box moves to the list. */
  readonly onLeaveDown: () => void;
}

/** One live filter box, the quick toggles and the "表示 n / 全 m 件" count. */
export function FilterBar({ query, dispatch, shown, settled, total, inputRef, onLeaveDown }: FilterBarProps) {
  const { t } = useI18n();
  // Ids of this bar's own: a list loading shows its bar while the open list's waits, hidden, for a cancel.
  const inputId = useId();
  const shortcutId = useId();
  const toggle = (name: QueryToggle, label: string) => (
    <button type="button" className="chip" aria-pressed={query[name]} onClick={() => dispatch({ type: 'toggle', toggle: name })}>
      {label}
    </button>
  );
  return (
    <div className="filter">
      <div className="filter__row">
        <label htmlFor={inputId} className="filter__label">
          {t('filter.label')}
        </label>
        <div className="filter__box">
          <input
            id={inputId}
            ref={inputRef}
            data-testid="filter-input"
            className="filter__input"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('filter.placeholder')}
            value={query.text}
            aria-describedby={shortcutId}
            onChange={(event) => dispatch({ type: 'text', text: event.target.value })}
            onKeyDown={(event) => {
              if (event.key === 'ArrowDown') {
                event.preventDefault();
                onLeaveDown();
              } else if (event.key === 'Escape' && query.text !== '') {
                event.preventDefault();
                dispatch({ type: 'text', text: '' });
              }
            }}
          />
          <kbd id={shortcutId} className="filter__shortcut">
            {t('filter.shortcut')}
          </kbd>
        </div>
        <output className="filter__count" aria-live="polite" data-testid="filter-count" data-settled={settled} title={t('filter.count', { shown: formatCount(shown), total: formatCount(total) })}>
          {t('filter.count', { shown: formatCount(shown), total: formatCount(total) })}
        </output>
      </div>
      <div className="filter__toggles" role="group" aria-label={t('filter.toggles')}>
        {toggle('hideExpired', t('filter.hideExpired'))}
        {toggle('hideRevokedOrReplaced', t('filter.hideRevokedReplaced'))}
        <span className="filter__divider" aria-hidden="true" />
        {EXPIRING_CHOICES.map((days) => (
          <button
            key={days}
            type="button"
            className="chip"
            aria-pressed={query.expiringWithinDays === days}
            onClick={() => dispatch({ type: 'expiring', days })}
          >
            {t('filter.expiringWithin', { days })}
          </button>
        ))}
        <span className="filter__divider" aria-hidden="true" />
        {toggle('pendingOrError', t('filter.pendingError'))}
        {toggle('replacedNotRevoked', t('filter.replacedNotRevoked'))}
        <span className="filter__divider" aria-hidden="true" />
        <span className="filter__dates" role="group" aria-label={t('filter.expiresBetween')}>
          <span aria-hidden="true">{t('filter.expiresBetween')}</span>
          <input
            type="date"
            className="input input--date"
            aria-label={t('filter.expiresFrom')}
            value={query.expiresFrom}
            onChange={(event) => dispatch({ type: 'expiresBetween', from: event.target.value, to: query.expiresTo })}
          />
          <span aria-hidden="true">〜</span>
          <input
            type="date"
            className="input input--date"
            aria-label={t('filter.expiresTo')}
            value={query.expiresTo}
            onChange={(event) => dispatch({ type: 'expiresBetween', from: query.expiresFrom, to: event.target.value })}
          />
        </span>
      </div>
    </div>
  );
}
