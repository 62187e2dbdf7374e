/*
 * Data a window reads from main for as long as it shows it. One hook instead of a `let live = true` effect per
 * screen: it loads when `key` changes and again on each `refreshOn` event, drops an answer that arrives for an
 * older key or after the screen is gone, and always ends the loading state, with the reason when a call failed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KassaErrorShape, Result } from '../../shared/errors.ts';
import type { EventName } from '../../shared/ipc/contract.ts';
import { kassa } from './kassa.ts';

export interface Data<T> {
  /** The last answer for the current key; null before the first one (or when `load` is null). */
  data: T | null;
  /** Why the last call failed, in the user's words; null when it did not. */
  error: KassaErrorShape | null;
  /** A call for the current key is under way and nothing has answered it yet. */
  loading: boolean;
  /** Which key `data` answers: a screen showing a search can tell a late answer from the current one. */
  dataKey: string | null;
  reload: () => void;
}

interface Loaded<T> {
  key: string;
  data: T | null;
  error: KassaErrorShape | null;
}

interface LoadOptions {
  /** Events after which the same key is read again. */
  refreshOn?: readonly EventName[];
  /** Waits this long after the key last changed (typing) before asking. */
  delayMs?: number;
}

/**
 * The engine under useData, for a screen that keeps the answers itself: `onAnswer` hears every answer for the
 * current key (and a thrown call as an internal error), never one for an older key or after unmount.
 */
export function useAnswers<T>(
  load: (() => Promise<Result<T>>) | null,
  key: string,
  onAnswer: (result: Result<T>, key: string) => void,
  options: LoadOptions & { asked?: number } = {},
): void {
  const loadRef = useRef(load);
  const answerRef = useRef(onAnswer);
  useEffect(() => {
    loadRef.current = load;
    answerRef.current = onAnswer;
  });
  const enabled = load !== null;
  const events = (options.refreshOn ?? []).join(' ');
  const delayMs = options.delayMs ?? 0;
  const asked = options.asked ?? 0;

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const fetchNow = () => {
      const run = loadRef.current;
      if (!run) return;
      void run().then(
        (result) => {
          if (current) answerRef.current(result, key);
        },
        (thrown: unknown) => {
          if (current)
            answerRef.current({ ok: false, error: { code: 'internal', message: String(thrown) } }, key);
        },
      );
    };
    const timer = delayMs > 0 ? window.setTimeout(fetchNow, delayMs) : (fetchNow(), undefined);
    const stops = events === '' ? [] : events.split(' ').map((e) => kassa.on(e as EventName, fetchNow));
    return () => {
      current = false;
      if (timer !== undefined) window.clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, [enabled, key, events, delayMs, asked]);
}

export function useData<T>(
  /** What to load; null when there is nothing to load (an empty search). */
  load: (() => Promise<Result<T>>) | null,
  /** What the answer depends on: a new key loads again. */
  key: string,
  options: LoadOptions = {},
): Data<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [asked, setAsked] = useState(0);
  useAnswers(
    load,
    key,
    (result, answered) =>
      setLoaded((shown) =>
        result.ok
          ? { key: answered, data: result.value, error: null }
          : {
              key: answered,
              data: shown?.key === answered ? shown.data : null,
              error: result.error,
            },
      ),
    { ...options, asked },
  );
  const reload = useCallback(() => setAsked((n) => n + 1), []);
  const answered = loaded !== null && loaded.key === key;
  return {
    data: loaded?.data ?? null,
    error: answered ? loaded.error : null,
    loading: load !== null && !answered,
    dataKey: loaded?.key ?? null,
    reload,
  };
}
