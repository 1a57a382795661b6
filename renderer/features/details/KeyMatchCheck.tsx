import { useEffect, useId, useRef, useState } from 'react';
import type { OpenedFile } from '../../../shared/ipc/contract';
import type { Finding } from '../../../shared/model/finding';
import { useServices } from '../../app/services';
import { failureText } from '../../app/failure-text';
import { useI18n } from '../../i18n/i18n';
import type { KeyMatchResult } from '../../../shared/diagnostics/key-match';
import { FieldList } from './FieldList';
import { FileDropTarget } from './FileDropTarget';
import { FindingsList } from './FindingsList';
import { KeyMatchSession, type KeyMatchOutcome, type KeyMatchRunner } from './key-match-session';

/** What the section shows: no file yet, a comparison running, or the last outcome (never any key bytes). */
type KeyCheckState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'checking'; readonly fileName: string }
  | { readonly phase: 'done'; readonly fileName: string; readonly view: KeyMatchResult; readonly needsPassphrase: boolean }
  | { readonly phase: 'failed'; readonly message: string };

/** The worker call that compares `certificateDer` with a key copy, transferring the copy's buffer away from this thread. */
export function workerKeyMatchRunner(call: ReturnType<typeof useServices>['worker']['call'], certificateDer: Uint8Array): KeyMatchRunner {
  return (key, passphrase) => call('matchKey', { certificateDer, key, passphrase }, {}, [key.bytes.buffer]);
}

/** The 一致 / 不一致 badge of a verdict, or nothing when the file could not be compared. */
function Verdict({ view }: { view: KeyMatchResult }) {
  const { t } = useI18n();
  if (view.status === 'unreadable') return null;
  const matched = view.status === 'match';
  return (
    <span className={`badge ${matched ? 'badge--valid' : 'badge--revoked'}`} data-testid="key-verdict" data-status={view.status}>
      {t(matched ? 'details.keyMatch' : 'details.keyMismatch')}
    </span>
  );
}

/**
 * 「秘密鍵・CSR と照合」: compares the certificate with a private key or CSR in the worker. The key bytes
 * live only in a KeyMatchSession (a ref, never state) while a passphrase may be asked for, and are zeroed
 * when the verdict is in, another file is chosen, or the section unmounts.
 */
export function KeyMatchCheck({ certificateDer, runner }: { certificateDer: Uint8Array; runner?: KeyMatchRunner }) {
  const { t, pick } = useI18n();
  const { worker } = useServices();
  const passphraseId = useId();
  const [state, setState] = useState<KeyCheckState>({ phase: 'idle' });
  const sessionRef = useRef<KeyMatchSession | null>(null);
  const generation = useRef(0);
  const run = runner ?? workerKeyMatchRunner(worker.call.bind(worker), certificateDer);
  const runRef = useRef(run);
  runRef.current = run;

  useEffect(() => {
    const session = new KeyMatchSession((key, passphrase) => runRef.current(key, passphrase));
    sessionRef.current = session;
    return () => {
      generation.current++;
      session.close();
    };
  }, []);

  const follow = (fileName: string, pending: Promise<KeyMatchOutcome>): void => {
    const mine = ++generation.current;
    setState({ phase: 'checking', fileName });
    pending.then(
      (outcome) => {
        if (mine === generation.current) setState({ phase: 'done', ...outcome });
      },
      (error: unknown) => {
        if (mine === generation.current) setState({ phase: 'failed', message: pick(failureText(error)) });
      },
    );
  };
  const takeFile = (file: OpenedFile): void => {
    const session = sessionRef.current;
    if (!session) {
      file.bytes.fill(0);
      return;
    }
    follow(file.name, session.check(file));
  };
  const findings: Finding[] = state.phase === 'done' ? [state.view.finding] : [];

  return (
    <div className="key-check">
      <FileDropTarget
        kind="private-key"
        testId="key-drop"
        hint={t('details.keyCheckHint')}
        buttonText={t('details.keyChoose')}
        buttonLabel={t('details.keyChooseLabel')}
        disabled={state.phase === 'checking'}
        onFile={takeFile}
        onError={(message) => setState({ phase: 'failed', message })}
      />
      <div aria-live="polite" data-testid="key-result" data-phase={state.phase} data-code={state.phase === 'done' ? state.view.finding.code : undefined}>
        {state.phase === 'checking' && <p className="muted">{t('details.keyChecking')}</p>}
        {state.phase === 'failed' && <p className="error-text">{state.message}</p>}
        {state.phase === 'done' && (
          <>
            <p>
              <Verdict view={state.view} /> <span className="muted">{t('details.keyFile', { name: state.fileName })}</span>
            </p>
            <FindingsList findings={findings} />
            <FieldList
              fields={[
                { label: t('details.keyCertificateSpki'), value: state.view.certificateSpkiSha256, mono: true },
                { label: t('details.keyFileSpki'), value: state.view.keySpkiSha256, mono: true },
              ]}
            />
          </>
        )}
      </div>
      {state.phase === 'done' && state.needsPassphrase && (
        <form
          className="host-check__row"
          onSubmit={(event) => {
            event.preventDefault();
            const input = event.currentTarget.elements.namedItem('passphrase') as HTMLInputElement;
            const passphrase = input.value;
            // The passphrase is not kept: the field is cleared once it has been sent.
            input.value = '';
            const pending = sessionRef.current?.retry(passphrase);
            if (pending) follow(state.fileName, pending);
          }}
        >
          <label htmlFor={passphraseId}>{t('details.keyPassphrase')}</label>
          <input id={passphraseId} name="passphrase" className="input" type="password" autoComplete="off" spellCheck={false} data-testid="key-passphrase" />
          <button type="submit" className="button">
            {t('details.keyPassphraseSubmit')}
          </button>
        </form>
      )}
    </div>
  );
}
