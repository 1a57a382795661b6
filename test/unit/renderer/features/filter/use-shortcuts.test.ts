// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { isFocusFilterKey } from '../../../../../renderer/features/filter/use-shortcuts';

const input = () => Object.assign(document.createElement('input'), { type: 'text' });
const checkbox = () => Object.assign(document.createElement('input'), { type: 'checkbox' });
const key = (key: string, target: EventTarget | null, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key,
  target,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isFocusFilterKey', () => {
  it.each([
    { name: '"/" on the page focuses the filter', input: key('/', document.body), want: true },
    { name: '"/" on a checkbox focuses the filter', input: key('/', checkbox()), want: true },
    { name: '"/" typed in a text box stays a slash', input: key('/', input()), want: false },
    { name: 'Ctrl+F focuses the filter even in a text box', input: key('f', input(), { ctrlKey: true }), want: true },
    { name: 'Cmd+F (Mac) focuses the filter', input: key('F', document.body, { metaKey: true }), want: true },
    { name: 'a plain "f" does not', input: key('f', document.body), want: false },
    { name: 'Alt+F (a menu key) does not', input: key('f', document.body, { altKey: true, ctrlKey: true }), want: false },
  ])('$name', ({ input: event, want }) => {
    expect(isFocusFilterKey(event)).toBe(want);
  });
});
