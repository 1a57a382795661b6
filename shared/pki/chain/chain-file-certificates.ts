import type { ChainLink, ChainPath } from './build-chain-path';

/** The chain files the app writes: intermediates only, leaf + intermediates, or PKCS#7. */
export type ChainFileKind = 'chain' | 'fullchain' | 'p7b';

const linksOf = (chain: ChainPath | readonly ChainLink[]): readonly ChainLink[] => ('links' in chain ? chain.links : chain);

/**
 * The certificates a chain file of `kind` holds, in order: `chain` → the intermediates, leaf-nearest
 * first (Apache's SSLCertificateChainFile); `fullchain` and `p7b` → the leaf, then the intermediates.
 * Roots are never included: clients hold them already (RFC 8446 §4.4.2 lets servers omit them).
 */
export function chainFileCertificates(chain: ChainPath | readonly ChainLink[], kind: ChainFileKind): Uint8Array[] {
  const links = linksOf(chain);
  const intermediates = links.filter((link) => link.role === 'intermediate').map((link) => link.der);
  const leaf = links.find((link) => link.role === 'leaf');
  return kind === 'chain' ? intermediates : [...(leaf ? [leaf.der] : []), ...intermediates];
}

