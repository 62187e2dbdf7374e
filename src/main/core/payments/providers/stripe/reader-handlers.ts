import type { Handlers } from '../../../ipc/dispatcher.ts';
import type { CardPayments } from '../../card-payments.ts';
import type { Services } from '../../../services.ts';
import { translatedError } from '../../../../../shared/i18n/errors.ts';

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
    if (!r) throw translatedError('provider_unreachable', 'err.stripe.notSetUp');
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
      const taken = s.methods.byTerminalRef(serialNumber);
      if (taken) {
        throw translatedError(
          'conflict',
          'err.stripe.readerTaken',
          { serial: serialNumber, method: taken.name },
          'serialNumber',
        );
      }
      if (!(await r.exists(serialNumber))) {
        throw translatedError(
          'not_found',
          'err.stripe.noSuchReader',
          { serial: serialNumber },
          'serialNumber',
        );
      }
      const methodId = `stripe-${serialNumber.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const position = s.methods.nextPosition();
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
