import type { Result } from '../../../../../shared/errors.ts';
import type { MercadoPagoTerminal } from './wire.ts';

/**
 * The owner types the serial printed on the back of the terminal; Mercado Pago names terminals
 * `<type>__<serial>` (MP-2). These helpers bridge the two.
 */

/** `NEWLAND_N950__N950NCB801293324` → `N950NCB801293324`. An id without `__` is returned whole. */
export function terminalSerial(terminalId: string): string {
  const separator = terminalId.indexOf('__');
  return separator === -1 ? terminalId : terminalId.slice(separator + 2);
}

/** `NEWLAND_N950__N950NCB801293324` → `NEWLAND_N950`, or an empty string when the id has no type. */
export function terminalModel(terminalId: string): string {
  const separator = terminalId.indexOf('__');
  return separator === -1 ? '' : terminalId.slice(0, separator);
}

function describe(terminal: MercadoPagoTerminal): string {
  const model = terminalModel(terminal.id);
  return model === '' ? terminalSerial(terminal.id) : `${terminalSerial(terminal.id)} (${model})`;
}

/**
 * Finds the terminal whose serial the owner typed, ignoring case and surrounding spaces. The full terminal id
 * is accepted too. When nothing matches, the error lists what the account has so the owner can compare it
 * with the label.
 */
export function matchTerminal(
  terminals: readonly MercadoPagoTerminal[],
  typedSerial: string,
): Result<MercadoPagoTerminal> {
  const wanted = typedSerial.trim().toUpperCase();
  if (wanted === '') {
    return {
      ok: false,
      error: {
        code: 'invalid_request',
        field: 'terminalSerial',
        message:
          "Type the terminal's serial number: it is on the label on the back of the terminal, " +
          'for example N950NCB801293324.',
      },
    };
  }
  if (terminals.length === 0) {
    return {
      ok: false,
      error: {
        code: 'not_found',
        field: 'terminalSerial',
        message:
          'This Mercado Pago account has no Point terminals: link the terminal to the account in the ' +
          'Mercado Pago app, then look again.',
      },
    };
  }
  const matches = terminals.filter(
    (t) => terminalSerial(t.id).toUpperCase() === wanted || t.id.toUpperCase() === wanted,
  );
  const [first] = matches;
  if (first !== undefined && matches.length === 1) return { ok: true, value: first };
  if (matches.length > 1) {
    return {
      ok: false,
      error: {
        code: 'conflict',
        field: 'terminalSerial',
        message:
          `Several terminals on this account have the serial number ${typedSerial.trim()}: ` +
          `${matches.map((t) => t.id).join(', ')}. Type the full terminal id instead.`,
      },
    };
  }
  return {
    ok: false,
    error: {
      code: 'not_found',
      field: 'terminalSerial',
      message:
        `No terminal with serial number ${typedSerial.trim()} on this Mercado Pago account. ` +
        `The account has: ${terminals.map(describe).join(', ')}. ` +
        'Check the label on the back of the terminal.',
    },
  };
}
