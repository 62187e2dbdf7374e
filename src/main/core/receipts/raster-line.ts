import type * as Fontkit from 'fontkit';
import type { Font, Glyph } from 'fontkit';
import type { Bitmap, PrintedLine, Rasteriser } from './render-escpos.ts';
import { pdfFontFor } from './receipt-fonts.ts';
import { onFirstUse } from '../system/on-first-use.ts';

/** Loaded when a receipt first needs a bitmap line (fontkit's tables cost a third of the till's start). */
const fontkit = onFirstUse<typeof Fontkit>('fontkit');

/*
 * Draws a receipt line the printer's code pages cannot encode (Chinese, Japanese, …) as a black-and-white
 * bitmap with a real font. fontkit (already here for pdfkit's PDFs, pure JavaScript) reads the system's CJK font
 * and lays the text out; the outlines are filled here by a small scanline rasteriser. A thermal printer prints
 * dots, on or off, so no antialiasing is needed: a dot is black when more than half of it is covered, sampled
 * on four sub-rows. The font is opened once and each glyph's outline, flattened at the printer's size, is kept,
 * so a receipt's second Chinese line costs a fraction of its first.
 */

/** A closed outline as straight edges, in dots, y down, relative to the glyph's origin on the baseline. */
type Edges = Float64Array; // x0, y0, x1, y1 per edge

interface LoadedFont {
  font: Font;
  /** Flattened outlines per `${glyphId}@${size}`. */
  outlines: Map<string, Edges>;
}

/** Sub-rows per dot row: enough for glyph stems of one or two dots to come out right. */
const subRows = 4;

function flatten(glyph: Glyph, scale: number): Edges {
  const out: number[] = [];
  let sx = 0;
  let sy = 0;
  let x = 0;
  let y = 0;
  const line = (nx: number, ny: number) => {
    out.push(x * scale, -y * scale, nx * scale, -ny * scale);
    x = nx;
    y = ny;
  };
  // Curves become a few straight pieces: at 24 dots a glyph's curve spans a handful of dots.
  const steps = 6;
  for (const { command, args } of glyph.path.commands) {
    const a = args as number[];
    switch (command) {
      case 'moveTo':
        if (x !== sx || y !== sy) line(sx, sy);
        x = sx = a[0]!;
        y = sy = a[1]!;
        break;
      case 'lineTo':
        line(a[0]!, a[1]!);
        break;
      case 'quadraticCurveTo': {
        const [cx, cy, ex, ey] = a as [number, number, number, number];
        const x0 = x;
        const y0 = y;
        for (let i = 1; i <= steps; i++) {
          const t = i / steps;
          const u = 1 - t;
          line(u * u * x0 + 2 * u * t * cx + t * t * ex, u * u * y0 + 2 * u * t * cy + t * t * ey);
        }
        break;
      }
      case 'bezierCurveTo': {
        const [c1x, c1y, c2x, c2y, ex, ey] = a as [number, number, number, number, number, number];
        const x0 = x;
        const y0 = y;
        for (let i = 1; i <= steps; i++) {
          const t = i / steps;
          const u = 1 - t;
          line(
            u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex,
            u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey,
          );
        }
        break;
      }
      case 'closePath':
        line(sx, sy);
        break;
    }
  }
  if (x !== sx || y !== sy) line(sx, sy);
  return Float64Array.from(out);
}

const crossX = new Float64Array(1024);
const crossW = new Int8Array(1024);

/**
 * Fills the edges (offset by ox, oy) into `cover`, one count per covered sample, with the non-zero winding rule
 * fonts use. Each dot has subRows × 2 samples (two sub-columns); only the glyph's own rows are visited.
 */
function fill(edges: Edges, ox: number, oy: number, cover: Uint8Array, width: number, height: number) {
  let top = Infinity;
  let bottom = -Infinity;
  for (let i = 1; i < edges.length; i += 2) {
    top = Math.min(top, edges[i]!);
    bottom = Math.max(bottom, edges[i]!);
  }
  const firstRow = Math.max(0, Math.floor((top + oy) * subRows));
  const lastRow = Math.min(height * subRows - 1, Math.ceil((bottom + oy) * subRows));
  for (let row = firstRow; row <= lastRow; row++) {
    const sy = (row + 0.5) / subRows - oy;
    let n = 0;
    for (let i = 0; i < edges.length && n < crossX.length; i += 4) {
      const y0 = edges[i + 1]!;
      const y1 = edges[i + 3]!;
      if (y0 === y1 || sy < (y0 < y1 ? y0 : y1) || sy >= (y0 < y1 ? y1 : y0)) continue;
      const x0 = edges[i]!;
      const x = x0 + ((sy - y0) * (edges[i + 2]! - x0)) / (y1 - y0) + ox;
      // Insertion sort: a glyph row crosses a handful of edges.
      let j = n++;
      while (j > 0 && crossX[j - 1]! > x) {
        crossX[j] = crossX[j - 1]!;
        crossW[j] = crossW[j - 1]!;
        j--;
      }
      crossX[j] = x;
      crossW[j] = y1 > y0 ? 1 : -1;
    }
    const base = Math.floor(row / subRows) * width;
    let winding = 0;
    for (let i = 0; i < n - 1; i++) {
      winding += crossW[i]!;
      if (winding === 0) continue;
      // Two sample points per dot (at a quarter and three quarters of it).
      const from = Math.max(0, Math.ceil(crossX[i]! * 2 - 0.5));
      const to = Math.min(width * 2 - 1, Math.ceil(crossX[i + 1]! * 2 - 0.5) - 1);
      for (let s = from; s <= to; s++) cover[base + (s >> 1)]!++;
    }
  }
}

function rasteriserFor(loaded: LoadedFont): Rasteriser {
  const { font, outlines } = loaded;
  const outline = (glyph: Glyph, size: number): Edges => {
    const key = `${glyph.id}@${size}`;
    let edges = outlines.get(key);
    if (!edges) {
      edges = flatten(glyph, size / font.unitsPerEm);
      outlines.set(key, edges);
    }
    return edges;
  };
  // Glyphs by the font's character map and their advances, without OpenType shaping: receipts raster Chinese,
  // Japanese and Korean, where one character is one glyph (shaping the line cost ~10 ms and changed nothing).
  const measure = (text: string, size: number) => {
    const glyphs = font.glyphsForString(text);
    const scale = size / font.unitsPerEm;
    return { glyphs, scale, width: glyphs.reduce((w, g) => w + g.advanceWidth, 0) * scale };
  };
  return (line: PrintedLine, widthDots: number): Bitmap => {
    const height = line.tall ? 48 : 24;
    const size = height - 2;
    // The em box centred on the line, as a canvas with textBaseline "middle" would place it.
    const baseline = (height + (font.ascent + font.descent) * (size / font.unitsPerEm)) / 2;
    const cover = new Uint8Array(widthDots * height);
    const draw = (text: string, align: 'left' | 'center' | 'right') => {
      if (text === '') return;
      const { glyphs, scale, width } = measure(text, size);
      let x = align === 'left' ? 0 : align === 'center' ? (widthDots - width) / 2 : widthDots - width;
      for (const glyph of glyphs) {
        fill(outline(glyph, size), x, baseline, cover, widthDots, height);
        x += glyph.advanceWidth * scale;
      }
    };
    draw(line.left, line.align);
    draw(line.right, 'right');
    const data = new Uint8ClampedArray(widthDots * height * 4).fill(255);
    const half = subRows; // of subRows × 2 samples per dot
    for (let i = 0; i < cover.length; i++) {
      // Bold: a dot is also black when the dot to its left is (the printers' own emphasis does the same).
      const dark = cover[i]! > half || (line.bold && i % widthDots > 0 && cover[i - 1]! > half);
      if (dark) data.fill(0, i * 4, i * 4 + 3);
    }
    return { data, width: widthDots, height };
  };
}

let loaded: Rasteriser | null = null;

/** The rasteriser with this computer's font for the receipt's script; refused (not boxes) when it has none. */
export function loadRasteriser(): Promise<Rasteriser> {
  if (loaded) return Promise.resolve(loaded);
  try {
    const file = pdfFontFor(['中文']);
    if (!file?.file) throw new Error('This computer has no CJK font for receipts.');
    const opened = fontkit().openSync(file.file, file.family);
    const font = 'fonts' in opened ? opened.fonts[0]! : opened;
    loaded = rasteriserFor({ font, outlines: new Map() });
    return Promise.resolve(loaded);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
