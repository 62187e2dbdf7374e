/**
 * What the simulated account's site accepts. Kept apart from the client's own table on purpose: the client's
 * checks are tested against this fake, so sharing one table would hide a wrong limit in both.
 */
export type SimCountry = 'AR' | 'BR' | 'MX' | 'CL';

export interface SimSite {
  country: SimCountry;
  siteId: string;
  currency: string;
  decimals: 0 | 2;
  minMinor: number;
  maxMinor: number;
}

export const simSites: Readonly<Record<SimCountry, SimSite>> = {
  AR: { country: 'AR', siteId: 'MLA', currency: 'ARS', decimals: 2, minMinor: 500, maxMinor: 400_000_000 },
  BR: { country: 'BR', siteId: 'MLB', currency: 'BRL', decimals: 2, minMinor: 100, maxMinor: 7_000_000 },
  MX: { country: 'MX', siteId: 'MLM', currency: 'MXN', decimals: 2, minMinor: 500, maxMinor: 35_000_000 },
  CL: { country: 'CL', siteId: 'MLC', currency: 'CLP', decimals: 0, minMinor: 1_000, maxMinor: 3_000_000 },
};

export function formatAmount(minor: number, decimals: 0 | 2): string {
  if (decimals === 0) return String(minor);
  const digits = String(minor).padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Reads a wire amount. Orders insist on the currency's exact decimals ("24.00", "1500"), as the integration
 * guide demands; refunds also take a whole number without decimals, as their reference allows.
 */
export function parseAmount(amount: string, decimals: 0 | 2, allowWhole = false): number | null {
  const pattern =
    decimals === 0 ? /^(0|[1-9]\d*)$/ : allowWhole ? /^(0|[1-9]\d*)(\.\d{2})?$/ : /^(0|[1-9]\d*)\.\d{2}$/;
  if (!pattern.test(amount)) return null;
  const [whole = '0', fraction = ''] = amount.split('.');
  const minor = Number(whole + (decimals === 0 ? '' : fraction.padEnd(2, '0')));
  return Number.isSafeInteger(minor) ? minor : null;
}
