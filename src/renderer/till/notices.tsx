import { useCallback, useEffect, useRef, useState } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import { CloseIcon } from '../shared/icons.tsx';

export type NoticeTone = 'info' | 'success' | 'error';

export interface Notice {
  id: number;
  tone: NoticeTone;
  text: string;
}

/** How long a message stays: long enough to read twice, short enough not to pile up during a rush. */
const noticeLifetimeMs: Record<NoticeTone, number> = { info: 5_000, success: 4_000, error: 9_000 };
const maxNotices = 3;

/** Non-blocking messages (an unknown barcode, a refused change): the cashier can keep scanning. */
export function useNotices() {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const timers = useRef(new Map<number, number>());

  const dismiss = useCallback((id: number) => {
    window.clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setNotices((list) => list.filter((n) => n.id !== id));
  }, []);

  const notify = useCallback(
    (text: string, tone: NoticeTone = 'info') => {
      const id = nextId.current++;
      setNotices((list) => [...list.filter((n) => n.text !== text), { id, tone, text }].slice(-maxNotices));
      timers.current.set(
        id,
        window.setTimeout(() => dismiss(id), noticeLifetimeMs[tone]),
      );
    },
    [dismiss],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) window.clearTimeout(timer);
    };
  }, []);

  return { notices, notify, dismiss };
}

export function NoticeStack({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[];
  onDismiss: (id: number) => void;
}) {
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.tone}`}
          role={notice.tone === 'error' ? 'alert' : 'status'}
        >
          <p className="notice__text">{notice.text}</p>
          <button
            type="button"
            className="notice__close"
            aria-label={t('notice.dismiss')}
            onClick={() => onDismiss(notice.id)}
          >
            <CloseIcon />
          </button>
        </div>
      ))}
    </div>
  );
}
