import { KassaError } from '../../../../../shared/errors.ts';
import type { Handlers } from '../../../ipc/dispatcher.ts';
import type { CardPayments } from '../../card-payments.ts';
import type { Services } from '../../../services.ts';

type ReaderChannels =
  | 'stripeTerminal.locations'
  | 'stripeTerminal.createLocation'
  | 'stripeTerminal.readers'
  | 'stripeTerminal.registerReader'
  | 'stripeTerminal.assignReader';

/** Handlers of the reader set-up channels (STT-1, STT-6). */
export function stripeReaderHandlers(s: Services, cards: CardPayments): Pick<Handlers, ReaderChannels> {
  const readers = async () => {
    await cards.ready;
    const r = cards.stripeReaders();
    if (!r)
      throw new KassaError(
        'provider_unreachable',
        'Stripe is not set up on this till. Add a secret key first.',
      );
    return r;
  };
  return {
    'stripeTerminal.locations': async () => (await readers()).locations(),
    'stripeTerminal.readers': async () => (await readers()).readers(),
    'stripeTerminal.createLocation': async ({ managerPin, ...input }) => {
      const r = await readers();
      cards.managerPin.verify(managerPin, 'stripe.location.create');
      const location = await r.createLocation(input);
      s.audit.record({
        action: 'stripe.location_created',
        subject: location.id,
        actor: 'manager',
        details: { name: input.displayName },
      });
      return location;
    },
    'stripeTerminal.registerReader': async ({ managerPin, ...input }) => {
      const r = await readers();
      cards.managerPin.verify(managerPin, 'stripe.reader.register');
      const reader = await r.register(input);
      s.audit.record({
        action: 'stripe.reader_registered',
        subject: reader.id,
        actor: 'manager',
        details: { serial: reader.serialNumber, label: input.label },
      });
      return reader;
    },
    'stripeTerminal.assignReader': async ({ managerPin, methodName, serialNumber }) => {
      const r = await readers();
      cards.managerPin.verify(managerPin, 'stripe.reader.assign');
      const taken = s.db
        .prepare<[string], { name: string }>('SELECT name FROM payment_methods WHERE terminal_ref = ?')
        .get(serialNumber);
      if (taken) {
        throw new KassaError(
          'conflict',
          `Reader ${serialNumber} is already used by the method "${taken.name}". A reader serves one method.`,
          'serialNumber',
        );
      }
      if (!(await r.exists(serialNumber))) {
        throw new KassaError(
          'not_found',
          `Stripe has no reader with serial number ${serialNumber}. Find it under the reader or in the Stripe dashboard.`,
          'serialNumber',
        );
      }
      const methodId = `stripe-${serialNumber.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const position = s.db
        .prepare('SELECT coalesce(max(position), 0) + 1 FROM payment_methods')
        .pluck()
        .get() as number;
      s.methods.insert({
        id: methodId,
        name: methodName,
        journal: 'bank',
        terminal: 'stripe',
        terminalRef: serialNumber,
        profileId: null,
        identifyCustomer: false,
        voucher: false,
        active: true,
        position,
      });
      s.audit.record({
        action: 'payment_method.created',
        subject: methodId,
        actor: 'manager',
        details: { name: methodName, terminal: 'stripe', serialNumber },
      });
      return { methodId };
    },
  };
}
