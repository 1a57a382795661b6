import { memo } from 'react';
import { formatJstDate } from '../../../shared/time/japan-time';
import type { MatchRange } from '../../../shared/query/search';
import { Highlighted } from '../../components/Highlighted';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/ja';
import type { ListRow } from '../../../shared/use-cases/views';
import { extraNameCount, matchedElsewhere, matchedOtherName, primaryName, rangesOf, type HiddenSearchField } from './row-text';

/** What a row says when the search matched in a field it does not show. */
const MATCHED_FIELD_LABEL: Record<HiddenSearchField, MessageKey> = {
  subjectDn: 'list.matchedField.subjectDn',
  ipAddress: 'list.matchedField.ipAddress',
  adminMail: 'list.matchedField.adminMail',
  adminName: 'list.matchedField.adminName',
  adminAffiliation: 'list.matchedField.adminAffiliation',
  software: 'list.matchedField.software',
  otherAddress: 'list.matchedField.otherAddress',
  revocationComment: 'list.matchedField.revocationComment',
  issuerDn: 'list.matchedField.issuerDn',
  emailAddress: 'list.matchedField.emailAddress',
};

interface GridRowProps {
  readonly row: ListRow;
  /** 0-based position in the shown list. */
  readonly position: number;
  readonly top: number;
  readonly matches: readonly MatchRange[] | undefined;
  readonly isActive: boolean;
  readonly isOpen: boolean;
  readonly isSelected: boolean;
  readonly onOpen: (position: number) => void;
  readonly onToggleSelected: (index: number) => void;
  readonly onFocusRow: (position: number) => void;
}

/** The key part of a profile label ("RSA 2048 / SHA-256" → "RSA 2048"); the full label is the cell's title. */
function shortProfile(label: string): string {
  return label.split(' / ')[0] ?? label;
}

/** Days left (or since expiry) as staff read it: 残り 123 日 / 5 日前に期限切れ. */
function DaysText({ daysLeft }: { daysLeft: number | null }) {
  const { t } = useI18n();
  if (daysLeft === null) return null;
  return <span className="cell__sub">{daysLeft >= 0 ? t('list.daysLeft', { days: daysLeft }) : t('list.daysAgo', { days: -daysLeft })}</span>;
}

/** One certificate row of the grid: name (highlighted), status, valid-until, profile, serial, application ID. */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { row, position, top, matches, isActive, isOpen, isSelected } = props;
  const { t, pick } = useI18n();
  const name = primaryName(row);
  const other = matchedOtherName(row, matches);
  const elsewhere = matchedElsewhere(row, matches);
  const extra = extraNameCount(row);
  const hexRanges = rangesOf(matches, 'serialHex');
  const showHex = hexRanges.length > 0 && rangesOf(matches, 'serialNumber').length === 0;
  const cnDiffers = row.commonName !== '' && row.fqdn !== '' && row.commonName.toLowerCase() !== row.fqdn.toLowerCase();
  return (
    <div
      role="row"
      aria-rowindex={position + 2}
      aria-selected={isSelected}
      aria-current={isOpen ? 'true' : undefined}
      tabIndex={isActive ? 0 : -1}
      data-pos={position}
      data-index={row.index}
      className={`grid__row${isOpen ? ' grid__row--open' : ''}${isSelected ? ' grid__row--selected' : ''}${position % 2 ? ' grid__row--odd' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => props.onOpen(position)}
      onFocus={() => props.onFocusRow(position)}
    >
      <div role="gridcell" className="cell cell--select" onClick={(event) => event.stopPropagation()}>
        <input
          type="checkbox"
          tabIndex={-1}
          checked={isSelected}
          aria-label={t('list.selectRow', { name: name.value || row.applicationId })}
          onChange={() => props.onToggleSelected(row.index)}
        />
      </div>
      <div role="gridcell" className="cell cell--name">
        <span className="cell__main name">
          {name.value ? (
            <Highlighted value={name.value} ranges={rangesOf(matches, name.field)} />
          ) : (
            <span className="muted">{row.keyMaterialNotice ? pick(row.keyMaterialNotice) : t('list.noName')}</span>
          )}
        </span>
        <span className="cell__sub">
          {cnDiffers && (
            <span className="sub-item">
              CN: <Highlighted value={row.commonName} ranges={rangesOf(matches, 'commonName')} />
            </span>
          )}
          {other && (
            <span className="sub-item">
              {t('list.matchedName', { name: '' })}
              <Highlighted value={other.value} ranges={other.ranges} />
            </span>
          )}
          {elsewhere && (
            <span className="sub-item" data-testid="matched-elsewhere">
              {t(MATCHED_FIELD_LABEL[elsewhere.field])}
              {elsewhere.value !== null && (
                <>
                  {' '}
                  <Highlighted value={elsewhere.value} ranges={elsewhere.ranges} />
                </>
              )}
            </span>
          )}
          {extra > 0 && <span className="sub-item">{t('list.moreNames', { count: extra })}</span>}
        </span>
      </div>
      <div role="gridcell" className="cell cell--status">
        <span className="cell__main">
          <StatusBadge state={row.state} />
          {row.role === 'current' && <span className="role role--current">{t('list.role.current')}</span>}
          {row.role === 'replaced' && <span className="role role--replaced">{t('list.role.replaced')}</span>}
        </span>
        <span className="cell__sub" title={pick(row.statusLabel)}>
          {pick(row.statusLabel)}
        </span>
      </div>
      <div role="gridcell" className="cell cell--date">
        <span className="cell__main tabular">{formatJstDate(row.notAfter)}</span>
        <DaysText daysLeft={row.daysLeft} />
      </div>
      <div role="gridcell" className="cell cell--profile">
        <span className="cell__main" title={pick(row.profileLabel)}>
          {shortProfile(pick(row.profileLabel))}
        </span>
      </div>
      <div role="gridcell" className="cell cell--serial">
        <span className="cell__main mono" title={row.serialNumber}>
          {showHex ? <Highlighted value={row.serialHex} ranges={hexRanges} /> : <Highlighted value={row.serialNumber} ranges={rangesOf(matches, 'serialNumber')} />}
        </span>
      </div>
      <div role="gridcell" className="cell cell--appid">
        <span className="cell__main mono">
          <Highlighted value={row.applicationId} ranges={rangesOf(matches, 'applicationId')} />
        </span>
      </div>
    </div>
  );
});
