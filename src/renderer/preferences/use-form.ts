import { useCallback, useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import { problemOf, type FormProblem } from '../shared/form-errors.ts';

export type SaveStatus = 'idle' | 'busy' | 'saved';

/**
 * A settings form: its values, whether the last save went through, and why not (PREF-4). A change clears the
 * "Saved" note and the message, so what is on screen always describes what is in the fields.
 */
export function useForm<V extends object>(initial: V, fields: readonly string[]) {
  const [values, setValues] = useState<V>(initial);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [status, setStatus] = useState<SaveStatus>('idle');

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setProblem(null);
    setStatus('idle');
  }, []);

  /** Sends the form; the value on success, null (with the reason shown by its field) when refused. */
  const submit = useCallback(
    async <T>(call: () => Promise<Result<T>>): Promise<T | null> => {
      setStatus('busy');
      const result = await call();
      if (result.ok) {
        setProblem(null);
        setStatus('saved');
        return result.value;
      }
      setProblem(problemOf(result.error, fields));
      setStatus('idle');
      return null;
    },
    [fields],
  );

  const errorOf = (field: string): string | null => (problem?.field === field ? problem.message : null);
  const generalError = problem !== null && problem.field === null ? problem.message : null;

  return { values, setValues, set, submit, status, problem, setProblem, errorOf, generalError };
}
