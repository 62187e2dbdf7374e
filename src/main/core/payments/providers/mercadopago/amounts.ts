import { translatedError } from '../../../../../shared/i18n/errors.ts';

/**
 * Where Point Smart takes card payments, and what Mercado Pago accepts there (MP-1). Limits are in minor units.
 * ARS, BRL and MXN come from Mercado Pago's Point documentation. Mercado Pago publishes no Point limits for
 * Chile, so CLP uses a conservative range: CLP 1.000 (the smallest card payment Mercado Pago takes online in
 * Chile) to CLP 3.000.000 (in line with the Argentine ceiling); a larger sale is split over several payments.
 */
export interface MercadoPagoCountry {
  country: 'AR' | 'BR' | 'MX' | 'CL';
  name: string;
  currency: MercadoPagoCurrency;
  /** Digits after the decimal point on the wire: "24.00", or "1500" for CLP. */
  decimals: 0 | 2;
  minMinor: number;
  maxMinor: number;
  /** How the country writes money, so limits read naturally in messages: "R$ 70.000,00", "$350,000.00". */
  money: { symbol: string; space: boolean; thousands: '.' | ','; decimal: ',' | '.' };
}

export type MercadoPagoCurrency = 'ARS' | 'BRL' | 'MXN' | 'CLP';

export const mercadoPagoCountries: Readonly<Record<MercadoPagoCountry['country'], MercadoPagoCountry>> = {
  AR: {
    country: 'AR',
    name: 'Argentina',
    currency: 'ARS',
    decimals: 2,
    minMinor: 5_00,
    maxMinor: 4_000_000_00,
    money: { symbol: '$', space: true, thousands: '.', decimal: ',' },
  },
  BR: {
    country: 'BR',
    name: 'Brazil',
    currency: 'BRL',
    decimals: 2,
    minMinor: 1_00,
    maxMinor: 70_000_00,
    money: { symbol: 'R$', space: true, thousands: '.', decimal: ',' },
  },
  MX: {
    country: 'MX',
    name: 'Mexico',
    currency: 'MXN',
    decimals: 2,
    minMinor: 5_00,
    maxMinor: 350_000_00,
    money: { symbol: '$', space: false, thousands: ',', decimal: '.' },
  },
  CL: {
    country: 'CL',
    name: 'Chile',
    currency: 'CLP',
    decimals: 0,
    minMinor: 1_000,
    maxMinor: 3_000_000,
    money: { symbol: '$', space: false, thousands: '.', decimal: ',' },
  },
};

/** Whether Mercado Pago Point takes card payments in this currency at all (to offer its methods or not). */
export function isMercadoPagoCurrency(currency: string): boolean {
  return Object.values(mercadoPagoCountries).some((c) => c.currency === currency.toUpperCase());
}

export function mercadoPagoCountryForCurrency(currency: string): MercadoPagoCountry {
  const country = Object.values(mercadoPagoCountries).find((c) => c.currency === currency);
  if (country === undefined) {
    throw translatedError('unknown_currency', 'err.mp.currencyNotTaken', { currency }, 'currency');
  }
  return country;
}

function requireWholeMinorUnits(minor: number): void {
  if (!Number.isSafeInteger(minor) || minor < 0) {
    throw translatedError('amount_invalid', 'err.mp.wholeCents', undefined, 'amount');
  }
}

/** Minor units to Mercado Pago's decimal string: 2400 BRL → "24.00", 1500 CLP → "1500". Exact, no floats. */
export function toMercadoPagoAmount(minor: number, currency: string): string {
  const { decimals } = mercadoPagoCountryForCurrency(currency);
  requireWholeMinorUnits(minor);
  if (decimals === 0) return String(minor);
  const digits = String(minor).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const wireAmount = /^(\d+)(?:\.(\d{1,2}))?$/;

/**
 * Mercado Pago's decimal string to minor units: "24.00" or "24" BRL → 2400, "1500" CLP → 1500. The reference
 * allows "two decimal places or none", so both are read; a CLP amount may only carry zero decimals.
 */
export function fromMercadoPagoAmount(amount: string, currency: string): number {
  const { decimals } = mercadoPagoCountryForCurrency(currency);
  const match = wireAmount.exec(amount);
  const unreadable = translatedError(
    'amount_invalid',
    'err.mp.amountUnreadable',
    { amount, currency },
    'amount',
  );
  if (match === null) throw unreadable;
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  let digits: string;
  if (decimals === 0) {
    if (/[^0]/.test(fraction)) throw unreadable;
    digits = whole;
  } else {
    digits = whole + fraction.padEnd(2, '0');
  }
  const minor = BigInt(digits);
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) throw unreadable;
  return Number(minor);
}

/** Formats minor units the way the country writes money, for messages only. */
export function formatMercadoPagoMoney(minor: number, country: MercadoPagoCountry): string {
  const { symbol, space, thousands, decimal } = country.money;
  const digits = String(Math.abs(minor)).padStart(country.decimals + 1, '0');
  const whole = country.decimals === 0 ? digits : digits.slice(0, -country.decimals);
  const fraction = country.decimals === 0 ? '' : decimal + digits.slice(-country.decimals);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return `${minor < 0 ? '-' : ''}${symbol}${space ? ' ' : ''}${grouped}${fraction}`;
}

/**
 * Refuses, before anything is sent, an amount Mercado Pago would refuse or the currency's decimals cannot
 * carry. Throws `KassaError('amount_invalid', …, 'amount')` with the country's limits in its own notation.
 */
export function checkMercadoPagoAmount(minor: number, currency: string): void {
  const country = mercadoPagoCountryForCurrency(currency);
  requireWholeMinorUnits(minor);
  const range = {
    currency: country.currency,
    min: formatMercadoPagoMoney(country.minMinor, country),
    max: formatMercadoPagoMoney(country.maxMinor, country),
    amount: formatMercadoPagoMoney(minor, country),
  };
  if (minor < country.minMinor)
    throw translatedError('amount_invalid', 'err.mp.amountBelow', range, 'amount');
  if (minor > country.maxMinor)
    throw translatedError('amount_invalid', 'err.mp.amountAbove', range, 'amount');
}
