import { useEffect, useRef, useState } from 'react';
import type { OpenedFile } from '../../../shared/ipc/contract';
import { useServices } from '../../app/services';
import { failureText } from '../../app/failure-text';
import { useI18n } from '../../i18n/i18n';
import type { CrlCheckView } from '../../../shared/use-cases/views';
import { FileDropTarget } from './FileDropTarget';
import { FindingsList } from './FindingsList';

/** What the CRL section shows: nothing yet, a check running, the verdict, or a failure. */
type CrlState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'checking' }
  | { readonly phase: 'done'; readonly view: CrlCheckView }
  | { readonly phase: 'failed'; readonly message: string };

/**
 * 「CRL で失効を確認」: checks the certificate against a CRL the user opens or drops (verified in the
 * worker against the bundled CAs and the CA files added in the chain section). A CRL the worker accepted
 * stays for the session, so on mount this asks what the kept CRLs say about this certificate.
 */
export function CrlCheck({ certificateDer }: { certificateDer: Uint8Array }) {
  const { t, pick } = useI18n();
  const { worker } = useServices();
  const [state, setState] = useState<CrlState>({ phase: 'idle' });
  const generation = useRef(0);

  const follow = (pending: Promise<CrlCheckView | null>, showChecking: boolean): void => {
    const mine = ++generation.current;
    if (showChecking) setState({ phase: 'checking' });
    pending.then(
      (view) => {
        if (mine === generation.current) setState(view ? { phase: 'done', view } : { phase: 'idle' });
      },
      (error: unknown) => {
        if (mine === generation.current) setState({ phase: 'failed', message: pick(failureText(error)) });
      },
    );
  };

  useEffect(() => {
    follow(worker.call('checkCrl', { certificateDer, crl: null, now: Date.now() }), false);
    return () => {
      generation.current++;
    };
    // Asked once per certificate; a CRL loaded here later replaces this answer through `follow`.
  }, [worker, certificateDer]);

  const takeFile = (file: OpenedFile): void => follow(worker.call('checkCrl', { certificateDer, crl: file, now: Date.now() }), true);

  return (
    <div className="crl-check">
      <FileDropTarget
        kind="crl"
        testId="crl-drop"
        hint={t('details.crlCheckHint')}
        buttonText={t('details.crlChoose')}
        buttonLabel={t('details.crlChooseLabel')}
        disabled={state.phase === 'checking'}
        onFile={takeFile}
        onError={(message) => setState({ phase: 'failed', message })}
      />
      <div aria-live="polite" data-testid="crl-result" data-phase={state.phase}>
        {state.phase === 'checking' && <p className="muted">{t('details.crlChecking')}</p>}
        {state.phase === 'failed' && <p className="error-text">{state.message}</p>}
        {state.phase === 'done' && (
          <>
            <p className="muted">{t('details.crlUsed', { names: state.view.crlNames.join(', ') })}</p>
            <FindingsList findings={state.view.findings} />
          </>
        )}
      </div>
    </div>
  );
}
