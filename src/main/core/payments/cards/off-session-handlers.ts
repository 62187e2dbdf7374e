import type { Handlers } from '../../ipc/dispatcher.ts';
import type { CardPayments } from '../card-payments.ts';

/** Charges on a card on file: the handlers only route to the off-session service. */
export function offSessionHandlers(
  payments: CardPayments,
): Pick<Handlers, 'cards.charge' | 'cards.chargeLink'> {
  return {
    'cards.charge': async (request) => {
      await payments.settled();
      return payments.offSession.charge(request);
    },
    'cards.chargeLink': ({ attemptId }) => payments.offSession.authenticationLink(attemptId),
  };
}
