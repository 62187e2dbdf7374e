import { describe, expect, it } from 'vitest';
import { KassaError } from '../../../src/shared/errors.ts';
import {
  checkMercadoPagoAmount,
  fromMercadoPagoAmount,
  mercadoPagoCountries,
  toMercadoPagoAmount,
} from '../../../src/main/core/payments/providers/mercadopago/amounts.ts';
import {
  buildExternalReference,
  isValidExternalReference,
} from '../../../src/main/core/payments/providers/mercadopago/external-reference.ts';
import {
  buildPointOrderRequest,
  toIsoDuration,
} from '../../../src/main/core/payments/providers/mercadopago/order-request.ts';
import {
  matchTerminal,
  terminalSerial,
} from '../../../src/main/core/payments/providers/mercadopago/terminals.ts';
import type { MercadoPagoTerminal } from '../../../src/main/core/payments/providers/mercadopago/wire.ts';

function thrown(run: () => unknown): KassaError {
  try {
    run();
  } catch (error) {
    if (error instanceof KassaError) return error;
    throw error;
  }
  throw new Error('expected a KassaError');
}

describe('Mercado Pago amounts on the wire', () => {
  it('writes two decimals for ARS, BRL and MXN and none for CLP', () => {
    expect(toMercadoPagoAmount(2400, 'BRL')).toBe('24.00');
    expect(toMercadoPagoAmount(5, 'ARS')).toBe('0.05');
    expect(toMercadoPagoAmount(123456789012, 'MXN')).toBe('1234567890.12');
    expect(toMercadoPagoAmount(1500, 'CLP')).toBe('1500');
  });

  it('reads amounts with two decimals or none, exactly', () => {
    expect(fromMercadoPagoAmount('24.00', 'BRL')).toBe(2400);
    expect(fromMercadoPagoAmount('24', 'BRL')).toBe(2400);
    expect(fromMercadoPagoAmount('24.5', 'BRL')).toBe(2450);
    expect(fromMercadoPagoAmount('0.29', 'ARS')).toBe(29);
    expect(fromMercadoPagoAmount('1500', 'CLP')).toBe(1500);
    expect(fromMercadoPagoAmount('1500.00', 'CLP')).toBe(1500);
  });

  it('round-trips every cent value without float drift', () => {
    for (let minor = 0; minor < 2_000; minor += 7) {
      expect(fromMercadoPagoAmount(toMercadoPagoAmount(minor, 'MXN'), 'MXN')).toBe(minor);
    }
  });

  it.each(['24.001', '-1.00', '1e3', ' 24.00', '24,00', '', 'NaN'])('refuses to read "%s"', (text) => {
    expect(thrown(() => fromMercadoPagoAmount(text, 'BRL')).code).toBe('amount_invalid');
  });

  it('refuses CLP with cents and anything that is not whole minor units', () => {
    expect(thrown(() => fromMercadoPagoAmount('1500.50', 'CLP')).code).toBe('amount_invalid');
    expect(thrown(() => toMercadoPagoAmount(24.5, 'BRL')).code).toBe('amount_invalid');
    expect(thrown(() => toMercadoPagoAmount(-100, 'BRL')).code).toBe('amount_invalid');
  });

  it('refuses currencies where Point takes no payments', () => {
    const error = thrown(() => toMercadoPagoAmount(100, 'EUR'));
    expect(error.code).toBe('unknown_currency');
    expect(error.message).toContain('ARS, BRL, MXN and CLP');
  });
});

describe('Mercado Pago amount limits per country (MP-1)', () => {
  it('covers Argentina, Brazil, Mexico and Chile with their currencies and decimals', () => {
    expect(Object.values(mercadoPagoCountries).map((c) => [c.country, c.currency, c.decimals])).toEqual([
      ['AR', 'ARS', 2],
      ['BR', 'BRL', 2],
      ['MX', 'MXN', 2],
      ['CL', 'CLP', 0],
    ]);
  });

  it.each([
    ['ARS', 500, 400_000_000],
    ['BRL', 100, 7_000_000],
    ['MXN', 500, 35_000_000],
    ['CLP', 1_000, 3_000_000],
  ])('accepts %s from %i to %i minor units and nothing outside', (currency, min, max) => {
    expect(() => checkMercadoPagoAmount(min, currency)).not.toThrow();
    expect(() => checkMercadoPagoAmount(max, currency)).not.toThrow();
    const below = thrown(() => checkMercadoPagoAmount(min - 1, currency));
    const above = thrown(() => checkMercadoPagoAmount(max + 1, currency));
    expect([below.code, below.field, above.code, above.field]).toEqual([
      'amount_invalid',
      'amount',
      'amount_invalid',
      'amount',
    ]);
  });

  it('tells the cashier the limits in the country’s own notation', () => {
    expect(thrown(() => checkMercadoPagoAmount(50, 'BRL')).message).toBe(
      'Mercado Pago accepts card payments in BRL from R$ 1,00 to R$ 70.000,00. R$ 0,50 is below that: ' +
        'take it in cash or another way.',
    );
    expect(thrown(() => checkMercadoPagoAmount(40_000_000, 'MXN')).message).toBe(
      'Mercado Pago accepts card payments in MXN from $5.00 to $350,000.00. $400,000.00 is above that: ' +
        'split it over several card payments.',
    );
    expect(thrown(() => checkMercadoPagoAmount(499, 'ARS')).message).toContain(
      'from $ 5,00 to $ 4.000.000,00',
    );
    expect(thrown(() => checkMercadoPagoAmount(999, 'CLP')).message).toContain(
      'from $1.000 to $3.000.000. $999',
    );
  });
});

describe('Point terminals and the serial on the label (MP-2)', () => {
  const terminals: MercadoPagoTerminal[] = [
    { id: 'NEWLAND_N950__N950NCB801293324', operating_mode: 'PDV' },
    { id: 'PAX_A910__SMARTPOS1234345545', operating_mode: 'STANDALONE' },
  ];

  it('takes the serial from the part after the double underscore', () => {
    expect(terminalSerial('NEWLAND_N950__N950NCB801293324')).toBe('N950NCB801293324');
    expect(terminalSerial('N950NCB801293324')).toBe('N950NCB801293324');
  });

  it('matches the typed serial ignoring case and surrounding spaces, or the full id', () => {
    expect(matchTerminal(terminals, '  n950ncb801293324 ')).toEqual({ ok: true, value: terminals[0] });
    expect(matchTerminal(terminals, 'pax_a910__smartpos1234345545')).toEqual({
      ok: true,
      value: terminals[1],
    });
  });

  it('lists what the account has when the serial is not there', () => {
    const result = matchTerminal(terminals, 'N950NCB801293325');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'not_found',
        field: 'terminalSerial',
        message:
          'No terminal with serial number N950NCB801293325 on this Mercado Pago account. The account has: ' +
          'N950NCB801293324 (NEWLAND_N950), SMARTPOS1234345545 (PAX_A910). Check the label on the back of the terminal.',
      },
    });
  });

  it('explains an empty account and an empty serial', () => {
    const empty = matchTerminal([], 'N950NCB801293324');
    expect(!empty.ok && empty.error.message).toContain('has no Point terminals');
    const blank = matchTerminal(terminals, '   ');
    expect(!blank.ok && blank.error.code).toBe('invalid_request');
  });
});

describe('the order sent to the terminal', () => {
  it('uses an external reference derived from the attempt id only', () => {
    const reference = buildExternalReference('0b6f8a1e-3c55-4c2b-9a57-6d1f0f9c2e11');
    expect(reference).toBe('kassa-0b6f8a1e-3c55-4c2b-9a57-6d1f0f9c2e11');
    expect(isValidExternalReference(reference)).toBe(true);
    expect(thrown(() => buildExternalReference('Maria Souza')).code).toBe('invalid_request');
    expect(thrown(() => buildExternalReference('x'.repeat(64))).code).toBe('invalid_request');
  });

  it('writes durations the way Mercado Pago reads them', () => {
    expect([toIsoDuration(30), toIsoDuration(900), toIsoDuration(4500), toIsoDuration(10_800)]).toEqual([
      'PT30S',
      'PT15M',
      'PT1H15M',
      'PT3H',
    ]);
  });

  it('builds a Point order body and checks the amount first', () => {
    expect(
      buildPointOrderRequest({
        externalReference: 'kassa-attempt-1',
        terminalId: 'NEWLAND_N950__N950NCB801293324',
        amountMinor: 2400,
        currency: 'BRL',
        expirationSeconds: 120,
        printOnTerminal: 'no_ticket',
      }),
    ).toEqual({
      type: 'point',
      external_reference: 'kassa-attempt-1',
      expiration_time: 'PT2M',
      transactions: { payments: [{ amount: '24.00' }] },
      config: { point: { terminal_id: 'NEWLAND_N950__N950NCB801293324', print_on_terminal: 'no_ticket' } },
    });
    const tooSmall = { externalReference: 'kassa-a', terminalId: 'X__Y', amountMinor: 99, currency: 'BRL' };
    expect(thrown(() => buildPointOrderRequest(tooSmall)).code).toBe('amount_invalid');
    const tooLong = { ...tooSmall, amountMinor: 2400, expirationSeconds: 4 * 3600 };
    expect(thrown(() => buildPointOrderRequest(tooLong)).field).toBe('expirationSeconds');
  });
});
