import { afterEach, describe, expect, it } from 'vitest';
import { badPayloads } from '../../e2e/support/bad-payloads.ts';
import { staffChannels } from '../../../src/shared/ipc/staff.ts';
import { preferenceChannels } from '../../../src/shared/ipc/preferences.ts';
import { stripeProfileChannels } from '../../../src/shared/ipc/stripe-profiles.ts';
import { paymentMethodChannels } from '../../../src/shared/ipc/payment-methods.ts';
import { customerChannels } from '../../../src/shared/ipc/customers.ts';
import { provisioningChannels } from '../../../src/shared/ipc/provisioning.ts';
import { approvalChannels } from '../../../src/shared/ipc/approvals.ts';
import { exportChannels } from '../../../src/shared/ipc/exports.ts';
import type { ChannelSpec } from '../../../src/shared/ipc/channel.ts';
import { preferencesTill, type PreferencesTill } from './preferences-till.ts';

let kassa: PreferencesTill;
afterEach(async () => {
  await kassa.close();
});

const channels: Record<string, ChannelSpec> = {
  ...staffChannels,
  ...preferenceChannels,
  ...stripeProfileChannels,
  ...paymentMethodChannels,
  ...customerChannels,
  ...provisioningChannels,
  ...approvalChannels,
  ...exportChannels,
};

/** Every table a preferences or staff channel writes to. */
function everything() {
  const db = kassa.core.db;
  const tables = [
    'store_settings',
    'staff',
    'payment_methods',
    'stripe_profiles',
    'secrets',
    'exchange_rates',
    'customers',
    'orders',
    'tax_rates',
    'categories',
    'products',
    'audit_log',
  ];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()]));
}

describe('the preferences and staff channels (REL-5, PREF-4)', () => {
  it('refuse generated bad payloads with a typed error from every window allowed to call them, changing nothing', async () => {
    kassa = preferencesTill();
    await kassa.openPreferences();
    const before = everything();
    let sent = 0;
    for (const [name, spec] of Object.entries(channels)) {
      const payloads = badPayloads(spec.request);
      expect(payloads.length, `bad payloads generated for ${name}`).toBeGreaterThanOrEqual(4);
      for (const window of spec.windows) {
        for (const payload of payloads) {
          const result = await kassa.core.dispatch(name, payload, { window });
          const what = `${window}: ${name} ← ${JSON.stringify(payload).slice(0, 160)}`;
          expect(result.ok, what).toBe(false);
          if (!result.ok) {
            expect(result.error.code, what).toBe('invalid_request');
            expect(result.error.message.length, what).toBeGreaterThan(10);
          }
          sent++;
        }
      }
    }
    expect(sent).toBeGreaterThan(500);
    expect(everything()).toEqual(before);
  });

  it('refuse every window not named in the contract', async () => {
    kassa = preferencesTill();
    for (const [name, spec] of Object.entries(channels)) {
      for (const window of ['till', 'preferences', 'customer-display'] as const) {
        if (spec.windows.includes(window)) continue;
        const result = await kassa.core.dispatch(name, {}, { window });
        expect(result.ok ? 'ok' : result.error.code, `${window}: ${name}`).toBe('forbidden');
      }
    }
  });
});
