import { displayWidth, padEndWidth, printable } from './text-width';

/**
 * "label  value" lines with the values aligned by terminal width; a multi-line value continues on
 * indented lines. Labels and values are made printable (no control characters reach the terminal).
 */
export function renderKeyValues(entries: readonly (readonly [string, string])[], indent = ''): string {
  const width = Math.max(0, ...entries.map(([label]) => displayWidth(label)));
  const pad = ' '.repeat(width + 2);
  return entries
    .map(([label, value]) => {
      const lines = value.split(/\r\n|\r|\n/).map(printable);
      return `${indent}${padEndWidth(printable(label), width)}  ${lines.join(`\n${indent}${pad}`)}`.trimEnd();
    })
    .join('\n')
    .concat('\n');
}
