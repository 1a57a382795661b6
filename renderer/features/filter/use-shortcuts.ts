import { useEffect } from 'react';

/** True when the key event's target takes text (typing "/" there must type a slash). */
function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type));
}

/** Whether a keydown asks to focus the filter: "/" outside a text box, or Ctrl+F (Cmd+F on a Mac). */
export function isFocusFilterKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !isTextTarget(event.target);
}

/** Focuses the filter on "/" and Ctrl+F / Cmd+F anywhere in the window. */
export function useShortcuts(focusFilter: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isFocusFilterKey(event)) return;
      event.preventDefault();
      focusFilter();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusFilter]);
}
