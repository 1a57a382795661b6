import { describe, expect, it } from 'vitest';
import { checkChain } from '../../../../shared/diagnostics/chain-findings';
import { issue } from './make-pki';

describe('names in chain findings read as written', () => {
  it('names a missing issuer whose organisation holds a comma without the RFC 4514 backslash', async () => {
    const ca = await issue({ subject: 'CN=Comma Test CA, O=EXAMPLE CO.\\,LTD., C=JP', isCa: true, kind: 'ec-p256' });
    const leaf = await issue({ subject: 'CN=www.example.ac.jp, C=JP', issuer: ca, dnsNames: ['www.example.ac.jp'] });
    const chain = await checkChain(leaf.der, { now: Date.UTC(2026, 0, 1) });
    const missing = chain.findings.find((finding) => finding.code === 'incomplete-chain');
    expect(missing?.message.ja).toContain('O=EXAMPLE CO.,LTD.');
    expect(missing?.message.ja).not.toContain('\\');
    expect(missing?.message.en).not.toContain('\\');
  });
});
