import { SeededRandom } from './rng.ts';

/**
 * Fault injection for both simulators (Stripe and Mercado Pago). `latency` delays the answer by `ms`
 * (default 1000) and then answers normally; `http_500` answers Stripe's `api_error` without running the endpoint
 * (saved under the request's idempotency key like any 500 Stripe produced, so a retry with the same key gets it
 * again); `http_429` answers a rate-limit error; `drop_connection` closes the socket before acting on the request;
 * `lost_response` acts on the request, saves its result under the idempotency key, and then closes the socket.
 *
 * `match.path` as a string must equal the URL path (without the query) exactly; use a RegExp for ids. `times`
 * defaults to unlimited, `probability` to 1. Random draws come from a seeded source, so a soak test is repeatable.
 */
export type SimFaultKind = 'latency' | 'http_500' | 'http_429' | 'drop_connection' | 'lost_response';

export interface SimFault {
  kind: SimFaultKind;
  match?: { method?: string | undefined; path?: RegExp | string | undefined };
  times?: number;
  probability?: number;
  ms?: number;
}

export interface FaultDecision {
  delayMs: number;
  outcome: Exclude<SimFaultKind, 'latency'> | null;
}

const kinds: readonly SimFaultKind[] = [
  'latency',
  'http_500',
  'http_429',
  'drop_connection',
  'lost_response',
];

interface ActiveFault {
  fault: SimFault;
  remaining: number;
}

export class FaultInjector {
  private random: SeededRandom;
  private active: ActiveFault[] = [];

  constructor(seed: number) {
    this.random = new SeededRandom(seed);
  }

  reseed(seed: number): void {
    this.random = new SeededRandom(seed);
  }

  add(fault: SimFault): void {
    if (!kinds.includes(fault.kind)) {
      throw new RangeError(`Unknown fault kind ${String(fault.kind)}: use ${kinds.join(', ')}.`);
    }
    const times = fault.times ?? Number.POSITIVE_INFINITY;
    if (!(times > 0)) throw new RangeError('A fault fires at least once: give times ≥ 1 or leave it out.');
    const probability = fault.probability ?? 1;
    if (!(probability >= 0 && probability <= 1))
      throw new RangeError('A fault probability lies between 0 and 1.');
    if (fault.ms !== undefined && !(fault.ms >= 0))
      throw new RangeError('A latency is zero or more milliseconds.');
    this.active.push({ fault, remaining: times });
  }

  clear(): void {
    this.active = [];
  }

  /** Faults still armed, with how many times each will still fire. */
  list(): { fault: SimFault; remaining: number }[] {
    return this.active.map((a) => ({ fault: a.fault, remaining: a.remaining }));
  }

  /** Decides what happens to one request; latencies add up, the first other matching fault wins. */
  decide(method: string, path: string): FaultDecision {
    const decision: FaultDecision = { delayMs: 0, outcome: null };
    for (const entry of this.active) {
      if (entry.remaining <= 0 || !matches(entry.fault, method, path)) continue;
      if (entry.fault.kind !== 'latency' && decision.outcome !== null) continue;
      if (this.random.next() >= (entry.fault.probability ?? 1)) continue;
      entry.remaining -= 1;
      if (entry.fault.kind === 'latency') decision.delayMs += entry.fault.ms ?? 1000;
      else decision.outcome = entry.fault.kind;
    }
    this.active = this.active.filter((a) => a.remaining > 0);
    return decision;
  }
}

function matches(fault: SimFault, method: string, path: string): boolean {
  const match = fault.match;
  if (match === undefined) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}
