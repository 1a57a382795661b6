// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Highlighted } from '../../../../renderer/components/Highlighted';

afterEach(cleanup);

describe('Highlighted', () => {
  it.each([
    { name: 'marks one match', input: { value: 'www.example.ac.jp', ranges: [{ start: 0, end: 3 }] }, want: ['www'] },
    { name: 'marks two separate matches', input: { value: 'a.example.ac.jp', ranges: [{ start: 2, end: 9 }, { start: 13, end: 15 }] }, want: ['example', 'jp'] },
    { name: 'marks nothing without ranges', input: { value: 'www.example.ac.jp', ranges: [] }, want: [] },
  ])('$name', ({ input, want }) => {
    const { container } = render(<Highlighted value={input.value} ranges={input.ranges} />);
    expect(Array.from(container.querySelectorAll('mark'), (mark) => mark.textContent)).toEqual(want);
    expect(container.textContent).toBe(input.value);
  });
});
