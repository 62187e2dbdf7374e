import type { PrintedLine, Rasteriser } from './render-escpos.ts';
import { pdfFontFor } from './receipt-fonts.ts';

/*
 * Draws a receipt line the printer's code pages cannot encode (Chinese, Japanese, …) as a bitmap with a real
 * font: Skia through @napi-rs/canvas, which ships prebuilt binaries for Linux, Windows and macOS (no compiler at
 * install) and reads the system's CJK font. Loaded only when such a line is first printed, so a till that
 * never prints Chinese never loads it.
 */
let loaded: Promise<Rasteriser> | null = null;

export function loadRasteriser(): Promise<Rasteriser> {
  loaded ??= (async () => {
    const { createCanvas, GlobalFonts } = await import('@napi-rs/canvas');
    const font = pdfFontFor(['中文']);
    const family = 'KassaReceipt';
    if (font?.file) GlobalFonts.registerFromPath(font.file, family);
    return (line: PrintedLine, widthDots: number) => {
      const height = line.tall ? 48 : 24;
      const canvas = createCanvas(widthDots, height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, widthDots, height);
      ctx.fillStyle = '#000';
      ctx.font = `${line.bold ? 'bold ' : ''}${height - 2}px ${family}, sans-serif`;
      ctx.textBaseline = 'middle';
      const y = height / 2;
      if (line.align === 'center') {
        ctx.textAlign = 'center';
        ctx.fillText(line.left, widthDots / 2, y);
      } else {
        ctx.textAlign = 'left';
        ctx.fillText(line.left, 0, y);
      }
      if (line.right) {
        ctx.textAlign = 'right';
        ctx.fillText(line.right, widthDots, y);
      }
      const image = ctx.getImageData(0, 0, widthDots, height);
      return { data: image.data, width: widthDots, height };
    };
  })();
  loaded.catch(() => (loaded = null));
  return loaded;
}
