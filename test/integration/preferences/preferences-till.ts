import { join } from 'node:path';
import type { CoreOptions } from '../../../src/main/core/kassa-core.ts';
import type { ChannelName, RequestIn, ResponseOf } from '../../../src/shared/ipc/contract.ts';
import type { WindowKind } from '../../../src/shared/ipc/channel.ts';
import type { KassaErrorShape } from '../../../src/shared/errors.ts';
import { tempDir, testCore } from '../../support/core.ts';
import type { stripeWorld } from '../../support/stripe.ts';

export const ownerPin = '1234';
export const preferencesUrl = 'http://127.0.0.1:9/preferences/#token=test';

/** A movable clock, for lockouts and idle timeouts. */
export function testClock(start = Date.parse('2025-03-01T09:00:00Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/**
 * The demo shop with its secret key file in a folder of its own (outside the data folder, as in production),
 * and calls from either window through the real dispatcher.
 */
export function preferencesTill(extra: Partial<CoreOptions> & { now?: () => number } = {}) {
  const { now, ...options } = extra;
  const keyFile = options.secretKeyFile ?? join(tempDir('kassa-key-'), 'secret.key');
  const base = testCore(options.dataDir ?? tempDir(), now, {
    openPreferences: () => ({ url: preferencesUrl }),
    ...options,
    secretKeyFile: keyFile,
  });
  async function callAs<C extends ChannelName>(
    window: WindowKind,
    channel: C,
    request: RequestIn<C>,
  ): Promise<ResponseOf<C>> {
    const result = await base.core.dispatch(channel, request, { window });
    if (!result.ok) throw Object.assign(new Error(result.error.message), { kassa: result.error });
    return result.value as ResponseOf<C>;
  }
  async function failAs(
    window: WindowKind,
    channel: ChannelName,
    request: unknown,
  ): Promise<KassaErrorShape> {
    const result = await base.core.dispatch(channel, request, { window });
    if (result.ok) throw new Error(`${channel} unexpectedly succeeded`);
    return result.error;
  }
  return {
    ...base,
    keyFile,
    /** A call from the preferences window. */
    prefs: <C extends ChannelName>(channel: C, request: RequestIn<C>) =>
      callAs('preferences', channel, request),
    prefsFail: (channel: ChannelName, request: unknown) => failAs('preferences', channel, request),
    /** The owner opens the preferences from the till. */
    openPreferences: (pin = ownerPin) => callAs('till', 'preferences.open', { pin }),
    audit: (action: string) =>
      base.core.db
        .prepare<[string], { actor: string | null; subject: string | null; details: string | null }>(
          'SELECT actor, subject, details FROM audit_log WHERE action = ? ORDER BY id',
        )
        .all(action),
  };
}

export type PreferencesTill = ReturnType<typeof preferencesTill>;

/**
 * What an owner does to take Stripe payments with a key of their own: a test-mode profile for the simulator's
 * account, and a payment method ("Card (counter)") on the simulator's reader through that profile.
 */
export async function stripeCounterMethod(
  kassa: PreferencesTill,
  world: Awaited<ReturnType<typeof stripeWorld>>,
  accounts: { outstandingAccount?: string } = {},
) {
  const profile = await kassa.prefs('stripeProfiles.save', {
    name: 'Shop',
    secretKey: world.sim.secretKey,
    settlementCurrency: 'EUR',
    production: false,
  });
  const method = await kassa.prefs('paymentMethods.save', {
    name: 'Card (counter)',
    journal: 'bank',
    terminal: 'stripe',
    terminalRef: world.reader.serial_number,
    profileId: profile.id,
    identifyCustomer: false,
    ...accounts,
    active: true,
  });
  return { profile, method };
}
