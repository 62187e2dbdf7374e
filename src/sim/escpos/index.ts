export { startVirtualPrinter, type VirtualPrinter, type PrinterState, type Pulse } from './printer.ts';
export { createDecoder, type PrintedPiece, type PrintedImage } from './decoder.ts';
