import { useI18n } from '../../i18n/i18n';
import type { ChainLinkView } from '../../workers/list-protocol';

const ROLE_KEY = { leaf: 'details.chainLeaf', intermediate: 'details.chainIntermediate', root: 'details.chainRoot' } as const;

/** The chain from the server certificate up to the root, one box per link with its status. */
export function ChainView({ chain }: { chain: readonly ChainLinkView[] | null }) {
  const { t, pick } = useI18n();
  if (!chain || chain.length === 0) return <p className="muted">{t('details.chainMissing')}</p>;
  return (
    <ol className="chain">
      {chain.map((link, i) => (
        <li key={i} className={`chain__link chain__link--${link.status}`}>
          <span className="chain__role">{t(ROLE_KEY[link.role])}</span>
          <span className="chain__subject">{link.subject}</span>
          {link.note && <span className="chain__note">{pick(link.note)}</span>}
        </li>
      ))}
    </ol>
  );
}
