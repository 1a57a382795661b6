import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChain } from '../../../../shared/diagnostics/chain-findings';
import { matchKey } from '../../../../shared/diagnostics/key-match';
import type { Finding, FindingAction, FindingCode } from '../../../../shared/model/finding';
import { forCommandLine } from '../../../../cli/output/command-line-advice';
import { fixturePath } from '../../../support/manifest';

const finding = (code: FindingCode, advice?: { ja: string; en: string }, action?: FindingAction): Finding => ({
  code,
  severity: 'error',
  message: { ja: 'm', en: 'm' },
  ...(advice ? { advice } : {}),
  ...(action ? { action } : {}),
});

describe('forCommandLine', () => {
  it('words the add-ca-file step as --ca after the shared advice', () => {
    const advice = forCommandLine(finding('crl-issuer-unknown', { ja: 'その CA の証明書を読み込んでから、もう一度確かめてください。', en: 'Load that CA certificate and check again.' }, 'add-ca-file')).advice!;
    expect(advice.ja).toMatch(/^その CA の証明書を読み込んでから、もう一度確かめてください。.*--ca/);
    expect(advice.en).toMatch(/^Load that CA certificate and check again\. .*--ca/);
  });

  it('leaves a finding without a step as it is', () => {
    const input = finding('expired', { ja: '更新してください。', en: 'Renew it.' });
    expect(forCommandLine(input)).toBe(input);
    expect(forCommandLine(finding('valid')).advice).toBeUndefined();
  });

  it('points key-passphrase-required at --passphrase-env and away from the command line', async () => {
    const encrypted = new TextEncoder().encode('-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIBvTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI\n-----END ENCRYPTED PRIVATE KEY-----\n');
    const result = await matchKey(new Uint8Array(0), { name: 'k.pem', bytes: encrypted });
    expect(result.finding).toMatchObject({ code: 'key-passphrase-required', action: 'enter-passphrase' });
    const advice = forCommandLine(result.finding).advice!;
    expect(advice.en).toContain('--passphrase-env');
    expect(advice.ja).toContain('--passphrase-env');
  });

  it('gives a real incomplete-chain finding the --ca step, where the shared advice names no control', async () => {
    const leaf = new Uint8Array(readFileSync(fixturePath('certs/leaf-www-2025.der')));
    const [incomplete] = (await checkChain(leaf, { now: Date.parse('2026-11-01T00:00:00+09:00') })).findings;
    expect(incomplete).toMatchObject({ code: 'incomplete-chain', action: 'add-ca-file' });
    for (const text of [incomplete!.advice!.ja, incomplete!.advice!.en]) expect(text).not.toMatch(/CA ファイルを追加|Add CA file|--ca/);
    const advice = forCommandLine(incomplete!).advice!;
    expect(advice.ja).toContain('--ca');
    expect(advice.en).toContain('--ca');
  });
});
