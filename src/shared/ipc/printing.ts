import { serialBaudRates } from './constants.ts';
import { z } from 'zod';
import { channel } from './channel.ts';
import { managerPin } from './fields.ts';
import { timestamp, uuid } from './common.ts';
import { words } from './field-words.ts';

/** Printers, the print queue, reprints and the cash drawer (TILL-7, TILL-9, PREF-1). */

export const printerCondition = z.enum([
  'ready',
  'offline',
  'paper_out',
  'cover_open',
  'unreachable',
  'unknown',
]);

/** Baud rates a receipt printer's serial port is set to (Preferences offers these). */
export { serialBaudRates };

export const printerInput = z
  .object({
    id: z.string().min(1).max(64),
    name: z
      .string()
      .trim()
      .min(1, { error: words('check.givePrinterName') })
      .max(60),
    kind: z.enum(['network', 'system', 'serial']),
    /** host:port for a network printer, the port (/dev/ttyUSB0, COM3) of a serial one, the system printer's name otherwise. */
    address: z
      .string()
      .trim()
      .min(1, { error: words('check.typePrinterSAddress') })
      .max(200),
    columns: z.union([z.literal(32), z.literal(42), z.literal(48)]),
    paperMm: z.union([z.literal(58), z.literal(80), z.literal(210)]),
    codepage: z.enum(['auto', 'cp437', 'cp850', 'cp858', 'cp852', 'cp866', 'windows1252', 'windows1251']),
    drawerPin: z.union([z.literal(2), z.literal(5)]).nullable(),
    receipts: z.boolean(),
    /** A serial printer's line speed in baud (null or absent for the others). */
    baud: z.number().int().nullable().optional(),
  })
  .strict();
export type PrinterInput = z.infer<typeof printerInput>;

export const printerView = printerInput.extend({ condition: printerCondition });
export type PrinterView = z.infer<typeof printerView>;

export const printJobView = z.object({
  id: z.string(),
  kind: z.enum(['receipt', 'refund', 'copy', 'drawer', 'test', 'z_report']),
  orderId: z.string().nullable(),
  orderNumber: z.number().int().nullable(),
  /** The Z report a z_report job prints. */
  zNumber: z.number().int().nullable(),
  printerId: z.string().nullable(),
  printerName: z.string().nullable(),
  state: z.enum(['waiting', 'sending', 'printed', 'uncertain', 'canceled']),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: timestamp,
});
export type PrintJobView = z.infer<typeof printJobView>;

export const printedPaper = z.object({
  lines: z.array(z.string()),
  /** How each line sat on the paper (the shop's name and the thanks are centred by the printer). */
  align: z.array(z.enum(['left', 'center', 'right'])),
  images: z.array(
    z.object({
      width: z.number().int(),
      height: z.number().int(),
      /** The dots, one bit each (1 = black), row after row, most significant bit first; base64. */
      dots: z.string(),
    }),
  ),
  qrCodes: z.array(z.string()),
  /** What came out in turn: the n-th "text" is lines[n], and so on. */
  order: z.array(z.enum(['text', 'image', 'qr'])),
  /** The print job it came from, when Kassa sent it (absent for paper it cannot place). */
  jobId: z.string().nullable(),
});
export type PrintedPaper = z.infer<typeof printedPaper>;

export const printingChannels = {
  'printing.status': channel({
    request: z.object({}).strict(),
    response: z.object({ printers: z.array(printerView), jobs: z.array(printJobView) }),
    windows: ['till', 'preferences'],
  }),
  'printing.reprint': channel({
    request: z.object({ orderId: uuid, printerId: z.string().max(64).optional() }).strict(),
    response: printJobView,
    windows: ['till'],
    signedIn: true,
  }),
  'printing.resolve': channel({
    request: z
      .object({ jobId: z.string().max(64), decision: z.enum(['print_again', 'it_printed']) })
      .strict(),
    response: printJobView,
    windows: ['till'],
    signedIn: true,
  }),
  'printing.move': channel({
    request: z.object({ jobId: z.string().max(64), printerId: z.string().max(64) }).strict(),
    response: printJobView,
    windows: ['till'],
    signedIn: true,
  }),
  /**
   * Demo mode: what the virtual printer printed last, the way the paper came out (of one order when asked),
   * and the drawer pulses it received. Empty outside demo mode.
   */
  'printing.paper': channel({
    request: z.object({ orderId: uuid.optional() }).strict(),
    response: z.object({
      receipts: z.array(printedPaper),
      pulses: z.array(z.object({ pin: z.union([z.literal(2), z.literal(5)]), at: timestamp })),
    }),
    windows: ['till'],
  }),
  'drawer.noSale': channel({
    request: z
      .object({
        reason: z
          .string({ error: words('check.sayWhyDrawerOpened') })
          .trim()
          .min(3, { error: words('check.sayWhyDrawerOpened2') })
          .max(200, { error: words('check.reasonMost200Characters') }),
        managerPin: managerPin.optional(),
      })
      .strict(),
    response: printJobView,
    windows: ['till'],
    signedIn: true,
  }),
  'printers.save': channel({ request: printerInput, response: printerView, windows: ['preferences'] }),
  'printers.remove': channel({
    request: z.object({ id: z.string().max(64) }).strict(),
    response: z.object({ removed: z.boolean() }),
    windows: ['preferences'],
  }),
  'printers.testPage': channel({
    request: z.object({ id: z.string().max(64) }).strict(),
    response: printJobView,
    windows: ['preferences'],
  }),
  /** A closed shift's Z report on the receipt printer (or the printer named), as text of the roll's width. */
  'printing.printZ': channel({
    request: z
      .object({ number: z.number().int().positive(), printerId: z.string().max(64).optional() })
      .strict(),
    response: printJobView,
    windows: ['till', 'preferences'],
    signedIn: true,
  }),
};

export const printingEvents = {
  'printing.changed': z.object({ jobId: z.string(), state: printJobView.shape.state }),
};
