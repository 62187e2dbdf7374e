/*
 * Plain values of the IPC contract that the core needs at start, without a zod schema in sight. Each is
 * re-exported from the contract file it belongs to, where windows and tests keep importing it. Core modules
 * import it from here: importing it from its contract file would build every schema of that file at start
 * (bench `cold_start`), while the contract itself loads on the first call (core/ipc/contract-loader.ts). A
 * new constant may live in its contract file as before; it then only costs start-up time.
 */

/** The id of the built-in profile: the demo simulator, or the key IT put in KASSA_STRIPE_SECRET_KEY. */
export const builtInProfileId = 'default';

/**
 * The accounts a payment is posted to when the method leaves them empty (PREF-2), in the shape of a small
 * shop's chart of accounts (SKR 03 numbers): cash goes straight to the till's cash account; card and other bank
 * payments wait in "outstanding receipts" until the provider's payout arrives, passing through the intermediary
 * (clearing) account of the card payments in transit.
 */
export const defaultAccounts = {
  outstanding: { cash: '1000', bank: '1360' },
  intermediary: '1361',
} as const;

/** Baud rates a receipt printer's serial port is set to (Preferences offers these). */
export const serialBaudRates = [9600, 19200, 38400, 57600, 115200] as const;

/** How much fits: the same numbers the core checks against, for the form's hints. */
export const receiptLimits = { addressLines: 4, lineLength: 60, taxId: 40, footer: 300 } as const;

/** Stripe's card brands, as Stripe names them (`card.brand`); a card of a brand not chosen is refused. */
export const cardBrands = [
  'visa',
  'mastercard',
  'amex',
  'discover',
  'jcb',
  'diners',
  'unionpay',
  'cartes_bancaires',
] as const;
export type CardBrand = (typeof cardBrands)[number];

/** How a mail server is reached: TLS from the start, STARTTLS, or (loopback only) in the clear. */
export const smtpSecurityValues = ['tls', 'starttls', 'none'] as const;

/** The roles a staff member can have, from the least to the most trusted. */
export const staffRoles = ['cashier', 'manager', 'owner'] as const;
