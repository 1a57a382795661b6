import { beforeAll, describe, expect, it } from 'vitest';
import { CrlSession } from '../../../../shared/use-cases/crl-session';
import { hexBytes, makeTestCrl } from '../../../support/crl-factory';
import { makeChain, type Issued } from '../diagnostics/make-pki';

const NOW = Date.UTC(2025, 5, 2);
let pki: { root: Issued; intermediate: Issued; leaf: Issued };

beforeAll(async () => {
  pki = await makeChain('ec-p256', {}, 'Desk');
});

describe('CrlSession over the certificate\'s path', () => {
  it('shows the intermediate revoked by the root CRL in the leaf\'s CRL section, and keeps both CRLs', async () => {
    const session = new CrlSession();
    const cas = [pki.root.der, pki.intermediate.der];
    const rootCrl = { name: 'root.crl', bytes: await makeTestCrl({ issuer: pki.root, entries: [{ serial: hexBytes(pki.intermediate.cert.serialNumber), reason: 1 }] }) };
    const intermediateCrl = { name: 'int.crl', bytes: await makeTestCrl({ issuer: pki.intermediate }) };
    const first = await session.load(intermediateCrl, pki.leaf.der, cas, NOW);
    expect(first.findings.map((finding) => finding.code)).toEqual(['revocation-not-checked', 'not-revoked-by-crl']);
    const second = await session.load(rootCrl, pki.leaf.der, cas, NOW);
    expect(second).toMatchObject({ accepted: true, crlNames: ['int.crl', 'root.crl'] });
    expect(second.findings.map((finding) => finding.code)).toEqual(['revoked-by-crl', 'not-revoked-by-crl']);
    expect(second.findings[0]!.message.ja).toContain('中間 CA 証明書「Desk Intermediate CA」');
    expect(second.findings[0]!.message.ja).toContain('鍵の危殆化');
    const later = await session.status(pki.leaf.der, cas, NOW);
    expect(later?.findings.map((finding) => finding.code)).toEqual(['revoked-by-crl', 'not-revoked-by-crl']);
  });
});
