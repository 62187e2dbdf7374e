import type { EventName, EventPayload } from '../../shared/ipc/contract.ts';

export type EventListener = (name: EventName, payload: unknown) => void;

/** Events from the core to every window (order changed, payment status, alerts). */
export function createEventBus() {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      for (const listener of listeners) listener(name, payload);
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
