/**
 * The Stripe simulator on its own thread, for benchmarks that time Kassa's side of a conversation with Stripe.
 * In the benchmark's own thread the simulator's work (and its latency timer, which can only start once the
 * event loop is free) would be added to what is measured: a request sent while Kassa commits a page would
 * wait for the commit before its 100 ms of latency even began, which Stripe's servers do not do.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { startStripeSimulator, type StripeSimulatorOptions } from '../../src/sim/stripe/index.ts';
import type { CheckoutPaymentInput } from '../../src/sim/stripe/control.ts';

type Op =
  | { op: 'payCheckout'; sessionId: string; payment: CheckoutPaymentInput }
  | { op: 'setLatency'; ms: number }
  | { op: 'close' };
type Request = Op & { id: number };

export interface SimThread {
  url: string;
  secretKey: string;
  payCheckout(sessionId: string, payment: CheckoutPaymentInput): Promise<void>;
  setLatency(ms: number): Promise<void>;
  close(): Promise<void>;
}

/** Starts the simulator in a worker thread; resolves once it listens. */
export async function startStripeSimThread(
  options: Omit<StripeSimulatorOptions, 'clock'>,
): Promise<SimThread> {
  const worker = new Worker(new URL(import.meta.url), { workerData: options });
  const waiting = new Map<number, { done: () => void; fail: (e: Error) => void }>();
  let next = 0;
  const started = new Promise<{ url: string; secretKey: string }>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', resolve);
  });
  const { url, secretKey } = await started;
  worker.on('message', (answer: { id: number; error?: string }) => {
    const waiter = waiting.get(answer.id);
    waiting.delete(answer.id);
    if (answer.error) waiter?.fail(new Error(answer.error));
    else waiter?.done();
  });
  const ask = (request: Op) =>
    new Promise<void>((done, fail) => {
      const id = next++;
      waiting.set(id, { done, fail });
      worker.postMessage({ ...request, id });
    });
  return {
    url,
    secretKey,
    payCheckout: (sessionId, payment) => ask({ op: 'payCheckout', sessionId, payment }),
    setLatency: (ms) => ask({ op: 'setLatency', ms }),
    async close() {
      await ask({ op: 'close' });
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const sim = await startStripeSimulator(workerData as StripeSimulatorOptions);
  port.on('message', (request: Request) => {
    void (async () => {
      try {
        if (request.op === 'payCheckout') sim.control.payCheckout(request.sessionId, request.payment);
        else if (request.op === 'setLatency') sim.control.setLatency(request.ms);
        else await sim.close();
        port.postMessage({ id: request.id });
      } catch (error) {
        port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
  port.postMessage({ url: sim.url, secretKey: sim.secretKey });
}
