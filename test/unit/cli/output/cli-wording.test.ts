import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkChain } from '../../../../shared/diagnostics/chain-findings';
import { matchKey } from '../../../../shared/diagnostics/key-match';
import type { Finding } from '../../../../shared/model/finding';
import { forCommandLine } from '../../../../cli/output/cli-wording';
import { fixturePath } from '../../../support/manifest';

const finding = (code: string, advice?: { ja: string; en: string }): Finding => ({ code, severity: 'error', message: { ja: 'm', en: 'm' }, ...(advice ? { advice } : {}) });

describe('forCommandLine', () => {
  const cases: { name: string; input: Finding; want: { ja: string; en: string } | undefined }[] = [
    {
      name: 'turns the desktop "Add CA file" step into --ca',
      input: finding('crl-issuer-unknown', { ja: 'その CA の証明書を「CA ファイルを追加」で読み込んでから、もう一度確かめてください。', en: 'Load that CA certificate with "Add CA file" and check again.' }),
      want: { ja: 'その CA の証明書を --ca で指定してから、もう一度確かめてください。', en: 'Pass that CA certificate with --ca and check again.' },
    },
    {
      name: 'leaves advice without a desktop step unchanged',
      input: finding('expired', { ja: '更新してください。', en: 'Renew it.' }),
      want: { ja: '更新してください。', en: 'Renew it.' },
    },
    { name: 'leaves a finding without advice without advice', input: finding('valid'), want: undefined },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(forCommandLine(input).advice).toEqual(want));

  it('points key-passphrase-required at --passphrase-env and away from the command line', async () => {
    const encrypted = new TextEncoder().encode('-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIBvTBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQI\n-----END ENCRYPTED PRIVATE KEY-----\n');
    const result = await matchKey(new Uint8Array(0), { name: 'k.pem', bytes: encrypted });
    expect(result.finding.code).toBe('key-passphrase-required');
    const advice = forCommandLine(result.finding).advice!;
    expect(advice.en).toContain('--passphrase-env');
    expect(advice.ja).toContain('--passphrase-env');
  });

  it('rewrites every "Add CA file" of a real incomplete-chain finding in both languages', async () => {
    const leaf = new Uint8Array(readFileSync(fixturePath('certs/leaf-www-2025.der')));
    const [incomplete] = (await checkChain(leaf, { now: Date.parse('2026-11-01T00:00:00+09:00') })).findings;
    expect(incomplete?.code).toBe('incomplete-chain');
    expect(incomplete?.advice?.ja).toContain('CA ファイルを追加');
    const advice = forCommandLine(incomplete!).advice!;
    expect(advice.ja).not.toContain('CA ファイルを追加');
    expect(advice.en).not.toContain('Add CA file');
    expect(advice.ja).toContain('--ca');
    expect(advice.en).toContain('--ca');
  });
});
