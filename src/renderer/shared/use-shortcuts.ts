import { useLayoutEffect, useRef } from 'react';

/** Whether a key press belongs to a text field (typing), not to the till's shortcuts. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  return (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit'].includes(target.type))
  );
}

/**
 * A screen's keyboard shortcuts. The handler returns true when it used the key. Keys are ignored while a
 * dialog is open (the dialog has its own) and when something else already handled them (a scan).
 */
export function useShortcuts(handler: (event: KeyboardEvent) => boolean, enabled = true): void {
  const latest = useRef(handler);
  // Layout effects, not passive ones: the listener is in place in the same commit that shows the screen, and
  // the one of the screen before is gone with it. A passive effect runs later (after the browser painted, later
  // still on a busy till), and a key pressed in between went to nobody, or to the screen that had just left.
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (latest.current(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
