/**
 * `npm run sim`: runs the payment provider simulators on loopback for demo mode and manual testing, prints where
 * they listen and the keys to paste into Kassa, and stops them on Ctrl-C.
 *
 * Each simulator is one entry in `simulators`; adding a provider means adding an entry (with its own flags).
 */
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { startStripeSimulator } from './stripe/index.ts';
import { startMercadoPagoSimulator, type SimCountry } from './mercadopago/index.ts';

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
  {
    title: 'Mercado Pago',
    flags: {
      'mp-port': {
        type: 'string',
        description: 'port for the Mercado Pago simulator (default 12112, 0 for any free port)',
      },
      'mp-country': {
        type: 'string',
        description: "the simulated account's country: AR, BR (default), MX or CL",
      },
      'mp-webhook': {
        type: 'string',
        description: "URL of Kassa's notification receiver, e.g. http://127.0.0.1:8088/ (default: none)",
      },
      'mp-webhook-secret': {
        type: 'string',
        description: 'secret the notifications are signed with (default: a random one, printed)',
      },
      'mp-auto-pick-up': {
        type: 'string',
        description: 'milliseconds after which a terminal picks up a new order by itself (default: never)',
      },
    },
    async start({ host, latencyMs, seed, values }) {
      const country = typeof values['mp-country'] === 'string' ? values['mp-country'].toUpperCase() : 'BR';
      if (!['AR', 'BR', 'MX', 'CL'].includes(country)) {
        throw new Error(`--mp-country is AR, BR, MX or CL, got ${country}.`);
      }
      const webhookUrl = typeof values['mp-webhook'] === 'string' ? values['mp-webhook'] : null;
      const secret =
        typeof values['mp-webhook-secret'] === 'string'
          ? values['mp-webhook-secret']
          : randomBytes(16).toString('hex');
      const autoPickUp = values['mp-auto-pick-up'];
      const sim = await startMercadoPagoSimulator({
        host,
        port: readNumber(values['mp-port'], 12112, '--mp-port'),
        latencyMs,
        country: country as SimCountry,
        ...(seed === undefined ? {} : { seed }),
        ...(webhookUrl ? { webhook: { url: webhookUrl, secret } } : {}),
        ...(autoPickUp === undefined ? {} : { autoPickUpMs: readNumber(autoPickUp, 0, '--mp-auto-pick-up') }),
      });
      const lines = [
        `listening on ${sim.url} (account in ${country})`,
        `access token         ${sim.accessToken}`,
        '',
        'Point Kassa at it:',
        `  KASSA_MP_ACCESS_TOKEN=${sim.accessToken} KASSA_MP_API_URL=${sim.url}`,
      ];
      if (webhookUrl) {
        lines.push(
          `  KASSA_MP_WEBHOOK_SECRET=${secret} KASSA_MP_RECEIVER=${new URL(webhookUrl).host}`,
          `Notifications go to ${webhookUrl}, signed with the secret above.`,
        );
      }
      lines.push('', 'Terminals (type the serial, the part after __, into a Kassa payment method):');
      for (const t of sim.control.terminals()) lines.push(`  ${t.id.padEnd(34)} ${t.operating_mode}`);
      lines.push(
        '',
        'Act on the terminal with',
        `  curl -X POST ${sim.url}/__sim/orders/<ORD…>/approve   (or decline, cancel-on-terminal, never-answer)`,
        `Every order of the account: ${sim.url}/__sim/ledger`,
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
    Promise.all(running.map((sim) => sim.close())).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`A simulator did not stop cleanly: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
