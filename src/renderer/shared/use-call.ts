import { useCallback, useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import { errorText } from '../../shared/i18n/errors.ts';

/**
 * One call to main at a time from a panel's buttons: `busy` while it runs (the buttons are disabled), and its
 * refusal in the user's words in `error`; an answer goes to `then`.
 */
export function useCall() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T>(call: () => Promise<Result<T>>, then: (value: T) => void) => {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (result.ok) then(result.value);
    else setError(errorText(result.error));
  }, []);
  return { busy, error, setError, run };
}
