import type QRCodeModule from 'qrcode';
import { onFirstUse } from '../system/on-first-use.ts';

const qrcode = onFirstUse<typeof QRCodeModule>('qrcode');

/** The QR code's dark modules (row-major), from the `qrcode` package's encoder. */
export function qrModules(payload: string): { size: number; dark: (x: number, y: number) => boolean } {
  const { modules } = qrcode().create(payload, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => modules.data[y * modules.size + x] === 1 };
}

/** An SVG data: URL of the QR code, for HTML receipts and e-mails (no network, no canvas). */
export function qrSvgDataUrl(payload: string): string {
  const { size, dark } = qrModules(payload);
  let path = '';
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) if (dark(x, y)) path += `M${x + 4} ${y + 4}h1v1h-1z`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size + 8} ${size + 8}" shape-rendering="crispEdges"><rect width="100%" height="100%" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
