/**
 * `npm run sim`: runs the payment provider simulators on loopback for demo mode and manual testing, prints where
 * they listen and the keys to paste into Kassa, and stops them on Ctrl-C.
 *
 * Each simulator is one entry in `simulators`; adding a provider means adding an entry (with its own flags).
 */
import { parseArgs } from 'node:util';
import { startStripeSimulator } from './stripe/index.ts';

interface CommonOptions {
  host: string;
  latencyMs: number;
  seed: number | undefined;
  values: Record<string, string | boolean | undefined>;
}

interface RunningSimulator {
  /** Lines printed under the simulator's heading. */
  lines: string[];
  close(): Promise<void>;
}

interface SimulatorEntry {
  title: string;
  /** Flags this simulator adds to the command line, in `node:util` parseArgs form. */
  flags: Record<string, { type: 'string' | 'boolean'; description: string }>;
  start(options: CommonOptions): Promise<RunningSimulator>;
}

const simulators: SimulatorEntry[] = [
  {
    title: 'Stripe',
    flags: {
      port: {
        type: 'string',
        description: 'port for the Stripe simulator (default 12111, 0 for any free port)',
      },
      live: {
        type: 'boolean',
        description: 'also issue live-mode keys (sk_live_…) for testing live-key rules',
      },
    },
    async start({ host, latencyMs, seed, values }) {
      const sim = await startStripeSimulator({
        host,
        port: readNumber(values['port'], 12111, '--port'),
        latencyMs,
        ...(seed === undefined ? {} : { seed }),
        accounts: [{ liveKeys: values['live'] === true }],
      });
      const lines = [
        `listening on ${sim.url}`,
        `test secret key      ${sim.secretKey}`,
        `publishable key      ${sim.publishableKey}`,
        `restricted key       ${sim.restrictedKey}`,
      ];
      if (sim.liveSecretKey !== undefined) lines.push(`live secret key      ${sim.liveSecretKey}`);
      lines.push(
        '',
        `Point Kassa at it: Stripe API host ${sim.host}, port ${sim.port}, protocol http, and the test secret key above.`,
        `(The stripe SDK takes it as new Stripe(key, { host: '${sim.host}', port: ${sim.port}, protocol: 'http' }).)`,
        "Register a reader with registration code 'simulated-wpe', then present a card with",
        `  curl -X POST ${sim.url}/__sim/readers/<tmr_id>/present_card -d '{"number":"4242424242424242"}'`,
        `Provider ledger: ${sim.url}/__sim/ledger`,
      );
      return { lines, close: () => sim.close() };
    },
  },
];

function readNumber(value: string | boolean | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !Number.isInteger(n) || n < 0) {
    throw new Error(`${flag} takes a whole number, got ${String(value)}.`);
  }
  return n;
}

const commonFlags = {
  host: { type: 'string', description: 'address to listen on (default 127.0.0.1; keep it on loopback)' },
  latency: { type: 'string', description: 'milliseconds of delay added to every API answer (default 0)' },
  seed: { type: 'string', description: 'seed for probabilistic faults injected through the control API' },
  help: { type: 'boolean', description: 'show this help' },
} as const;

function usage(): string {
  const all = { ...commonFlags, ...Object.assign({}, ...simulators.map((s) => s.flags)) } as Record<
    string,
    { description: string }
  >;
  const rows = Object.entries(all).map(([name, flag]) => `  --${name.padEnd(10)} ${flag.description}`);
  return ['Usage: npm run sim -- [options]', '', ...rows].join('\n');
}

async function main(): Promise<void> {
  const options = { ...commonFlags, ...Object.assign({}, ...simulators.map((s) => s.flags)) } as Record<
    string,
    { type: 'string' | 'boolean' }
  >;
  const { values } = parseArgs({ options, strict: true });
  if (values['help'] === true) {
    console.log(usage());
    return;
  }
  const common: CommonOptions = {
    host: typeof values['host'] === 'string' ? values['host'] : '127.0.0.1',
    latencyMs: readNumber(values['latency'], 0, '--latency'),
    seed: values['seed'] === undefined ? undefined : readNumber(values['seed'], 0, '--seed'),
    values,
  };
  const running: RunningSimulator[] = [];
  for (const entry of simulators) {
    const sim = await entry.start(common);
    running.push(sim);
    console.log(`\n${entry.title} simulator`);
    for (const line of sim.lines) console.log(line === '' ? '' : `  ${line}`);
  }
  console.log('\nPress Ctrl-C to stop.');
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void Promise.all(running.map((sim) => sim.close())).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
