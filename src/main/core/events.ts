import type { EventName, EventPayload } from '../../shared/ipc/contract.ts';

export type EventListener = (name: EventName, payload: unknown) => void;

/**
 * Events from the core to every window (order changed, payment status, alerts). With `defer` (the unit of
 * work's afterCommit), an event raised inside a transaction is sent only once that transaction commits.
 */
export function createEventBus(defer: (send: () => void) => void = (send) => send()) {
  const listeners = new Set<EventListener>();
  return {
    emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
      defer(() => {
        for (const listener of listeners) listener(name, payload);
      });
    },
    subscribe(listener: EventListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type EventBus = ReturnType<typeof createEventBus>;
