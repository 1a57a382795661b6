import { describe, expect, it } from 'vitest';
import { chainExportName } from '../../../../cli/commands/export-chain';

describe('chainExportName', () => {
  const cases: { name: string; input: [string, 'chain' | 'fullchain' | 'p7b']; want: string }[] = [
    { name: 'puts .chain before .crt', input: ['www.example.ac.jp.crt', 'chain'], want: 'www.example.ac.jp.chain.crt' },
    { name: 'puts .fullchain before .crt', input: ['www.example.ac.jp.crt', 'fullchain'], want: 'www.example.ac.jp.fullchain.crt' },
    { name: 'replaces the extension with .p7b', input: ['www.example.ac.jp.crt', 'p7b'], want: 'www.example.ac.jp.p7b' },
    { name: 'names chain files .crt beside a DER .cer', input: ['mail.example.ac.jp.cer', 'chain'], want: 'mail.example.ac.jp.chain.crt' },
    { name: 'keeps the wildcard. prefix of a wildcard name', input: ['wildcard.lab.example.ac.jp.crt', 'fullchain'], want: 'wildcard.lab.example.ac.jp.fullchain.crt' },
    { name: 'keeps a sanitised traversal name one harmless segment', input: ['_._._tmp_x.crt', 'chain'], want: '_._._tmp_x.chain.crt' },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(chainExportName(...input)).toBe(want));
});
