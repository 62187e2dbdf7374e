import { useState } from 'react';
import type { Notice } from './ui.tsx';

/**
 * Which entry of a section's list is open in its form (null item: a new one), and the notice about the last
 * thing done there. Opening a form clears the notice, so the screen never shows news about an older action.
 */
export function useEditing<T>() {
  const [editing, setEditing] = useState<{ item: T | null } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  return {
    editing,
    notice,
    setNotice,
    open: (item: T | null) => {
      setNotice(null);
      setEditing({ item });
    },
    close: () => setEditing(null),
    /** The form saved: close it and say so. */
    saved: (text: string) => {
      setEditing(null);
      setNotice({ ok: true, text });
    },
  };
}
