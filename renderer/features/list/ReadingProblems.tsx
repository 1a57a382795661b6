import { useId, useState } from 'react';
import type { Problem } from '../../../shared/model/problem';
import { locatedMessage } from '../../../shared/model/location';
import { useI18n } from '../../i18n/i18n';
import './reading-problems.css';

/** The problems of rows that could not be read (a header note is about the file, not a row). */
export function rowReadingProblems(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.location.line !== null && !problem.code.startsWith('header-'));
}

/** 「読めなかった行 N 件」 as a disclosure: pressed, it lists each problem with its line, column and cause. */
export function ReadingProblems({ problems }: { problems: readonly Problem[] }) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rowProblems = rowReadingProblems(problems);
  if (rowProblems.length === 0) return null;
  const lines = new Set(rowProblems.map((problem) => problem.location.line)).size;
  return (
    <div className="reading-problems">
      <button type="button" className="button button--small button--quiet" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)} data-testid="reading-problems">
        {t('filter.problems', { count: lines })} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <ul id={listId} className="reading-problems__list findings" hidden={!open}>
        {rowProblems.map((problem, i) => (
          <li key={`${problem.code}-${i}`} className={`finding finding--${problem.severity}`} data-code={problem.code}>
            <span className="finding__body">
              <span className="finding__message">{pick(locatedMessage(problem.message, { ...problem.location, file: null }))}</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
