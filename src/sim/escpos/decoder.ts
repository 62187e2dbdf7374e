import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import CodepageEncoder from '@point-of-sale/codepage-encoder';

/*
 * Decodes the ESC/POS a receipt printer receives into what would come out of it: text lines (with the code
 * page in force), raster images, QR codes, cuts and drawer pulses. Incremental: bytes arrive in TCP chunks and a
 * command may be split between two; `feed` decodes every complete command and keeps the rest. Real-time
 * requests (DLE EOT status, GS ( H process ID) are answered through `reply` as they arrive, as a printer does.
 */

export interface PrintedImage {
  width: number;
  height: number;
  /** One row per dot line, '#' for a black dot: what the print head burns, for tests and the inspection page. */
  rows: string[];
}

export interface PrintedPiece {
  lines: string[];
  /** How each text line was aligned on the paper (ESC a), lines[n]'s at n. */
  align: ('left' | 'center' | 'right')[];
  images: PrintedImage[];
  qrCodes: string[];
  /** The paper was cut after it: a whole receipt. False for what a broken connection left half printed. */
  cut: boolean;
  /** In order: each printed item as it came out ("text", "image", "qr"). */
  order: ('text' | 'image' | 'qr')[];
  /**
   * The process ID (GS ( H fn 48) the sender asked the printer to confirm right after this receipt, as its four
   * ASCII characters: it tells which job the paper belongs to. Set by the printer, not the decoder.
   */
  processId?: string;
}

export interface DecoderEvents {
  piece(piece: PrintedPiece): void;
  pulse(pin: 2 | 5): void;
  /** Real-time requests the printer answers at once. */
  reply(bytes: Uint8Array): void;
  /** Status for DLE EOT n (n = 1 printer, 2 offline cause, 3 error cause, 4 paper). */
  status(n: number): number;
  /** Whether the printer prints what it receives (false when out of paper or offline). */
  printing(): boolean;
}

type Codepage = Parameters<typeof CodepageEncoder.getCodepoints>[0];

/** The code page number → name table the encoder uses (Epson's), read from the encoder itself. */
const codepageNumbers: Map<number, Codepage> = (() => {
  const map = new Map<number, Codepage>();
  for (const cp of [
    'cp437',
    'cp850',
    'cp858',
    'cp852',
    'cp866',
    'windows1252',
    'windows1251',
    'cp860',
    'cp863',
    'cp865',
  ] as const) {
    try {
      const bytes = new ReceiptPrinterEncoder({ language: 'esc-pos' }).codepage(cp).text('a').encode();
      for (let i = 0; i + 2 < bytes.length; i++)
        if (bytes[i] === 0x1b && bytes[i + 1] === 0x74) map.set(bytes[i + 2]!, cp);
    } catch {
      // A code page the Epson table lacks is simply not decodable by number.
    }
  }
  return map;
})();
const tables = new Map<Codepage, number[]>();
const tableOf = (cp: Codepage) => {
  let t = tables.get(cp);
  if (!t) {
    t = CodepageEncoder.getCodepoints(cp, true);
    tables.set(cp, t);
  }
  return t;
};

export function createDecoder(events: DecoderEvents) {
  let pending = new Uint8Array(0);
  let codepage: Codepage = 'cp437';
  let line: number[] = [];
  let piece: PrintedPiece = freshPiece();
  let qrData = '';
  let align: PrintedPiece['align'][number] = 'left';

  function freshPiece(): PrintedPiece {
    return { lines: [], align: [], images: [], qrCodes: [], cut: false, order: [] };
  }
  // Blank feeds after a cut leave no paper to speak of.
  const emptyPiece = (p: PrintedPiece) =>
    p.lines.every((l) => l === '') && p.images.length === 0 && p.qrCodes.length === 0;

  const endLine = () => {
    const table = tableOf(codepage);
    const text = line.map((b) => String.fromCodePoint(b < 0x80 ? b : (table[b] ?? 0xfffd))).join('');
    line = [];
    if (!events.printing()) return;
    piece.lines.push(text.replace(/\s+$/u, ''));
    piece.align.push(align);
    piece.order.push('text');
  };

  const cut = () => {
    if (line.length > 0) endLine();
    if (!events.printing()) return;
    piece.cut = true;
    events.piece(piece);
    piece = freshPiece();
  };

  /** Decodes one command at `i`; answers how many bytes it took, or 0 when it is not complete yet. */
  function step(b: Uint8Array, i: number): number {
    const at = (k: number) => b[i + k];
    const need = (n: number) => (i + n <= b.length ? n : 0);
    const c = at(0)!;
    if (c === 0x0a) {
      endLine();
      return 1;
    }
    if (c === 0x0d) return 1;
    if (c === 0x10) {
      // DLE EOT n: real-time status; DLE DC4 n m t: real-time pulse.
      if (!need(3)) return 0;
      if (at(1) === 0x04) {
        events.reply(Uint8Array.of(events.status(at(2)!)));
        return 3;
      }
      if (at(1) === 0x14) {
        if (!need(5)) return 0;
        if (at(2) === 1) events.pulse(at(3) === 0 ? 2 : 5);
        return 5;
      }
      return 2;
    }
    if (c === 0x1b) {
      if (!need(2)) return 0;
      const op = at(1)!;
      switch (op) {
        case 0x40: // ESC @ initialise
          line = [];
          align = 'left';
          return 2;
        case 0x61: {
          // ESC a n: align (0 or 48 left, 1 or 49 centre, 2 or 50 right)
          if (!need(3)) return 0;
          const n = at(2)! & 0x0f;
          align = n === 1 ? 'center' : n === 2 ? 'right' : 'left';
          return 3;
        }
        case 0x70: // ESC p m t1 t2 drawer pulse
          if (!need(5)) return 0;
          events.pulse(at(2) === 0 || at(2) === 0x30 ? 2 : 5);
          return 5;
        case 0x74: // ESC t n code page
          if (!need(3)) return 0;
          codepage = codepageNumbers.get(at(2)!) ?? codepage;
          return 3;
        case 0x64: // ESC d n feed lines
          if (!need(3)) return 0;
          if (line.length > 0) endLine();
          return 3;
        case 0x32: // ESC 2
          return 2;
        case 0x3d: // ESC = n
        case 0x21: // ESC ! n
        case 0x2d: // ESC - n underline
        case 0x33: // ESC 3 n line spacing
        case 0x34: // ESC 4 n italic
        case 0x45: // ESC E n bold
        case 0x47: // ESC G n double strike
        case 0x4a: // ESC J n feed dots
        case 0x4d: // ESC M n font
        case 0x52: // ESC R n character set
        case 0x56: // ESC V n rotate
        case 0x7b: // ESC { n upside down
        case 0x20: // ESC SP n spacing
          return need(3);
        default:
          return 2;
      }
    }
    if (c === 0x1c) {
      // FS . (cancel Kanji), FS & (Kanji on): two bytes.
      return need(2);
    }
    if (c === 0x1d) {
      if (!need(2)) return 0;
      const op = at(1)!;
      switch (op) {
        case 0x56: {
          // GS V m [n]: cut
          if (!need(3)) return 0;
          const m = at(2)!;
          const len = m === 0x41 || m === 0x42 || m === 65 || m === 66 ? 4 : 3;
          if (!need(len)) return 0;
          cut();
          return len;
        }
        case 0x76: {
          // GS v 0 m xL xH yL yH data: raster image
          if (!need(8)) return 0;
          const bytesPerRow = at(4)! + at(5)! * 256;
          const height = at(6)! + at(7)! * 256;
          const total = 8 + bytesPerRow * height;
          if (!need(total)) return 0;
          if (line.length > 0) endLine();
          if (events.printing()) {
            const rows: string[] = [];
            for (let y = 0; y < height; y++) {
              let row = '';
              for (let x = 0; x < bytesPerRow; x++) {
                const byte = b[i + 8 + y * bytesPerRow + x]!;
                for (let bit = 7; bit >= 0; bit--) row += byte & (1 << bit) ? '#' : '.';
              }
              rows.push(row);
            }
            piece.images.push({ width: bytesPerRow * 8, height, rows });
            piece.order.push('image');
          }
          return total;
        }
        case 0x28: {
          // GS ( X pL pH ...: functions with a length
          if (!need(5)) return 0;
          const len = at(3)! + at(4)! * 256;
          if (!need(5 + len)) return 0;
          const fn = at(2)!;
          const body = b.subarray(i + 5, i + 5 + len);
          if (fn === 0x6b && body[0] === 49) {
            // GS ( k: QR code (cn 49): fn 80 stores the data, fn 81 prints it
            if (body[1] === 80) qrData = new TextDecoder().decode(body.subarray(3));
            if (body[1] === 81 && events.printing()) {
              if (line.length > 0) endLine();
              piece.qrCodes.push(qrData);
              piece.order.push('qr');
            }
          }
          if (fn === 0x48 && body[0] === 0x30 && body[1] === 0x30) {
            // GS ( H fn 48: process ID response, sent once everything before it has been processed
            if (events.printing()) events.reply(Uint8Array.of(0x37, 0x22, ...body.subarray(2, 6), 0x00));
          }
          return 5 + len;
        }
        case 0x21: // GS ! n size
        case 0x42: // GS B n invert
        case 0x61: // GS a n automatic status back
        case 0x48: // GS H n
        case 0x68: // GS h n
        case 0x77: // GS w n
        case 0x66: // GS f n
          return need(3);
        case 0x4c: // GS L nL nH
        case 0x57: // GS W nL nH
          return need(4);
        default:
          return 2;
      }
    }
    if (c < 0x20) return 1;
    line.push(c);
    return 1;
  }

  return {
    /** Decodes what arrived; an incomplete command waits for the next chunk. */
    feed(chunk: Uint8Array): void {
      const b = new Uint8Array(pending.length + chunk.length);
      b.set(pending);
      b.set(chunk, pending.length);
      let i = 0;
      while (i < b.length) {
        const used = step(b, i);
        if (used === 0) break;
        i += used;
      }
      pending = b.slice(i);
    },
    /** The connection closed: what was printed without a cut is a half receipt left in the printer. */
    end(): void {
      if (line.length > 0) endLine();
      if (!emptyPiece(piece)) events.piece(piece);
      piece = freshPiece();
      pending = new Uint8Array(0);
    },
  };
}
