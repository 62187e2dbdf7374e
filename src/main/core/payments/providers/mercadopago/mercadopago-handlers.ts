import type { z } from 'zod';
import type { ErrorCode } from '../../../../../shared/errors.ts';
import type {
  MercadoPagoTerminalInfo,
  mercadoPagoChannels,
} from '../../../../../shared/ipc/terminals-mercadopago.ts';
import type { Services } from '../../../services.ts';
import type { CardPayments } from '../../card-payments.ts';
import { ProviderError } from '../../terminal-provider.ts';
import { terminalModel, terminalSerial } from './terminals.ts';
import type { MercadoPagoTerminal } from './wire.ts';
import { providerError, translatedError } from '../../../../../shared/i18n/errors.ts';

type Channels = typeof mercadoPagoChannels;

/** One handler per channel of terminals-mercadopago.ts, in the dispatcher's shape. */
export type MercadoPagoHandlers = {
  [C in keyof Channels]: (
    request: z.output<Channels[C]['request']>,
  ) => z.output<Channels[C]['response']> | Promise<z.output<Channels[C]['response']>>;
};

const notes: Record<MercadoPagoTerminal['operating_mode'], string> = {
  PDV: 'Integrated (PDV) mode: takes card payments from Kassa.',
  STANDALONE:
    'Standalone mode: it takes no payments from Kassa. Switch it to integrated mode, then restart the terminal.',
  UNDEFINED:
    'Mercado Pago does not report which mode this terminal is in. Switch it to integrated mode, then restart the terminal.',
};

/** The dispatcher turns anything but a KassaError into "something went wrong": say what Mercado Pago said. */
function asKassaError(error: unknown): unknown {
  if (!(error instanceof ProviderError)) return error;
  const code: ErrorCode = error.retryable
    ? 'provider_unreachable'
    : error.code === 'terminal_not_allowed_action'
      ? 'terminal_unsupported_mode'
      : error.code === 'terminal_not_found' || error.status === 404
        ? 'not_found'
        : 'provider_rejected';
  return providerError(code, error.code, error.message, error.words);
}

/**
 * The Mercado Pago terminal set-up (MP-2, MP-3) and the "Check the terminal" step after action_required
 * (MP-4). Spread into createHandlers next to the other domains.
 */
export function mercadoPagoHandlers(s: Services, cards: CardPayments): MercadoPagoHandlers {
  const connected = async () => {
    await cards.ready;
    const mp = cards.mercadoPago();
    if (!mp) {
      throw translatedError('provider_unreachable', 'err.mp.notSetUp');
    }
    return mp;
  };

  const info = (terminal: MercadoPagoTerminal): MercadoPagoTerminalInfo => {
    const serial = terminalSerial(terminal.id);
    const method = s.methods
      .active()
      .find(
        (m) =>
          m.terminal === 'mercadopago' &&
          m.terminalRef !== null &&
          [serial, terminal.id].some((ref) => ref.toUpperCase() === m.terminalRef!.trim().toUpperCase()),
      );
    return {
      id: terminal.id,
      serial,
      model: terminalModel(terminal.id),
      operatingMode: terminal.operating_mode,
      integrated: terminal.operating_mode === 'PDV',
      note: notes[terminal.operating_mode],
      methodId: method?.id ?? null,
    };
  };

  return {
    'mercadopago.terminals': async () => {
      const mp = await connected();
      try {
        return (await mp.directory.list()).map(info);
      } catch (error) {
        throw asKassaError(error);
      }
    },

    'mercadopago.setIntegratedMode': async ({ terminalId }) => {
      const mp = await connected();
      try {
        const terminal = await mp.directory.resolve(terminalId, { fresh: true });
        const serial = terminalSerial(terminal.id);
        if (terminal.operating_mode === 'PDV') {
          return {
            terminal: info(terminal),
            message: `Terminal ${serial} is already in integrated (PDV) mode. If it still refuses payments, restart it.`,
            alreadyIntegrated: true,
          };
        }
        const switched = await mp.directory.setIntegratedMode(terminal.id);
        s.audit.record({
          action: 'mercadopago.terminal_integrated',
          subject: terminal.id,
          details: { from: terminal.operating_mode, to: switched.operating_mode },
        });
        return {
          terminal: info(switched),
          message: `Terminal ${serial} is now in integrated (PDV) mode. Restart the terminal (hold the power button, then Restart) before the next card payment.`,
          alreadyIntegrated: false,
        };
      } catch (error) {
        throw asKassaError(error);
      }
    },

    'payments.recordTerminalOutcome': ({ attemptId, outcome, managerPin }) =>
      cards.orchestrator.recordTerminalOutcome(attemptId, outcome, managerPin),
  };
}
