import { useEffect, useRef } from 'react';
import { version } from '../../../package.json';
import { useI18n } from '../../i18n/i18n';

/** The app version shown in the About panel (from package.json, inlined by the bundler). */
export const APP_VERSION: string = version;

/**
 * ヘルプ / このアプリについて: the app's name and version and the one promise that matters to its users —
 * it makes no network connection and sends no data anywhere. Focus moves to it when it opens.
 */
export function AboutPanel({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice about" role="dialog" aria-modal="false" aria-labelledby="about-heading" data-testid="about">
      <div>
        <h2 id="about-heading" className="about__heading" tabIndex={-1} ref={heading}>
          {t('about.heading')}
        </h2>
        <p>
          {t('app.title')} {t('about.version', { version: APP_VERSION })}
        </p>
        <p data-testid="about-network">{t('about.noNetwork')}</p>
      </div>
      <button type="button" className="button button--small button--quiet" onClick={onClose}>
        {t('about.close')}
      </button>
    </section>
  );
}
