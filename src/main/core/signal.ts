/**
 * A typed signal between the core's own parts (never seen by the windows): one part says something happened,
 * another acts on it, and neither holds the other. The windows' events are a different thing (events.ts).
 */
export function createSignal<T = void>() {
  const listeners = new Set<(value: T) => void>();
  return {
    emit(value: T): void {
      for (const listener of listeners) listener(value);
    },
    subscribe(listener: (value: T) => void): () => void {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export type Signal<T = void> = ReturnType<typeof createSignal<T>>;
