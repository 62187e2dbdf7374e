import type ReceiptPrinterEncoderClass from '@point-of-sale/receipt-printer-encoder';
import type CodepageEncoderClass from '@point-of-sale/codepage-encoder';
import { onFirstUse } from '../system/on-first-use.ts';

// The encoders load on the first receipt, not at start.
const ReceiptPrinterEncoder = onFirstUse<typeof ReceiptPrinterEncoderClass>(
  '@point-of-sale/receipt-printer-encoder',
);
const CodepageEncoder = onFirstUse<typeof CodepageEncoderClass>('@point-of-sale/codepage-encoder');
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

/** East Asian wide characters take two columns of font A. */
const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += wide.test(ch) ? 2 : 1;
  return width;
}

/**
 * Typography that thermal code pages lack, as the printers' own characters: the minus sign, typographic
 * quotes and the narrow spaces Intl puts between an amount and its currency. Letters are never replaced.
 */
const typography: Readonly<Record<string, string>> = {
  '\u2212': '-',
  '\u2013': '-',
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
const typographyPattern = new RegExp(`[${Object.keys(typography).join('')}]`, 'gu');
export const printerText = (text: string): string =>
  text.replace(typographyPattern, (c) => typography[c] ?? c);

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

const plain = (left: string, align: PrintedLine['align'] = 'left'): PrintedLine => ({
  left,
  right: '',
  align,
  bold: false,
  tall: false,
});

/** The receipt's blocks as printed lines of `columns` columns (QR codes stay blocks of their own). */
export function layoutLines(
  blocks: readonly ReceiptBlock[],
  columns: number,
): (PrintedLine | { qr: string })[] {
  const out: (PrintedLine | { qr: string })[] = [];
  for (const original of blocks) {
    const block: ReceiptBlock =
      original.kind === 'row'
        ? { ...original, label: printerText(original.label), amount: printerText(original.amount) }
        : original.kind === 'rule' || original.kind === 'qr'
          ? original
          : { ...original, text: printerText(original.text) };
    switch (block.kind) {
      case 'heading':
        for (const l of wrap(block.text, columns))
          out.push({ ...plain(l, 'center'), bold: true, tall: true });
        break;
      case 'center':
        for (const l of wrap(block.text, columns))
          out.push({ ...plain(l, 'center'), bold: block.strong ?? false, tall: block.strong ?? false });
        break;
      case 'text':
        for (const l of wrap(block.text, columns)) out.push(plain(l));
        break;
      case 'rule':
        out.push(plain('-'.repeat(columns)));
        break;
      case 'qr':
        out.push({ qr: block.payload });
        break;
      case 'row': {
        const indent = block.detail ? '  ' : '';
        const amountWidth = displayWidth(block.amount);
        const labelWidth = columns - indent.length - (amountWidth > 0 ? amountWidth + 1 : 0);
        const labels = wrap(block.label, Math.max(8, labelWidth));
        // A label too long for the amount's line wraps; the amount goes on its last line, or below it.
        const last = labels[labels.length - 1]!;
        const fits = displayWidth(indent + last) + 1 + amountWidth <= columns;
        labels.forEach((l, i) => {
          const isLast = i === labels.length - 1;
          out.push({
            left: indent + l,
            right: isLast && fits ? block.amount : '',
            align: 'left',
            bold: block.strong ?? false,
            tall: false,
          });
        });
        if (!fits && amountWidth > 0)
          out.push({
            left: '',
            right: block.amount,
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

/** The characters each code page can print, computed once. */
const printable = new Map<EncoderCodepage, Set<number>>();
function printableIn(codepage: EncoderCodepage): Set<number> {
  let set = printable.get(codepage);
  if (!set) {
    set = new Set(CodepageEncoder().getCodepoints(codepage, true));
    printable.set(codepage, set);
  }
  return set;
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
  const covers = (cp: EncoderCodepage) => {
    const set = printableIn(cp);
    for (const ch of text) if (!set.has(ch.codePointAt(0)!)) return false;
    return true;
  };
  if (current && candidates(codepage).includes(current) && covers(current)) return current;
  return candidates(codepage).find(covers) ?? null;
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
 * A text line as ESC/POS: alignment, emphasis, height, the code page when it changes, the text, LF. Written
 * directly (the encoder's own line() re-wraps and re-encodes each line, ten times slower, and the layout is
 * already done); the encoder is kept for what it does well: QR codes and raster images.
 */
function textLineBytes(
  line: PrintedLine,
  text: string,
  codepage: EncoderCodepage,
  switchTo: boolean,
): Uint8Array {
  const head = [
    0x1b,
    0x61,
    line.align === 'center' ? 1 : 0,
    0x1b,
    0x45,
    line.bold ? 1 : 0,
    0x1d,
    0x21,
    line.tall ? 0x01 : 0x00,
    ...(switchTo ? [0x1b, 0x74, codepageNumber(codepage)] : []),
  ];
  const body = CodepageEncoder().encode(text, codepage);
  const out = new Uint8Array(head.length + body.length + 1);
  out.set(head);
  out.set(body, head.length);
  out[out.length - 1] = 0x0a;
  return out;
}

/** The receipt as ESC/POS bytes: initialise, lines, QR code, feed and cut, then the drawer pulse if asked. */
export function renderEscPos(doc: ReceiptDocument, options: EscPosOptions): Uint8Array {
  const encoder = new (ReceiptPrinterEncoder())({
    language: 'esc-pos',
    columns: options.columns,
    imageMode: 'raster',
    feedBeforeCut: 4,
    errors: 'strict',
    codepageCandidates: [...candidates(options.codepage)],
  });
  encoder.initialize();
  let current: EncoderCodepage | undefined;
  const widthDots = options.columns * dotsPerColumn;
  for (const line of layoutLines(doc.blocks, options.columns)) {
    if ('qr' in line) {
      encoder.align('center').qrcode(line.qr, { model: 2, size: 6, errorlevel: 'm' }).align('left');
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
      const bitmap = options.rasterise(line, widthDots);
      encoder.align('left').image(bitmap, bitmap.width, bitmap.height, 'threshold', 128);
      continue;
    }
    encoder.raw(textLineBytes(line, text, codepage, codepage !== current));
    current = codepage;
  }
  encoder.align('left').cut('partial');
  if (options.drawerPin) encoder.pulse(options.drawerPin === 2 ? 0 : 1);
  return encoder.encode();
}
