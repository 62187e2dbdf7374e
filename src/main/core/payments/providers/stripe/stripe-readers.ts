import type Stripe from 'stripe';
import type { StripeLocation, StripeReader } from '../../../../../shared/ipc/stripe-terminal.ts';
import type { KassaError } from '../../../../../shared/errors.ts';
import { providerError } from '../../../../../shared/i18n/errors.ts';
import { ProviderError } from '../../terminal-provider.ts';
import { toProviderError } from './stripe-errors.ts';

const asKassaError = (error: unknown): KassaError => {
  const e = error instanceof ProviderError ? error : toProviderError(error);
  return providerError(e.retryable ? 'provider_unreachable' : 'provider_rejected', e.code, e.message);
};

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asKassaError(error);
  }
}

function toReader(r: Stripe.Terminal.Reader, methodOf: (serial: string) => string | null): StripeReader {
  return {
    id: r.id,
    serialNumber: r.serial_number,
    label: r.label ?? r.serial_number,
    deviceType: r.device_type,
    status: r.status === 'online' ? 'online' : r.status === 'offline' ? 'offline' : 'unknown',
    lastSeenAt: r.last_seen_at ?? null,
    locationId: typeof r.location === 'string' ? r.location : (r.location?.id ?? null),
    methodId: methodOf(r.serial_number),
  };
}

/** Locations and readers of the Stripe account (STT-6): what the owner sets up once per shop. */
export function createStripeReaders(stripe: Stripe, methodOf: (serial: string) => string | null) {
  return {
    async locations(): Promise<StripeLocation[]> {
      const list = await call(() => stripe.terminal.locations.list({ limit: 100 }));
      return list.data.map((l) => ({
        id: l.id,
        displayName: l.display_name,
        address: {
          line1: l.address.line1 ?? '',
          city: l.address.city ?? '',
          postalCode: l.address.postal_code ?? '',
          country: l.address.country ?? '',
        },
      }));
    },
    async createLocation(input: {
      displayName: string;
      line1: string;
      city: string;
      postalCode: string;
      country: string;
    }): Promise<StripeLocation> {
      const l = await call(() =>
        stripe.terminal.locations.create({
          display_name: input.displayName,
          address: {
            line1: input.line1,
            city: input.city,
            postal_code: input.postalCode,
            country: input.country,
          },
        }),
      );
      return {
        id: l.id,
        displayName: l.display_name,
        address: {
          line1: input.line1,
          city: input.city,
          postalCode: input.postalCode,
          country: input.country,
        },
      };
    },
    async readers(): Promise<StripeReader[]> {
      const list = await call(() => stripe.terminal.readers.list({ limit: 100 }));
      return list.data.map((r) => toReader(r, methodOf));
    },
    async register(input: {
      registrationCode: string;
      label: string;
      locationId: string;
    }): Promise<StripeReader> {
      const reader = await call(() =>
        stripe.terminal.readers.create({
          registration_code: input.registrationCode,
          label: input.label,
          location: input.locationId,
        }),
      );
      return toReader(reader, methodOf);
    },
    async exists(serial: string): Promise<boolean> {
      const list = await call(() => stripe.terminal.readers.list({ serial_number: serial, limit: 1 }));
      return list.data.length > 0;
    },
  };
}

export type StripeReaders = ReturnType<typeof createStripeReaders>;
