import { escapeInvisible } from '../../../shared/encoding/invisible-characters';
import { hasRequestError } from '../../../shared/request/request-finding';
import type { RequestExportFile } from '../../../shared/use-cases/export-files';
import type { RequestProblemView } from '../../../shared/use-cases/request-build';
import { useI18n } from '../../i18n/i18n';
import { RequestFindingList } from './RequestFindingList';
import type { RequestBuildState } from './use-request-build';

/** The problems of one row (or of the request as a whole: id null). */
interface ProblemGroup {
  readonly id: string | null;
  readonly index: number | null;
  readonly fqdn: string;
  readonly problems: RequestProblemView[];
}

/** The problems grouped by row in the order first met, the request's own first. */
function groupByRow(problems: readonly RequestProblemView[]): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  for (const problem of problems) {
    const group = groups.find((candidate) => candidate.id === problem.id && candidate.index === problem.index);
    if (group) group.problems.push(problem);
    else groups.push({ id: problem.id, index: problem.index, fqdn: problem.fqdn, problems: [problem] });
  }
  return groups.sort((a, b) => Number(a.id !== null) - Number(b.id !== null));
}

interface RequestBuildOutcomeProps {
  readonly state: RequestBuildState;
  /** What the form still needs before anything can be built. */
  readonly waitingText: string;
  /** What to do about an error that no row deselection fixes (the reason, the comment, the CSR). */
  readonly fixText: string;
  /** Takes rows out of the selection (revocations); absent where there is one row only. */
  readonly onDeselect?: (indices: readonly number[]) => void;
  readonly saving: boolean;
  readonly onSave: (files: readonly RequestExportFile[]) => void;
  readonly onCancel: () => void;
}

/**
 * Below a request form: every problem by row (application ID and FQDN) in the current language and,
 * when any is an error, which rows to deselect and no way to save; when none is, the files' names
 * and the one button that saves them.
 */
export function RequestBuildOutcome({ state, waitingText, fixText, onDeselect, saving, onSave, onCancel }: RequestBuildOutcomeProps) {
  const { t, pick } = useI18n();
  const { built } = state;
  const groups = built ? groupByRow(built.problems) : [];
  const refused = built !== null && hasRequestError(built.problems.map((problem) => problem.finding));
  const rowName = (group: ProblemGroup) => (group.fqdn ? t('request.row', { id: group.id ?? '', fqdn: group.fqdn }) : t('request.rowNoName', { id: group.id ?? '' }));
  const withError = groups.filter((group) => hasRequestError(group.problems.map((problem) => problem.finding)));
  const errorRows = withError.filter((group) => group.index !== null);
  const deselectable = errorRows.map((group) => group.index!);
  const canSave = built !== null && !refused && !state.pending && built.files.length > 0;
  return (
    <>
      <div className="request-outcome" aria-live="polite" data-testid="request-outcome" data-state={state.waiting ? 'waiting' : state.pending ? 'checking' : refused ? 'refused' : built ? 'ready' : 'failed'}>
        {state.waiting && <p className="muted">{waitingText}</p>}
        {state.pending && <p className="muted">{t('request.checking')}</p>}
        {state.failed && <p className="error-text">{t('request.failed', { reason: pick(state.failed) })}</p>}
        {groups.length > 0 && (
          <section className="request-problems" aria-labelledby="request-problems-title">
            <h3 id="request-problems-title" className="request-problems__title">
              {t('request.problems')}
            </h3>
            {groups.map((group) => (
              <div key={`${group.id ?? '-'}-${group.index ?? '-'}`} className="request-problems__row" data-testid="request-problem-row" data-id={group.id ?? ''}>
                <h4 className="request-problems__name">{group.id === null ? t('request.wholeRequest') : rowName(group)}</h4>
                <RequestFindingList findings={group.problems.map((problem) => problem.finding)} />
              </div>
            ))}
          </section>
        )}
        {refused && (
          <div className="error-text request-outcome__refused" data-testid="request-refused">
            <p>{t('request.refused')}</p>
            {onDeselect && errorRows.length > 0 && (
              <>
                <p>{t('request.deselectThese')}</p>
                <ul className="request-outcome__list">
                  {errorRows.map((group) => (
                    <li key={group.index}>{rowName(group)}</li>
                  ))}
                </ul>
              </>
            )}
            {(!onDeselect || errorRows.length < withError.length) && <p>{fixText}</p>}
          </div>
        )}
        {built && !refused && built.files.length > 0 && (
          <div className="request-outcome__ready">
            <p>{t('request.ready', { count: built.files.reduce((sum, file) => sum + file.rows, 0), files: built.files.length })}</p>
            <ul className="request-outcome__list mono">
              {built.files.map((file) => (
                <li key={file.name}>{escapeInvisible(file.name)}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <div className="confirm-dialog__actions">
        {refused && onDeselect && deselectable.length > 0 && (
          <button type="button" className="button" onClick={() => onDeselect(deselectable)}>
            {t('request.deselect', { count: deselectable.length })}
          </button>
        )}
        {built && !refused && (
          <button type="button" className="button button--primary" disabled={!canSave || saving} onClick={() => onSave(built.files)} data-testid="request-save">
            {t('request.save')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('request.cancel')}
        </button>
      </div>
    </>
  );
}
