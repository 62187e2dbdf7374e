import type { Handlers } from '../ipc/dispatcher.ts';
import type { Printing } from './printing.ts';

type PrintingChannel =
  | 'printing.status'
  | 'printing.reprint'
  | 'printing.resolve'
  | 'printing.move'
  | 'printing.paper'
  | 'drawer.noSale'
  | 'printers.save'
  | 'printers.remove'
  | 'printers.testPage'
  | 'printing.printZ';

/** Printers, the print queue and the drawer (issue 11): routes only; the rules are in print-queue.ts. */
export function printingHandlers(p: Printing): Pick<Handlers, PrintingChannel> {
  return {
    'printing.status': async () => ({ printers: await p.queue.printers(), jobs: p.queue.jobs() }),
    'printing.reprint': ({ orderId, printerId }) => p.queue.reprint(orderId, printerId),
    'printing.resolve': ({ jobId, decision }) => p.queue.resolve(jobId, decision),
    'printing.move': ({ jobId, printerId }) => p.queue.move(jobId, printerId),
    'printing.paper': ({ orderId }) => p.paper(orderId),
    'drawer.noSale': ({ reason, managerPin }) => p.queue.noSale(reason, managerPin),
    'printers.save': (input) => p.queue.savePrinter(input, p.owner()),
    'printers.remove': ({ id }) => ({ removed: p.queue.removePrinter(id, p.owner()) }),
    'printers.testPage': ({ id }) => (p.owner(), p.queue.testPage(id)),
    'printing.printZ': ({ number, printerId }) => p.queue.printZ(number, printerId),
  };
}
