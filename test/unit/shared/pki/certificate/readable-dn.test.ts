import { describe, expect, it } from 'vitest';
import { escapeDnValue } from '../../../../../shared/pki/certificate/distinguished-name';
import { readableDn } from '../../../../../shared/pki/certificate/readable-dn';

describe('readableDn: a DN as people read it', () => {
  const cases: { name: string; input: string; want: string }[] = [
    { name: 'an escaped comma in a company name is shown as a comma', input: 'CN=www.example.co.jp, O=EXAMPLE CO.\\,LTD., C=JP', want: 'CN=www.example.co.jp, O=EXAMPLE CO.,LTD., C=JP' },
    { name: 'an escaped backslash is one backslash', input: 'O=A\\\\B', want: 'O=A\\B' },
    { name: 'escaped plus, quotes and angle brackets lose their backslash', input: 'O=\\"A\\+B\\" \\<x\\>\\;', want: 'O="A+B" <x>;' },
    { name: 'a leading space or # and a trailing space lose their backslash', input: 'OU=\\ x\\ , O=\\#1', want: 'OU= x , O=#1' },
    { name: 'a hex escape is the character it names', input: 'O=a\\0Ab', want: 'O=a\nb' },
    { name: 'a "#hex" value of a non-string type stays as it is', input: '2.5.4.45=#030100', want: '2.5.4.45=#030100' },
    { name: 'a DN without escapes is unchanged', input: 'CN=www.example.ac.jp, O=Example University, C=JP', want: 'CN=www.example.ac.jp, O=Example University, C=JP' },
    { name: 'Japanese values are unchanged', input: 'O=国立大学法人\\,東京', want: 'O=国立大学法人,東京' },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(readableDn(input)).toBe(want);
  });

  it.each(['EXAMPLE CO.,LTD.', 'a\\b', ' lead', '#x', 'trail ', 'q"+<>;', 'tab\there'])('undoes escapeDnValue for %j', (value) => {
    expect(readableDn(`O=${escapeDnValue(value)}`)).toBe(`O=${value}`);
  });
});
