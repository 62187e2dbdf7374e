import { z } from 'zod';
import { channel } from './channel.ts';
import { managerPin } from './fields.ts';
import { empty } from './common.ts';
import { cardPayment } from './payments.ts';

/**
 * Mercado Pago Point terminals (MP-2, MP-3) and the "Check the terminal" step (MP-4). A terminal takes
 * payments from Kassa only in integrated (PDV) mode; a factory-fresh one is in standalone mode and is switched
 * here, after which it must be restarted.
 */
export const mercadoPagoTerminal = z.object({
  /** Mercado Pago's full id: `NEWLAND_N950__N950NCB801293324`. */
  id: z.string(),
  /** The serial on the label on the back of the terminal, as the owner types it into a payment method. */
  serial: z.string(),
  /** `NEWLAND_N950`, `PAX_A910`, or empty when Mercado Pago does not say. */
  model: z.string(),
  operatingMode: z.enum(['PDV', 'STANDALONE', 'UNDEFINED']),
  /** True when Kassa can send payments to it (PDV mode). */
  integrated: z.boolean(),
  /** One sentence for the owner: what the mode means and what to do. */
  note: z.string(),
  /** The payment method that uses this terminal, if any. */
  methodId: z.string().nullable(),
});
export type MercadoPagoTerminalInfo = z.infer<typeof mercadoPagoTerminal>;

export const mercadoPagoChannels = {
  'mercadopago.terminals': channel({
    request: empty,
    response: z.array(mercadoPagoTerminal),
    // The cashier meets a terminal in standalone mode at the till, so the fix is offered there too.
    windows: ['till', 'preferences'],
  }),
  'mercadopago.setIntegratedMode': channel({
    request: z.object({ terminalId: z.string().min(1).max(100) }).strict(),
    response: z.object({
      terminal: mercadoPagoTerminal,
      /** What to do next, in words (English, for the log): restart the terminal. */
      message: z.string(),
      /** Whether it was in integrated mode already: the window words what to do next from this. */
      alreadyIntegrated: z.boolean(),
    }),
    windows: ['till', 'preferences'],
  }),
  /**
   * After `action_required` (state needs_check) the cashier reads the result on the terminal and a manager
   * confirms it with their PIN: approved marks the line paid and flagged for reconciliation, not approved
   * marks it failed.
   */
  'payments.recordTerminalOutcome': channel({
    request: z
      .object({
        attemptId: z.string().min(1).max(64),
        outcome: z.enum(['approved', 'not_approved']),
        managerPin,
      })
      .strict(),
    response: cardPayment,
    windows: ['till'],
  }),
};
