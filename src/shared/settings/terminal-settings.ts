import { z } from 'zod';
import { words } from '../ipc/field-words.ts';
import { lazySchema } from './lazy-schema.ts';

/** Which card providers the till offers (STT-1), stored in the store's settings. */
export const terminalSettingsSchema = lazySchema(() =>
  z
    .object({
      /** Off: the till hides Stripe payment methods and takes no Stripe payments (STT-1). */
      stripeEnabled: z.boolean({ error: words('check.sayWhetherStripeTerminals') }),
      mercadoPagoEnabled: z.boolean({ error: words('check.sayWhetherMercadoPago') }),
    })
    .strict(),
);
export type TerminalSettings = z.infer<ReturnType<typeof terminalSettingsSchema>>;
