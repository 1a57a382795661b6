import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './modal-dialog.css';

const FOCUSABLE = 'button, input, select, textarea, a[href], [tabindex]';

/**
 * The controls Tab stops at inside the dialog, in order: enabled, not hidden, not taken out of the
 * tab order, and of each group of radio buttons only the one Tab lands on (the checked one, or the first when none is).
 */
export function tabStops(dialog: HTMLElement): HTMLElement[] {
  const candidates = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) =>
      !(element as HTMLButtonElement).disabled && element.getAttribute('tabindex') !== '-1' && element.closest('[hidden]') === null && (element as HTMLInputElement).type !== 'hidden',
  );
  return candidates.filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio' || element.name === '') return true;
    const group = candidates.filter((other): other is HTMLInputElement => other instanceof HTMLInputElement && other.type === 'radio' && other.name === element.name);
    return element === (group.find((radio) => radio.checked) ?? group[0]);
  });
}

/** Wraps Tab and Shift+Tab around the dialog's controls: a modal <dialog> alone lets focus leave for the browser's own controls. */
function keepFocusInside(dialog: HTMLElement, event: KeyboardEvent<HTMLElement>): void {
  const stops = tabStops(dialog);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  const active = dialog.ownerDocument.activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

interface ModalDialogProps {
  /** The id of the dialog's heading (its accessible name). */
  readonly labelledBy: string;
  /** The id of the text that says what is asked. */
  readonly describedBy: string;
  readonly testId: string;
  readonly onCancel: () => void;
  readonly children: ReactNode;
}

/**
 * A question the person answers before anything else: a modal <dialog> (showModal) so the page
 * behind is inert, focus wraps around its buttons, and Escape cancels (and goes no further, so the
 * list does not also close the details).
 */
export function ModalDialog({ labelledBy, describedBy, testId, onCancel, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
        if (event.key === 'Tab') keepFocusInside(event.currentTarget, event);
      }}
    >
      {children}
    </dialog>
  );
}
