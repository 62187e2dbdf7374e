import { invalidParam } from './errors.ts';

/** Currencies Stripe charges in (presentment currencies), lower-case as the API returns them. */
const supported = new Set(
  (
    'usd aed afn all amd ang aoa ars aud awg azn bam bbd bdt bgn bhd bif bmd bnd bob brl bsd bwp byn bzd cad cdf chf ' +
    'clp cny cop crc cve czk djf dkk dop dzd egp etb eur fjd fkp gbp gel gip gmd gnf gtq gyd hkd hnl htg huf idr ils ' +
    'inr isk jmd jod jpy kes kgs khr kmf krw kwd kyd kzt lak lbp lkr lrd lsl mad mdl mga mkd mmk mnt mop mur mvr mwk ' +
    'mxn myr mzn nad ngn nio nok npr nzd omr pab pen pgk php pkr pln pyg qar ron rsd rub rwf sar sbd scr sek sgd shp ' +
    'sle sos srd std szl thb tjs tnd top try ttd twd tzs uah ugx uyu uzs vnd vuv wst xaf xcd xof xpf yer zar zmw'
  ).split(' '),
);

const zeroDecimal = new Set([
  'bif',
  'clp',
  'djf',
  'gnf',
  'jpy',
  'kmf',
  'krw',
  'mga',
  'pyg',
  'rwf',
  'ugx',
  'vnd',
  'vuv',
  'xaf',
  'xof',
  'xpf',
]);

const threeDecimal = new Set(['bhd', 'jod', 'kwd', 'omr', 'tnd']);

/** Stripe's minimum charge per presentment currency, in minor units. */
const minimumCharge: Record<string, number> = {
  usd: 50,
  eur: 50,
  gbp: 30,
  aud: 50,
  cad: 50,
  chf: 50,
  nzd: 50,
  sgd: 50,
  brl: 50,
  inr: 50,
  bgn: 100,
  aed: 200,
  pln: 200,
  ron: 200,
  myr: 200,
  dkk: 250,
  nok: 300,
  sek: 300,
  hkd: 400,
  mxn: 1000,
  thb: 1000,
  czk: 1500,
  huf: 17500,
  jpy: 50,
};

const symbols: Record<string, string> = { usd: '$', eur: '€', gbp: '£', jpy: '¥', inr: '₹', brl: 'R$' };

/** At most eight digits of minor units. */
const maximumAmount = 99_999_999;

export function decimalsOf(currency: string): number {
  if (zeroDecimal.has(currency)) return 0;
  if (threeDecimal.has(currency)) return 3;
  return 2;
}

/** Accepts `EUR` or `eur`, answers `eur`; an unsupported code is Stripe's "Invalid currency" error. */
export function readCurrency(raw: string, param = 'currency'): string {
  const currency = raw.toLowerCase();
  if (!supported.has(currency)) {
    throw invalidParam(
      `Invalid currency: ${raw}. Stripe currently supports these currencies: ${[...supported].join(', ')}`,
      param,
    );
  }
  return currency;
}

/** "€0.50 eur", the way Stripe's amount errors print money. */
export function formatAmount(amount: number, currency: string): string {
  const decimals = decimalsOf(currency);
  const major = (amount / 10 ** decimals).toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
  return `${symbols[currency] ?? ''}${major} ${currency}`;
}

/** Stripe's checks on a charge amount: the ceiling, the currency's minimum, and whole fils for 3-decimal currencies. */
export function checkChargeAmount(amount: number, currency: string, param = 'amount'): void {
  if (amount > maximumAmount) {
    throw invalidParam(
      `Amount must be no more than ${formatAmount(maximumAmount, currency)}`,
      param,
      'amount_too_large',
    );
  }
  const minimum = minimumCharge[currency] ?? 1;
  if (amount < minimum) {
    throw invalidParam(
      `Amount must be at least ${formatAmount(minimum, currency)}`,
      param,
      'amount_too_small',
    );
  }
  if (threeDecimal.has(currency) && amount % 10 !== 0) {
    throw invalidParam(
      `Invalid amount: ${currency} is charged in units of 10 (its smallest coin), so the amount must end in 0.`,
      param,
      'invalid_charge_amount',
    );
  }
}
