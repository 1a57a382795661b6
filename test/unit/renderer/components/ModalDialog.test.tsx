// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ModalDialog, tabStops } from '../../../../renderer/components/ModalDialog';

afterEach(cleanup);

describe('ModalDialog tab stops', () => {
  it('are every enabled control in order, and of a radio group only the checked radio (or the first)', () => {
    render(
      <ModalDialog labelledBy="t" describedBy="d" testId="dialog" onCancel={() => undefined}>
        <h2 id="t">Title</h2>
        <p id="d">Text</p>
        <div role="region" aria-label="rows" tabIndex={0} data-testid="rows" />
        <input type="radio" name="reason" value="0" aria-label="r0" readOnly />
        <input type="radio" name="reason" value="5" aria-label="r5" checked readOnly />
        <input type="radio" name="other" value="a" aria-label="oa" readOnly />
        <input type="radio" name="other" value="b" aria-label="ob" readOnly />
        <input aria-label="comment" />
        <input type="checkbox" aria-label="confirm" />
        <button type="button" disabled>
          disabled
        </button>
        <div hidden>
          <button type="button">hidden</button>
        </div>
        <button type="button">save</button>
        <button type="button" tabIndex={-1}>
          skipped
        </button>
      </ModalDialog>,
    );
    const names = tabStops(screen.getByTestId('dialog')).map((element) => element.getAttribute('aria-label') ?? element.textContent);
    expect(names).toEqual(['rows', 'r5', 'oa', 'comment', 'confirm', 'save']);
  });
});
