import { useMemo } from 'react';
import QRCode from 'qrcode';

interface QrCodeProps {
  text: string;
  label: string;
  size?: number;
}

/**
 * A QR code drawn as SVG from the code's module matrix (the `qrcode` library does the encoding): no image
 * URL, so the window's strict content policy needs no exception, and it stays sharp on any display.
 */
export function QrCode({ text, label, size = 220 }: QrCodeProps) {
  const { path, modules } = useMemo(() => {
    const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = code.modules.size;
    let d = '';
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        if (code.modules.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
      }
    }
    return { path: d, modules: n + 8 };
  }, [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      className="qr-code"
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
