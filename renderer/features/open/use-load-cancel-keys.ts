import { useEffect, useRef, type RefObject } from 'react';

/** True for a field that owns Escape itself (clearing a filter), where it must not stop a load. */
function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
}

/**
 * The keyboard side of a load's Cancel button: it takes the focus when shown, and Escape cancels the
 * load (before anything behind sees the key) unless typed in a text field — a person searching the
 * rows already read clears the filter with Escape, and must not lose the load by it.
 */
export function useLoadCancelKeys(cancelButton: RefObject<HTMLButtonElement | null>, onCancel: () => void): void {
  const onCancelRef = useRef(onCancel);
  onCancelRef.current = onCancel;
  useEffect(() => {
    cancelButton.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || isTextField(event.target)) return;
      event.preventDefault();
      event.stopPropagation();
      onCancelRef.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [cancelButton]);
}
