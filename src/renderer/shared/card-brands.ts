import type { CardBrand } from '../../shared/ipc/cards-on-file.ts';

/** Stripe's card brands as printed on the cards; proper names, the same in every language. */
const names: Record<CardBrand, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  jcb: 'JCB',
  diners: 'Diners Club',
  unionpay: 'UnionPay',
  cartes_bancaires: 'Cartes Bancaires',
};

/** "visa" → "Visa"; a brand Stripe adds later shows as Stripe names it. */
export const brandName = (brand: string): string =>
  Object.hasOwn(names, brand) ? names[brand as CardBrand] : brand;
