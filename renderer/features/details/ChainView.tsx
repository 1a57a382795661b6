import { escapeInvisible } from '../../../shared/encoding/invisible-characters';
import { useI18n } from '../../i18n/i18n';
import { CHAIN_LINK_STATUS } from '../../../shared/diagnostics/chain-link-status';
import type { ChainLink } from '../../../shared/pki/chain/build-chain-path';
import { readableDn } from '../../../shared/pki/certificate/readable-dn';

const ROLE_KEY = { leaf: 'details.chainLeaf', intermediate: 'details.chainIntermediate', root: 'details.chainRoot' } as const;

/** The chain from the server certificate up to the root, one box per link with its status. */
export function ChainView({ chain }: { chain: readonly ChainLink[] | null }) {
  const { t, pick } = useI18n();
  if (!chain || chain.length === 0) return <p className="muted">{t('details.chainMissing')}</p>;
  return (
    <ol className="chain">
      {chain.map((link, i) => {
        const status = CHAIN_LINK_STATUS[link.status];
        return (
          <li key={i} className={`chain__link chain__link--${status.severity}`}>
            <span className="chain__role">{t(ROLE_KEY[link.role])}</span>
            <span className="chain__subject">{escapeInvisible(link.summary.commonName ?? readableDn(link.summary.subjectDn))}</span>
            {status.label && <span className="chain__note">{pick(status.label)}</span>}
          </li>
        );
      })}
    </ol>
  );
}
