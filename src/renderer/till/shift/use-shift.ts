import { errorText } from '../../../shared/i18n/errors.ts';
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../shared/errors.ts';
import type { ShiftState } from '../../../shared/ipc/shifts.ts';

const load = () => window.kassa.shifts.state({});

/**
 * The till's shift as main knows it, read again whenever a shift opens, is counted or closes (from this window
 * or any other) and when the owner changes the shift settings: the sell screen's banner and the shift screen
 * both follow it.
 */
export function useShift(): { state: ShiftState | null; error: string | null; reload: () => Promise<void> } {
  const [state, setState] = useState<ShiftState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = useCallback((result: Result<ShiftState>) => {
    if (result.ok) {
      setState(result.value);
      setError(null);
    } else setError(errorText(result.error));
  }, []);
  useEffect(() => {
    let live = true;
    const refresh = () =>
      void load().then((result) => {
        if (live) show(result);
      });
    refresh();
    const offShift = window.kassa.on('shifts.changed', refresh);
    const offSettings = window.kassa.on('settings.changed', refresh);
    return () => {
      live = false;
      offShift();
      offSettings();
    };
  }, [show]);
  const reload = useCallback(async () => show(await load()), [show]);
  return { state, error, reload };
}
