import type ReceiptPrinterEncoderClass from '@point-of-sale/receipt-printer-encoder';
import type CodepageEncoderClass from '@point-of-sale/codepage-encoder';
import { onFirstUse } from '../system/on-first-use.ts';

// The encoders load on the first receipt, not at start.
const ReceiptPrinterEncoder = onFirstUse<typeof ReceiptPrinterEncoderClass>(
  '@point-of-sale/receipt-printer-encoder',
);
const CodepageEncoder = onFirstUse<typeof CodepageEncoderClass>('@point-of-sale/codepage-encoder');

/**
 * Loads the encoders ahead of need. The printing domain calls it a second after start when a receipt printer is
 * set up, so the day's first sale does not wait 100–400 ms for the modules (measured on a busy till).
 */
export function loadEncoders(): void {
  ReceiptPrinterEncoder();
  CodepageEncoder();
}
import type { ReceiptBlock, ReceiptDocument } from '../../../shared/receipts/receipt-document.ts';

/*
 * ESC/POS bytes for a thermal printer. The layout is ours (so that a label that does not fit wraps and is never
 * cut off); the encoder turns it into commands and picks code pages. A line the printer's code pages cannot
 * encode (Chinese on a European printer) is printed as a raster image of the same line, drawn by a
 * `Rasteriser`: the customer gets the real characters, never question marks.
 */

export type Columns = 32 | 42 | 48;
/** `auto` lets the encoder switch between the printer's code pages line by line. */
export type CodePage =
  'auto' | 'cp437' | 'cp850' | 'cp858' | 'cp852' | 'cp866' | 'windows1252' | 'windows1251';

/** A printed line: left text, optional right-aligned text, how it is set. */
export interface PrintedLine {
  left: string;
  right: string;
  align: 'left' | 'center';
  bold: boolean;
  /** Double height (the shop's name, COPY). */
  tall: boolean;
}

/** A black-on-white bitmap as the encoder reads it (RGBA, width a multiple of 8). */
export interface Bitmap {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Draws one printed line at `widthDots` wide (12 dots per column, as the printer's font A). */
export type Rasteriser = (line: PrintedLine, widthDots: number) => Bitmap;

export interface EscPosOptions {
  columns: Columns;
  codepage: CodePage;
  /** Needed only when a line cannot be encoded; without one such a receipt is refused, not garbled. */
  rasterise?: Rasteriser | undefined;
  /** Open the drawer after printing (ESC p on this pin). */
  drawerPin?: 2 | 5 | undefined;
}

/** Dots per column of the printers' 12×24 font A. */
export const dotsPerColumn = 12;

/** East Asian wide characters take two columns of font A (the BMP's wide blocks; none is below U+1100). */
const isWide = (c: number) =>
  c >= 0x1100 &&
  (c <= 0x115f ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6));

/** Columns `text` takes: one per character, two for a wide one (counted on char codes: it runs for every line). */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A character outside the BMP is two UTF-16 units and one column; none of them is wide.
    if (c >= 0xd800 && c <= 0xdbff) i++;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}

/**
 * Typography that thermal code pages lack, as the printers' own characters: the minus sign, typographic
 * quotes and the narrow spaces Intl puts between an amount and its currency. Letters are never replaced.
 */
const typography: Readonly<Record<string, string>> = {
  '\u2212': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
};
/** Replaces typography by the characters above (a loop over char codes: it runs for every text of a receipt). */
export function printerText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xa0) continue;
    const replacement = typography[text.charAt(i)];
    if (replacement === undefined) continue;
    out += text.slice(from, i) + replacement;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Printable ASCII only: the same bytes in every code page, one column each. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** Splits text into lines of at most `width` columns, at spaces where it can; long words are broken. */
export function wrap(text: string, width: number): string[] {
  if (text.length <= width && displayWidth(text) <= width) return [text.trimEnd()];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(/(\s+)/u)) {
    if (word === '') continue;
    const w = displayWidth(word);
    if (used + w <= width) {
      line += word;
      used += w;
      continue;
    }
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = '';
    used = 0;
    if (/^\s+$/u.test(word)) continue;
    for (const ch of word) {
      const c = displayWidth(ch);
      if (used + c > width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += ch;
      used += c;
    }
  }
  if (line.trim() !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

const printed = (left: string, align: PrintedLine['align'], strong: boolean): PrintedLine => ({
  left,
  right: '',
  align,
  bold: strong,
  tall: strong && align === 'center',
});

/** The receipt's blocks as printed lines of `columns` columns (QR codes stay blocks of their own). */
export function layoutLines(
  blocks: readonly ReceiptBlock[],
  columns: number,
): (PrintedLine | { qr: string })[] {
  const out: (PrintedLine | { qr: string })[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        for (const l of wrap(printerText(block.text), columns)) out.push(printed(l, 'center', true));
        break;
      case 'center':
        for (const l of wrap(printerText(block.text), columns))
          out.push(printed(l, 'center', block.strong ?? false));
        break;
      case 'text':
        for (const l of wrap(printerText(block.text), columns)) out.push(printed(l, 'left', false));
        break;
      case 'rule':
        out.push(printed('-'.repeat(columns), 'left', false));
        break;
      case 'qr':
        out.push({ qr: block.payload });
        break;
      case 'row': {
        const indent = block.detail ? '  ' : '';
        const amount = printerText(block.amount);
        const amountWidth = displayWidth(amount);
        const labelWidth = columns - indent.length - (amountWidth > 0 ? amountWidth + 1 : 0);
        const labels = wrap(printerText(block.label), Math.max(8, labelWidth));
        // A label too long for the amount's line wraps; the amount goes on its last line, or below it.
        const last = labels[labels.length - 1]!;
        const fits = displayWidth(indent + last) + 1 + amountWidth <= columns;
        const bold = block.strong ?? false;
        for (let i = 0; i < labels.length; i++) {
          const isLast = i === labels.length - 1;
          out.push({
            left: indent + labels[i]!,
            right: isLast && fits ? amount : '',
            align: 'left',
            bold,
            tall: false,
          });
        }
        if (!fits && amountWidth > 0)
          out.push({
            left: '',
            right: amount,
            align: 'left',
            bold: block.strong ?? false,
            tall: false,
          });
        break;
      }
    }
  }
  return out;
}

type EncoderCodepage = Parameters<typeof CodepageEncoderClass.getCodepoints>[0];

/** `auto`: the code pages most ESC/POS printers have, Western European first (cp858 has the euro sign). */
const autoCandidates: readonly EncoderCodepage[] = [
  'cp858',
  'cp437',
  'cp852',
  'cp866',
  'windows1252',
  'windows1251',
];
const candidates = (codepage: CodePage): readonly EncoderCodepage[] =>
  codepage === 'auto' ? autoCandidates : [codepage];

/**
 * Each code page's characters → byte, built once from the encoder's tables. The encoder's own `encode` deep-copies
 * the whole code page definition on every call (structuredClone), which made a 50-line receipt cost ~10 ms.
 */
const tables = new Map<EncoderCodepage, Int16Array>();
/** The byte of each BMP character in `codepage`, −1 where it has none (an array: looked up for every character). */
function tableOf(codepage: EncoderCodepage): Int16Array {
  let table = tables.get(codepage);
  if (!table) {
    table = new Int16Array(0x10000).fill(-1);
    const points = CodepageEncoder().getCodepoints(codepage, true);
    // The first byte wins, as in the encoder's own lookup.
    for (let byte = points.length - 1; byte >= 0; byte--) {
      const point = points[byte];
      if (typeof point === 'number' && point < 0x10000) table[point] = byte;
    }
    table[0xfffd] = -1;
    tables.set(codepage, table);
  }
  return table;
}

/** Whether `codepage` has every character of `text` (a character outside the BMP is in none). */
function covers(text: string, codepage: EncoderCodepage): boolean {
  const table = tableOf(codepage);
  for (let i = 0; i < text.length; i++) if (table[text.charCodeAt(i)]! < 0) return false;
  return true;
}

/**
 * The code page that prints all of `text` (the current one if it can, to spare switches), or null. Chosen
 * here rather than by the encoder's own `auto`, which costs tens of milliseconds per line.
 */
export function codepageFor(
  text: string,
  codepage: CodePage,
  current?: EncoderCodepage,
): EncoderCodepage | null {
  // Printable ASCII is the same in every candidate: no switch, no look-ups.
  if (isAscii(text))
    return current && candidates(codepage).includes(current) ? current : candidates(codepage)[0]!;
  if (current && candidates(codepage).includes(current) && covers(text, current)) return current;
  return candidates(codepage).find((cp) => covers(text, cp)) ?? null;
}

/** Whether a document needs the rasteriser at this code page setting. */
export function needsRaster(doc: ReceiptDocument, codepage: CodePage): boolean {
  return doc.blocks.some((b) => {
    const texts =
      b.kind === 'row' ? [b.label, b.amount] : b.kind === 'rule' || b.kind === 'qr' ? [] : [b.text];
    return texts.some((t) => codepageFor(printerText(t), codepage) === null);
  });
}

export class UnprintableTextError extends Error {}

/** ESC t's number for each code page, read once from the encoder (its default, Epson's table). */
const codepageNumbers = new Map<EncoderCodepage, number>();
function codepageNumber(cp: EncoderCodepage): number {
  let n = codepageNumbers.get(cp);
  if (n === undefined) {
    const bytes = new (ReceiptPrinterEncoder())({ language: 'esc-pos' }).codepage(cp).text('a').encode();
    for (let i = 0; i + 2 < bytes.length; i++)
      if (bytes[i] === 0x1b && bytes[i + 1] === 0x74) n = bytes[i + 2]!;
    if (n === undefined) throw new Error(`The encoder has no ESC t number for ${cp}.`);
    codepageNumbers.set(cp, n);
  }
  return n;
}

/**
 * The receipt's bytes as they are written: one buffer that grows, so a receipt is not hundreds of small arrays
 * copied together at the end (the garbage they made was collected in the middle of later receipts).
 */
class ByteWriter {
  private buf = new Uint8Array(4096);
  private n = 0;

  private room(more: number) {
    if (this.n + more <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.n + more));
    bigger.set(this.buf.subarray(0, this.n));
    this.buf = bigger;
  }

  bytes(bytes: Uint8Array) {
    this.room(bytes.length);
    this.buf.set(bytes, this.n);
    this.n += bytes.length;
  }

  /** A command of up to three bytes. */
  command(a: number, b: number, c: number) {
    this.room(3);
    this.buf[this.n++] = a;
    this.buf[this.n++] = b;
    this.buf[this.n++] = c;
  }

  byte(a: number) {
    this.room(1);
    this.buf[this.n++] = a;
  }

  /** `text` in `codepage` (every character must be in it: `codepageFor` chose it). */
  text(text: string, codepage: EncoderCodepage) {
    this.room(text.length);
    const { buf } = this;
    const table = tableOf(codepage);
    let n = this.n;
    for (let i = 0; i < text.length; i++) buf[n++] = table[text.charCodeAt(i)]!;
    this.n = n;
  }

  done(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

/**
 * A text line as ESC/POS: alignment, emphasis, height, the code page when it changes, the text, LF. Written
 * directly (the encoder's own line() re-wraps and re-encodes each line, ten times slower, and the layout is
 * already done); the encoder is kept for what it does well: raster images.
 */
function writeTextLine(
  out: ByteWriter,
  line: PrintedLine,
  text: string,
  codepage: EncoderCodepage,
  switchTo: boolean,
) {
  out.command(0x1b, 0x61, line.align === 'center' ? 1 : 0);
  out.command(0x1b, 0x45, line.bold ? 1 : 0);
  out.command(0x1d, 0x21, line.tall ? 0x01 : 0x00);
  if (switchTo) out.command(0x1b, 0x74, codepageNumber(codepage));
  out.text(text, codepage);
  out.byte(0x0a);
}

/**
 * The receipt's fixed parts, encoded once by the encoder and cached: initialise (ESC @ and the printer's
 * single-byte mode), and the end (feed, partial cut, then the drawer pulse on pin 2 or 5, or none).
 */
const fixed = new Map<string, Uint8Array>();
function fixedBytes(key: 'start' | 'end' | 'end2' | 'end5'): Uint8Array {
  let bytes = fixed.get(key);
  if (!bytes) {
    const encoder = new (ReceiptPrinterEncoder())({ language: 'esc-pos', feedBeforeCut: 4 });
    if (key === 'start') encoder.initialize();
    else encoder.cut('partial');
    if (key === 'end2') encoder.pulse(0);
    if (key === 'end5') encoder.pulse(1);
    bytes = encoder.encode();
    fixed.set(key, bytes);
  }
  return bytes;
}

/**
 * A QR code (model 2, module size 6, error correction M) as the printer's own GS ( k commands, centred: the
 * printer draws it. Written here because the encoder encodes the payload through a per-call copy of a code page
 * table. The payload goes as UTF-8 bytes, which scanners read.
 */
function qrBytes(payload: string): Uint8Array {
  const data = Buffer.from(payload, 'utf8');
  const store = data.length + 3;
  return Uint8Array.from([
    ...[0x1b, 0x61, 1], // centre
    ...[0x1d, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00], // model 2
    ...[0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 6], // module size
    ...[0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x31], // error correction M
    ...[0x1d, 0x28, 0x6b, store & 0xff, store >> 8, 0x31, 0x50, 0x30, ...data], // store
    ...[0x1d, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30, 0x0a], // print
    ...[0x1b, 0x61, 0],
  ]);
}

/** A raster line through the encoder (GS v 0 from the bitmap, black where darker than half). */
function imageBytes(bitmap: Bitmap): Uint8Array {
  return new (ReceiptPrinterEncoder())({ language: 'esc-pos', imageMode: 'raster' })
    .align('left')
    .image(bitmap, bitmap.width, bitmap.height, 'threshold', 128)
    .encode();
}

/** The receipt as ESC/POS bytes: initialise, lines, QR code, feed and cut, then the drawer pulse if asked. */
export function renderEscPos(doc: ReceiptDocument, options: EscPosOptions): Uint8Array {
  const out = new ByteWriter();
  out.bytes(fixedBytes('start'));
  let current: EncoderCodepage | undefined;
  const widthDots = options.columns * dotsPerColumn;
  for (const line of layoutLines(doc.blocks, options.columns)) {
    if ('qr' in line) {
      out.bytes(qrBytes(line.qr));
      continue;
    }
    const text = line.right
      ? line.left +
        ' '.repeat(Math.max(1, options.columns - displayWidth(line.left) - displayWidth(line.right))) +
        line.right
      : line.left;
    const codepage = codepageFor(text, options.codepage, current);
    if (codepage === null) {
      if (!options.rasterise)
        throw new UnprintableTextError(`This printer's code page cannot print "${text}".`);
      out.bytes(imageBytes(options.rasterise(line, widthDots)));
      continue;
    }
    writeTextLine(out, line, text, codepage, codepage !== current);
    current = codepage;
  }
  out.bytes(fixedBytes(options.drawerPin ? (options.drawerPin === 2 ? 'end2' : 'end5') : 'end'));
  return out.done();
}
