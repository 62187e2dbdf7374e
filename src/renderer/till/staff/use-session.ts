import { errorText } from '../../../shared/i18n/errors.ts';
import { useCallback, useEffect, useState } from 'react';
import type { Session } from '../../../shared/ipc/staff.ts';
import { kassa } from '../../shared/kassa.ts';

export type SessionState =
  { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; session: Session };

/**
 * Who works the till, kept current: it changes when someone signs in or switches here, and when the owner
 * changes staff or PINs in the preferences window (the demo PIN banner goes once the PIN is changed).
 */
export function useSession(): {
  current: SessionState;
  reload: () => void;
  show: (session: Session) => void;
} {
  const [current, setCurrent] = useState<SessionState>({ state: 'loading' });
  const reload = useCallback(() => {
    void kassa.session
      .current({})
      .then((result) =>
        setCurrent(
          result.ok
            ? { state: 'ready', session: result.value }
            : { state: 'failed', message: errorText(result.error) },
        ),
      );
  }, []);
  const show = useCallback((session: Session) => setCurrent({ state: 'ready', session }), []);
  useEffect(() => {
    reload();
    const stopSession = kassa.on('session.changed', reload);
    const stopSettings = kassa.on('settings.changed', ({ section }) => {
      if (section === 'staff' || section === 'provisioning') reload();
    });
    return () => {
      stopSession();
      stopSettings();
    };
  }, [reload]);
  return { current, reload, show };
}
