/**
 * The printing tests' one set-up: a till in demo mode whose receipt printer is the demo's virtual ESC/POS printer
 * over real TCP, retrying waiting jobs every 50 ms; and the paper as read.
 */
import { afterEach, beforeEach } from 'vitest';
import type { VirtualPrinter } from '../../../src/sim/escpos/index.ts';
import type { PrintedPiece } from '../../../src/sim/escpos/decoder.ts';
import { preferencesTill, type PreferencesTill } from '../preferences/preferences-till.ts';

export interface PrintingTill {
  kassa: PreferencesTill;
  printer: VirtualPrinter;
}

/** Opens a fresh till and its printer before each test (handed to `use`) and closes them after it. */
export function printingTillForEachTest(
  use: (till: PrintingTill) => void,
  options: Parameters<typeof preferencesTill>[0] = {},
): void {
  let kassa: PreferencesTill | undefined;
  beforeEach(async () => {
    kassa = preferencesTill({ providers: { stripe: { mode: 'demo' } }, printRetryMs: 50, ...options });
    await kassa.core.printing.ready;
    use({ kassa, printer: kassa.core.printing.demoPrinter()! });
  });
  afterEach(async () => kassa?.close());
}

/** The paper as read: runs of spaces between a label and its amount read as one. */
export const readPaper = (piece: PrintedPiece): string[] =>
  piece.lines.map((l) => l.replace(/\s{2,}/g, ' ').trim());
