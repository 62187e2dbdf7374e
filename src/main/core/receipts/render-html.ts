import type { ReceiptBlock, ReceiptDocument } from '../../../shared/receipts/receipt-document.ts';

/*
 * The receipt as a self-contained HTML page: for a system (office) printer, printed silently at the paper's
 * width, and as the body of an e-mail receipt. No scripts, no external resources, inline styles only.
 */

export interface HtmlOptions {
  /** The paper's width in millimetres (58, 80; 210 for A4); sets the @page size and the column width. */
  paperWidthMm?: number;
  /** An <img> source for the QR code (a data: URL); without one the QR payload is printed as text. */
  qrImage?: (payload: string) => string | null;
}

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function blockHtml(block: ReceiptBlock, options: HtmlOptions): string {
  switch (block.kind) {
    case 'heading':
      return `<h1>${escape(block.text)}</h1>`;
    case 'center':
      return `<p class="c${block.strong ? ' s' : ''}">${escape(block.text)}</p>`;
    case 'text':
      return `<p>${escape(block.text)}</p>`;
    case 'rule':
      return '<hr>';
    case 'qr': {
      const src = options.qrImage?.(block.payload);
      return src
        ? `<p class="c"><img class="qr" alt="${escape(block.payload)}" src="${escape(src)}"></p>`
        : `<p class="c q">${escape(block.payload)}</p>`;
    }
    case 'row':
      return `<div class="r${block.strong ? ' s' : ''}${block.detail ? ' d' : ''}"><span>${escape(block.label)}</span><span>${escape(block.amount)}</span></div>`;
  }
}

export function renderReceiptHtml(doc: ReceiptDocument, options: HtmlOptions = {}): string {
  const width = options.paperWidthMm ?? 80;
  // A roll is as long as the receipt; an A4 sheet keeps a receipt-wide column in its middle.
  const page = width >= 200 ? 'A4' : `${width}mm auto`;
  const column = width >= 200 ? '80mm' : `${width - 6}mm`;
  const style = `@page{size:${page};margin:3mm}body{margin:0 auto;width:${column};font:10pt/1.3 system-ui,'Noto Sans','Noto Sans CJK SC','Microsoft YaHei',sans-serif;color:#000}h1{font-size:14pt;text-align:center;margin:0 0 2mm}p{margin:0}.c{text-align:center}.s{font-weight:700}.q{font-size:7pt;word-break:break-all}hr{border:0;border-top:1px dashed #000;margin:2mm 0}.r{display:flex;justify-content:space-between;gap:2mm}.r span:last-child{white-space:nowrap;text-align:right}.d{padding-left:4mm;font-size:9pt}.qr{width:30mm;height:30mm;margin-top:2mm}`;
  return `<!doctype html><html lang="${escape(doc.language)}"><head><meta charset="utf-8"><title>${escape(doc.title)}</title><style>${style}</style></head><body>${doc.blocks.map((b) => blockHtml(b, options)).join('')}</body></html>`;
}
