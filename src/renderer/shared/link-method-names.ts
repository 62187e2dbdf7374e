import { t } from '../../shared/i18n/translate.ts';
import type { LinkMethod } from '../../shared/payments/link-methods.ts';

/** The names of the ways to pay a link, as the till and the preferences show them. */
export const linkMethodName: Record<LinkMethod, () => string> = {
  card: () => t('paylink.method.card'),
  ideal: () => t('paylink.method.ideal'),
  bancontact: () => t('paylink.method.bancontact'),
  sepa_debit: () => t('paylink.method.sepa_debit'),
  eps: () => t('paylink.method.eps'),
  p24: () => t('paylink.method.p24'),
};
