import { errorText } from '../../shared/i18n/errors.ts';
import { useCallback, useState } from 'react';
import type { Result } from '../../shared/errors.ts';
import { useAnswers } from '../shared/use-data.ts';

/**
 * What a section shows, read from main when it opens and again after each save. `load` must be stable (a
 * module-level function), so that the section reads once and not on every render.
 */
export function useLoaded<T>(load: () => Promise<Result<T>>) {
  const [data, setData] = useState<T | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const show = useCallback((result: Result<T>) => {
    if (result.ok) {
      setData(result.value);
      setProblem(null);
    } else setProblem(errorText(result.error));
  }, []);
  useAnswers(load, 'loaded', show);
  const reload = useCallback(async () => show(await load()), [load, show]);
  return { data, problem, reload, setData };
}
