/**
 * node resources/draw-icon.ts
 * Draws Kassa's icon (a receipt on a teal tile) from one description into resources/icon.svg and a
 * 1024×1024 resources/icon.png, which electron-builder turns into .icns, .ico and the Linux icons.
 * Editing the shapes below and re-running keeps the two files identical; no image tool is needed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

const size = 1024;
type Rgb = readonly [number, number, number];

const teal: Rgb = [15, 118, 110];
const deepTeal: Rgb = [17, 94, 89];
const paper: Rgb = [255, 255, 255];
const ink: Rgb = [163, 209, 204];
const rule: Rgb = [214, 236, 233];

/** macOS' icon grid: an 824 px tile centred on the 1024 px canvas. */
const tile = { x: 100, y: 100, w: 824, h: 824, r: 185 };
const receipt = { x: 337, y: 232, w: 350, straightTo: 752, tooth: 50, toothDepth: 34, r: 26 };
const bars: { x1: number; x2: number; y: number; h: number; color: Rgb }[] = [
  { x1: 392, x2: 632, y: 330, h: 30, color: ink },
  { x1: 392, x2: 572, y: 400, h: 30, color: ink },
  { x1: 392, x2: 602, y: 470, h: 30, color: ink },
  { x1: 392, x2: 632, y: 545, h: 8, color: rule },
  { x1: 392, x2: 632, y: 620, h: 44, color: teal },
];

const hex = ([r, g, b]: Rgb) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

function receiptOutline(): string {
  const { x, y, w, straightTo, tooth, toothDepth, r } = receipt;
  const points: string[] = [];
  for (let tx = x + w; tx > x; tx -= tooth) {
    points.push(`L ${tx - tooth / 2} ${straightTo + toothDepth}`, `L ${tx - tooth} ${straightTo}`);
  }
  return [
    `M ${x} ${y + r}`,
    `A ${r} ${r} 0 0 1 ${x + r} ${y}`,
    `L ${x + w - r} ${y}`,
    `A ${r} ${r} 0 0 1 ${x + w} ${y + r}`,
    `L ${x + w} ${straightTo}`,
    ...points,
    'Z',
  ].join(' ');
}

function svg(): string {
  const barShapes = bars
    .map(
      (b) =>
        `<rect x="${b.x1}" y="${b.y - b.h / 2}" width="${b.x2 - b.x1}" height="${b.h}" rx="${b.h / 2}" fill="${hex(b.color)}"/>`,
    )
    .join('\n  ');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${hex(teal)}"/>
      <stop offset="1" stop-color="${hex(deepTeal)}"/>
    </linearGradient>
  </defs>
  <rect x="${tile.x}" y="${tile.y}" width="${tile.w}" height="${tile.h}" rx="${tile.r}" fill="url(#tile)"/>
  <path d="${receiptOutline()}" fill="${hex(paper)}"/>
  ${barShapes}
</svg>
`;
}

function inRoundedRect(
  px: number,
  py: number,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
): boolean {
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return px >= x && px <= x + w && py >= y && py <= y + h && (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

function inReceipt(px: number, py: number): boolean {
  const { x, y, w, straightTo, tooth, toothDepth, r } = receipt;
  if (px < x || px > x + w || py < y) return false;
  if (py < y + r) return inRoundedRect(px, py, x, y, w, 2 * r, r);
  const phase = (((px - x) % tooth) + tooth) % tooth;
  const bottom = straightTo + toothDepth * (1 - Math.abs(phase / (tooth / 2) - 1));
  return py <= bottom;
}

function colourAt(px: number, py: number): [number, number, number, number] {
  if (!inRoundedRect(px, py, tile.x, tile.y, tile.w, tile.h, tile.r)) return [0, 0, 0, 0];
  for (const b of bars) {
    if (inRoundedRect(px, py, b.x1, b.y - b.h / 2, b.x2 - b.x1, b.h, b.h / 2)) return [...b.color, 255];
  }
  if (inReceipt(px, py)) return [...paper, 255];
  const t = (py - tile.y) / tile.h;
  return [0, 1, 2].map((i) => Math.round(teal[i]! + (deepTeal[i]! - teal[i]!) * t)).concat(255) as [
    number,
    number,
    number,
    number,
  ];
}

/** 4×4 samples per pixel, premultiplied, so the edges are smooth. */
function rasterise(): Buffer {
  const samples = 4;
  const stride = size * 4 + 1;
  const raw = Buffer.alloc(stride * size);
  for (let y = 0; y < size; y += 1) {
    raw[y * stride] = 0;
    for (let x = 0; x < size; x += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const [cr, cg, cb, ca] = colourAt(x + (sx + 0.5) / samples, y + (sy + 0.5) / samples);
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const o = y * stride + 1 + x * 4;
      raw[o] = a === 0 ? 0 : Math.round(r / a);
      raw[o + 1] = a === 0 ? 0 : Math.round(g / a);
      raw[o + 2] = a === 0 ? 0 : Math.round(b / a);
      raw[o + 3] = Math.round(a / (samples * samples));
    }
  }
  return raw;
}

function png(raw: Buffer): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const here = import.meta.dirname;
writeFileSync(join(here, 'icon.svg'), svg());
writeFileSync(join(here, 'icon.png'), png(rasterise()));
console.log('Wrote resources/icon.svg and resources/icon.png');
