import { invalidParam } from './errors.ts';
import type { ModeState } from './state.ts';

type Resolver = (state: ModeState, id: string) => object | undefined;

/** Which fields of which objects can be expanded, and where their objects live. */
const expandable: Record<string, Record<string, Resolver>> = {
  payment_intent: {
    latest_charge: (s, id) => s.charges.get(id),
    payment_method: (s, id) => s.paymentMethods.get(id),
    customer: (s, id) => s.customers.get(id),
  },
  charge: {
    payment_intent: (s, id) => s.paymentIntents.get(id)?.intent,
    customer: (s, id) => s.customers.get(id),
  },
  refund: {
    charge: (s, id) => s.charges.get(id),
    payment_intent: (s, id) => s.paymentIntents.get(id)?.intent,
  },
  'terminal.reader': { location: (s, id) => s.locations.get(id) },
  setup_intent: {
    payment_method: (s, id) => s.paymentMethods.get(id),
    customer: (s, id) => s.customers.get(id),
    latest_attempt: (s, id) => s.setupAttempts.get(id),
  },
  setup_attempt: {
    payment_method: (s, id) => s.paymentMethods.get(id),
    setup_intent: (s, id) => s.setupIntents.get(id),
    customer: (s, id) => s.customers.get(id),
  },

  payment_method: { customer: (s, id) => s.customers.get(id) },
  'checkout.session': {
    payment_intent: (s, id) => s.paymentIntents.get(id)?.intent,
    customer: (s, id) => s.customers.get(id),
  },
};

const maxDepth = 4;

/**
 * Answers `expand[]` the way Stripe does: each path names an id field to replace with its object, `data.` reaches
 * into list items, and nesting goes at most four levels deep. The stored objects are never modified.
 */
export function expandResponse<T>(state: ModeState, value: T, paths: readonly string[]): T {
  const copy = structuredClone(value);
  for (const path of paths) {
    const segments = path.split('.');
    if (segments.length > maxDepth) {
      throw invalidParam(
        `You cannot expand more than ${maxDepth} levels of a property. Property: ${path}`,
        'expand',
      );
    }
    expandInto(state, copy, segments, path);
  }
  return copy;
}

function expandInto(state: ModeState, target: unknown, segments: string[], path: string): void {
  if (segments.length === 0 || typeof target !== 'object' || target === null) return;
  const record = target as Record<string, unknown>;
  const [head, ...rest] = segments as [string, ...string[]];
  const kind = record['object'];
  if ((kind === 'list' || kind === 'search_result') && head === 'data') {
    for (const item of record['data'] as unknown[]) expandInto(state, item, rest, path);
    return;
  }
  const resolver = typeof kind === 'string' ? expandable[kind]?.[head] : undefined;
  if (resolver === undefined) throw invalidParam(`This property cannot be expanded (${head}).`, 'expand');
  const current = record[head];
  if (typeof current === 'string') {
    const resolved = resolver(state, current);
    if (resolved !== undefined) record[head] = structuredClone(resolved);
  }
  expandInto(state, record[head], rest, path);
}
