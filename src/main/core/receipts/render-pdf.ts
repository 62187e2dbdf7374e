import type PDFDocumentClass from 'pdfkit';
import { translatedError } from '../../../shared/i18n/errors.ts';
import type { ReceiptDocument } from '../../../shared/receipts/receipt-document.ts';
import { printerText } from './render-escpos.ts';
import { qrModules } from './qr-code.ts';
import { pdfFontFor } from './receipt-fonts.ts';
import { onFirstUse } from '../system/on-first-use.ts';

// pdfkit and its font data load on the first PDF, not at start.
const pdfkit = onFirstUse<typeof PDFDocumentClass>('pdfkit');

export interface PdfOptions {
  /** 58 or 80 for a roll (the page is as long as the receipt), 210 for an A4 sheet. */
  paperWidthMm?: number;
}

const mm = (n: number) => (n * 72) / 25.4;

function textsOf(doc: ReceiptDocument): string[] {
  return doc.blocks.flatMap((b) =>
    b.kind === 'row' ? [b.label, b.amount] : b.kind === 'rule' ? [] : b.kind === 'qr' ? [] : [b.text],
  );
}

/**
 * The receipt as a PDF: the system printer's fallback in the headless host, the e-mail attachment, and a
 * download. A roll-width page grows with the receipt (measured first, then drawn), so nothing is cut.
 */
export function renderReceiptPdf(doc: ReceiptDocument, options: PdfOptions = {}): Promise<Buffer> {
  const font = pdfFontFor(textsOf(doc));
  if (!font) throw translatedError('invalid_request', 'err.receipt.noFont');
  // Helvetica lacks a few typographic characters (the minus sign): they are set as their plain equivalents.
  const text = font.file === null ? printerText : (s: string) => s;
  const widthMm = options.paperWidthMm ?? 80;
  const roll = widthMm < 200;
  const margin = mm(roll ? 3 : 20);
  const pageWidth = mm(widthMm);
  const columnWidth = roll ? pageWidth - 2 * margin : mm(80);

  const draw = (pdf: PDFKit.PDFDocument, left: number) => {
    const regular = font.file === null ? 'Helvetica' : 'receipt';
    const bold = font.file === null ? 'Helvetica-Bold' : 'receipt';
    if (font.file !== null) pdf.registerFont('receipt', font.file, font.family);
    pdf.font(regular).fontSize(8);
    for (const block of doc.blocks) {
      switch (block.kind) {
        case 'heading':
          pdf
            .font(bold)
            .fontSize(12)
            .text(text(block.text), left, pdf.y, { width: columnWidth, align: 'center' });
          pdf.font(regular).fontSize(8);
          break;
        case 'center':
          pdf.font(block.strong ? bold : regular).text(text(block.text), left, pdf.y, {
            width: columnWidth,
            align: 'center',
          });
          pdf.font(regular);
          break;
        case 'text':
          pdf.text(text(block.text), left, pdf.y, { width: columnWidth });
          break;
        case 'rule': {
          const y = pdf.y + 2;
          pdf
            .moveTo(left, y)
            .lineTo(left + columnWidth, y)
            .dash(2, { space: 2 })
            .stroke()
            .undash();
          pdf.y = y + 3;
          break;
        }
        case 'qr': {
          const { size, dark } = qrModules(block.payload);
          const side = mm(28);
          const cell = side / size;
          const x0 = left + (columnWidth - side) / 2;
          const y0 = pdf.y + 4;
          for (let y = 0; y < size; y++)
            for (let x = 0; x < size; x++) if (dark(x, y)) pdf.rect(x0 + x * cell, y0 + y * cell, cell, cell);
          pdf.fill('#000');
          pdf.y = y0 + side + 4;
          break;
        }
        case 'row': {
          const indent = block.detail ? mm(3) : 0;
          const amountWidth = pdf.widthOfString(text(block.amount)) + 2;
          const y = pdf.y;
          pdf.font(block.strong ? bold : regular);
          pdf.text(text(block.label), left + indent, y, { width: columnWidth - indent - amountWidth - 4 });
          const after = pdf.y;
          pdf.text(text(block.amount), left + columnWidth - amountWidth, y, {
            width: amountWidth,
            align: 'right',
          });
          pdf.y = Math.max(after, pdf.y);
          pdf.font(regular);
          break;
        }
      }
    }
  };

  // Measure on a scratch page as tall as any receipt could be, then draw on a page of that height.
  let height = mm(297);
  if (roll) {
    const scratch = new (pdfkit())({ size: [pageWidth, 14_400], margin });
    draw(scratch, margin);
    height = scratch.y + margin;
    scratch.end();
  }
  const pdf = new (pdfkit())({
    size: [pageWidth, height],
    margin,
    info: { Title: doc.title, Creator: 'Kassa' },
    lang: doc.language,
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  draw(pdf, roll ? margin : (pageWidth - columnWidth) / 2);
  pdf.end();
  return done;
}
