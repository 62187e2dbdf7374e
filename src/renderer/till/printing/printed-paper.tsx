import { useEffect, useRef, useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { Order } from '../../../shared/ipc/orders.ts';
import type { PrintedPaper } from '../../../shared/ipc/printing.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { kassa } from '../../shared/kassa.ts';
import { QrCode } from '../../shared/qr-code.tsx';
import { useData } from '../../shared/use-data.ts';

/**
 * "What the printer printed" (issue 11.6): in the demo, the order's receipts as the virtual thermal printer
 * decoded them from the bytes it received — text in its fixed columns, lines the printer had no characters for
 * as the picture that was printed, the QR code — so a newcomer sees the paper a real printer would give the
 * customer. The button shows only once paper of this order has come out (never outside the demo).
 */
export function PrintedPaperButton({ order }: { order: Order }) {
  const paper = useData(() => kassa.printing.paper({ orderId: order.id }), `paper-${order.id}`, {
    refreshOn: ['printing.changed'],
  });
  const [open, setOpen] = useState(false);
  const receipts = paper.data?.receipts ?? [];
  if (receipts.length === 0) return null;
  return (
    <>
      <button
        type="button"
        className="button button--ghost"
        data-testid="printed-paper-open"
        onClick={() => setOpen(true)}
      >
        {t('paper.action')}
      </button>
      {open ? (
        <Dialog title={t('paper.title')} className="dialog--paper" onClose={() => setOpen(false)}>
          <p className="dialog__text">{t('paper.intro')}</p>
          <div className="paper-roll">
            {/* The newest paper first: a reprint sits on top of the receipt it copies. */}
            {[...receipts].reverse().map((piece, index) => (
              <PaperPiece key={piece.jobId ?? index} piece={piece} />
            ))}
          </div>
          <div className="entry__actions">
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('printQueue.close')}
            </button>
          </div>
        </Dialog>
      ) : null}
    </>
  );
}

/** One cut piece of paper, its text lines, pictures and QR codes in the order they came out. */
function PaperPiece({ piece }: { piece: PrintedPaper }) {
  // The roll is as wide as its widest line (32, 42 or 48 characters); pictures are scaled to that width.
  const columns = Math.max(32, ...piece.lines.map((l) => [...l].length));
  let text = 0;
  let image = 0;
  let qr = 0;
  return (
    <article className="paper" data-testid="printed-paper" style={{ width: `calc(${columns}ch + 32px)` }}>
      {piece.order.map((kind, index) => {
        if (kind === 'text') {
          const align = piece.align[text] ?? 'left';
          const line = piece.lines[text++] ?? '';
          return (
            <div key={index} className={`paper__line paper__line--${align}`}>
              {line === '' ? '\u00a0' : line}
            </div>
          );
        }
        if (kind === 'image') {
          const picture = piece.images[image++];
          return picture ? <PaperImage key={index} image={picture} /> : null;
        }
        const payload = piece.qrCodes[qr++];
        return payload ? (
          <div key={index} className="paper__qr">
            <QrCode text={payload} label={t('paper.qr')} size={128} />
          </div>
        ) : null;
      })}
    </article>
  );
}

/** A raster line as the print head burnt it: one canvas pixel per dot. */
function PaperImage({ image }: { image: PrintedPaper['images'][number] }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const bits = Uint8Array.from(atob(image.dots), (c) => c.charCodeAt(0));
    const bytesPerRow = Math.ceil(image.width / 8);
    const pixels = context.createImageData(image.width, image.height);
    for (let y = 0; y < image.height; y++)
      for (let x = 0; x < image.width; x++) {
        const black = ((bits[y * bytesPerRow + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0;
        const at = (y * image.width + x) * 4;
        const shade = black ? 0 : 255;
        pixels.data[at] = shade;
        pixels.data[at + 1] = shade;
        pixels.data[at + 2] = shade;
        pixels.data[at + 3] = 255;
      }
    context.putImageData(pixels, 0, 0);
  }, [image]);
  return (
    <canvas
      ref={ref}
      className="paper__image"
      width={image.width}
      height={image.height}
      role="img"
      aria-label={t('paper.image')}
      data-testid="printed-paper-image"
    />
  );
}
