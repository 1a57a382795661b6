import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeInvisible, hasInvisibleCharacters, invisibleCharacterLabels, stringifyJsonEscaped } from '../../../../shared/encoding/invisible-characters';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';
import { INVISIBLE_CLASSES } from '../../../support/invisible-characters';


const hex = (char: string) => char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');

describe('escapeInvisible', () => {
  it.each(INVISIBLE_CLASSES)('writes $name as a visible ⟨U+XXXX⟩ escape', ({ char }) => {
    const shown = escapeInvisible(`a${char}b`);
    expect(shown).toBe(`a⟨U+${hex(char)}⟩b`);
    expect(hasInvisibleCharacters(shown)).toBe(false);
  });

  it('shows a right-to-left override in a host name for what it is', () => {
    expect(escapeInvisible('www.\u202etrc.exe')).toBe('www.⟨U+202E⟩trc.exe');
  });

  it.each([
    { name: 'leaves Japanese text alone', input: '国立情報学研究所 本部', want: '国立情報学研究所 本部' },
    { name: 'leaves full-width and ideographic spaces alone (they are visible gaps)', input: 'a\u3000b', want: 'a\u3000b' },
    { name: 'leaves emoji and U+FFFD alone', input: '🔑\ufffd', want: '🔑\ufffd' },
  ])('$name', ({ input, want }) => expect(escapeInvisible(input)).toBe(want));

  it('keeps line breaks when asked, escaping every other control', () => {
    expect(escapeInvisible('a\r\nb\u202ec\nd\te', { keepLineBreaks: true })).toBe('a\nb⟨U+202E⟩c\nd⟨U+0009⟩e');
  });

  it('never leaves an invisible character in random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (input) => {
        expect(hasInvisibleCharacters(escapeInvisible(input))).toBe(false);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('invisibleCharacterLabels', () => {
  it('names each distinct character once, in order', () => {
    expect(invisibleCharacterLabels('a\u202eb\u200bc\u202e')).toEqual(['U+202E', 'U+200B']);
  });
});

describe('stringifyJsonEscaped', () => {
  it.each(INVISIBLE_CLASSES)('round-trips $name as a \\u escape', ({ char }) => {
    const json = stringifyJsonEscaped({ fqdn: `www.${char}example.jp` });
    // The only raw control left is the LF of the indentation, outside strings.
    expect(hasInvisibleCharacters(json.replaceAll('\n', ''))).toBe(false);
    expect(JSON.parse(json)).toEqual({ fqdn: `www.${char}example.jp` });
  });

  it('writes every class beyond C0 as \\uXXXX (C0 keeps JSON.stringify\'s own escapes)', () => {
    const json = stringifyJsonEscaped(['\u007f\u009b\u2028\u2029\u202e\u2066\u200e\u061c']);
    expect(json).toBe('[\n  "\\u007f\\u009b\\u2028\\u2029\\u202e\\u2066\\u200e\\u061c"\n]');
  });

  it('keeps the indentation and leaves the parsed value unchanged on random input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary', maxLength: 40 }), (value, text) => {
        const input = { value, text };
        const json = stringifyJsonEscaped(input);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(input)));
        // The only raw control left is the LF of the indentation, outside strings.
        expect(hasInvisibleCharacters(json.replaceAll('\n', ''))).toBe(false);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
