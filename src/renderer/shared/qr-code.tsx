import { useMemo } from 'react';
import QRCode from 'qrcode';

interface QrCodeProps {
  text: string;
  label: string;
  /** Pixels; without it the code fills the box its class gives it (the customer display scales it). */
  size?: number;
  className?: string;
}

/**
 * A QR code drawn as SVG from the code's module matrix (the `qrcode` library does the encoding): no image
 * URL, so the window's strict content policy needs no exception, and it stays sharp on any display. The
 * matrix is read row by row (`get(row, column)`): read the other way round the code comes out mirrored,
 * which some phone cameras refuse.
 */
export function QrCode({ text, label, size, className = 'qr-code' }: QrCodeProps) {
  const { path, modules } = useMemo(() => {
    const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const n = code.modules.size;
    let d = '';
    for (let y = 0; y < n; y++) {
      for (let x = 0; x < n; x++) {
        if (code.modules.get(y, x)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
      }
    }
    return { path: d, modules: n + 8 };
  }, [text]);
  return (
    <svg
      role="img"
      aria-label={label}
      {...(size === undefined ? {} : { width: size, height: size })}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      className={className}
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
