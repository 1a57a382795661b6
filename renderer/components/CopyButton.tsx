import { useState } from 'react';
import { copyText } from '../host/clipboard';
import { useI18n } from '../i18n/i18n';

/** A small button that copies `text` and says so for a moment; `what` names it for screen readers. */
export function CopyButton({ text, what }: { text: string; what: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={t('details.copyLabel', { what })}
      onClick={() => void copyText(text).then((ok) => setState(ok ? 'copied' : 'failed'))}
      onBlur={() => setState('idle')}
    >
      {state === 'copied' ? t('details.copied') : state === 'failed' ? t('details.copyFailed') : t('details.copy')}
    </button>
  );
}
