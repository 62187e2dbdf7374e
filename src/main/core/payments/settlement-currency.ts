import type { ExchangeRates } from '../settings/exchange-rates.ts';
import type { StripeProfiles } from '../settings/stripe-profiles.ts';
import type { PaymentMethodRepo } from './payment-methods.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

export interface SettlementCurrencyDeps {
  methods: Pick<PaymentMethodRepo, 'get'>;
  profiles: Pick<StripeProfiles, 'list'>;
  exchangeRates: Pick<ExchangeRates, 'get'>;
}

/**
 * STO-3: a Stripe method whose profile settles in another currency than the order is charged in that currency
 * at the store's exchange rate. Without a rate for it the payment is refused before anything is sent. Answers
 * null when the card is charged in the order's own currency.
 */
export function createSettlementCurrency(deps: SettlementCurrencyDeps) {
  return (methodId: string, orderCurrency: string): { currency: string; rate: string } | null => {
    const profileId = deps.methods.get(methodId)?.profileId;
    if (!profileId) return null;
    const profile = deps.profiles.list().find((p) => p.id === profileId);
    if (!profile || profile.settlementCurrency === orderCurrency) return null;
    const rate = deps.exchangeRates.get(profile.settlementCurrency);
    if (!rate) {
      throw translatedError(
        'amount_invalid',
        'err.pay.noSettlementRate',
        { profile: profile.name, currency: profile.settlementCurrency },
        'amount',
      );
    }
    return { currency: profile.settlementCurrency, rate: rate.rate };
  };
}
