import type { z } from 'zod';
import {
  startMercadoPagoSimulator,
  type MercadoPagoSimulator,
  type MercadoPagoSimulatorOptions,
} from '../../src/sim/mercadopago/index.ts';
import {
  createMercadoPagoClient,
  type MercadoPagoClient,
} from '../../src/main/core/payments/providers/mercadopago/client.ts';
import { mercadoPagoHandlers } from '../../src/main/core/payments/providers/mercadopago/mercadopago-handlers.ts';
import type { MercadoPagoSettings } from '../../src/main/core/payments/provider-settings.ts';
import type { Logger } from '../../src/main/core/logger.ts';
import { mercadoPagoChannels } from '../../src/shared/ipc/terminals-mercadopago.ts';
import { createSettingsRepo, type StoreSettings } from '../../src/main/core/settings/store-settings.ts';
import { tempDir, testCore } from './core.ts';

export { waitForPayment } from './wait-for-payment.ts';

export const mpMethodId = 'mercadopago-counter';
/** The simulator's default terminals: one in PDV mode at the counter, one factory-fresh in STANDALONE. */
export const counterTerminal = 'NEWLAND_N950__N950NCB801293324';
export const counterSerial = 'N950NCB801293324';
export const backOfficeTerminal = 'PAX_A910__SMARTPOS1234345545';
export const backOfficeSerial = 'SMARTPOS1234345545';

export const brazilStore: StoreSettings = {
  name: 'Loja Teste',
  country: 'BR',
  currency: 'BRL',
  locale: 'pt-BR',
  pricesIncludeTax: true,
  cashRoundingIncrement: 1,
};

export interface MercadoPagoWorld {
  sim: MercadoPagoSimulator;
  /** The test's own view of the account, as another system would see it. */
  client: MercadoPagoClient;
}

/** A simulated Brazilian account whose terminal confirms an at-terminal cancel quickly. */
export async function mercadoPagoWorld(options: MercadoPagoSimulatorOptions = {}): Promise<MercadoPagoWorld> {
  const sim = await startMercadoPagoSimulator({
    country: 'BR',
    cancelAtTerminalDelayMs: 50,
    eventDelayMs: 20,
    ...options,
  });
  return { sim, client: createMercadoPagoClient({ accessToken: sim.accessToken, baseUrl: sim.url }) };
}

/**
 * A data folder whose shop sells in BRL in Brazil, with a "Card (Mercado Pago)" method on the counter
 * terminal (and, when asked, one on the back-office terminal). The store is set before the core that uses it
 * starts, because the core reads it once.
 */
export async function prepareBrazilTill(
  extraMethods: { id: string; serial: string }[] = [],
  dir = tempDir('kassa-mp-'),
): Promise<string> {
  const kassa = testCore(dir);
  const db = kassa.core.db;
  createSettingsRepo(db).set('store', brazilStore);
  const insert = db.prepare(
    `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, position)
     VALUES (?, ?, 'bank', 'mercadopago', ?, 5)`,
  );
  insert.run(mpMethodId, 'Card (Mercado Pago)', counterSerial);
  for (const [i, m] of extraMethods.entries()) insert.run(m.id, `Card (Mercado Pago ${i + 2})`, m.serial);
  await kassa.close();
  return dir;
}

export function accountSettings(
  world: MercadoPagoWorld,
  extra: Partial<Extract<MercadoPagoSettings, { mode: 'account' }>> = {},
): MercadoPagoSettings {
  return { mode: 'account', accessToken: world.sim.accessToken, apiUrl: world.sim.url, ...extra };
}

/** A core on a prepared data folder, connected to the world's account. */
export function mercadoPagoTill(
  world: MercadoPagoWorld,
  dataDir: string,
  options: { pollIntervalMs?: number; settings?: MercadoPagoSettings; log?: Logger } = {},
) {
  return testCore(dataDir, undefined, {
    providers: { stripe: { mode: 'off' }, mercadopago: options.settings ?? accountSettings(world) },
    pollIntervalMs: options.pollIntervalMs ?? 20,
    sweepIntervalMs: 60_000,
    ...(options.log ? { log: options.log } : {}),
  });
}

type Till = ReturnType<typeof testCore>;
type Channels = typeof mercadoPagoChannels;

/**
 * Calls one of the Mercado Pago channels the way the dispatcher does (request validated, response checked
 * against the contract), whether or not the lead has spread them into the contract yet.
 */
export async function mpCall<C extends keyof Channels>(
  kassa: Till,
  channel: C,
  request: z.input<Channels[C]['request']>,
): Promise<z.output<Channels[C]['response']>> {
  const spec = mercadoPagoChannels[channel];
  const parsed = spec.request.parse(request) as never;
  const handler = mercadoPagoHandlers(kassa.core.services, kassa.core.payments)[channel] as (
    request: never,
  ) => unknown;
  return spec.response.parse(await handler(parsed)) as z.output<Channels[C]['response']>;
}

/** The order the terminal is showing (or about to), as the customer sees it. */
export async function orderOnTerminal(
  world: MercadoPagoWorld,
  terminalId = counterTerminal,
): Promise<string> {
  for (let i = 0; i < 500; i++) {
    const open = world.sim.control.openOrder(terminalId);
    if (open) return open.id;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no order reached terminal ${terminalId}`);
}
