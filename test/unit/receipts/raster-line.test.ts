/**
 * The pure-JavaScript raster of receipt lines a printer's code pages cannot print: the strokes of known
 * characters land where they should, amounts stay right-aligned, centred text is centred, bold is darker.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRasteriser } from '../../../src/main/core/receipts/raster-line.ts';
import type { Bitmap, PrintedLine, Rasteriser } from '../../../src/main/core/receipts/render-escpos.ts';

let rasterise: Rasteriser;
beforeAll(async () => {
  rasterise = await loadRasteriser();
});

const line = (left: string, more: Partial<PrintedLine> = {}): PrintedLine => ({
  left,
  right: '',
  align: 'left',
  bold: false,
  tall: false,
  ...more,
});
const ink = (b: Bitmap, x: number, y: number) => b.data[(y * b.width + x) * 4] === 0;
const inkRows = (b: Bitmap) =>
  Array.from({ length: b.height }, (_, y) => y).filter((y) =>
    Array.from({ length: b.width }, (_, x) => x).some((x) => ink(b, x, y)),
  );
const inkColumns = (b: Bitmap) =>
  Array.from({ length: b.width }, (_, x) => x).filter((x) =>
    Array.from({ length: b.height }, (_, y) => y).some((y) => ink(b, x, y)),
  );
/** Runs of consecutive numbers: [first, last] each. */
const bands = (rows: number[]) =>
  rows.reduce<[number, number][]>((out, r) => {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
    return out;
  }, []);

describe('a raster receipt line', () => {
  it('draws 一 as one horizontal stroke and 二 as two, 24 dots high, black and white only', () => {
    const one = rasterise(line('一'), 96);
    expect(one).toMatchObject({ width: 96, height: 24 });
    expect(new Set(one.data)).toEqual(new Set([0, 255]));
    const oneRows = bands(inkRows(one));
    expect(oneRows).toHaveLength(1);
    expect(oneRows[0]![1] - oneRows[0]![0]).toBeLessThanOrEqual(3);
    expect(inkColumns(one).length).toBeGreaterThanOrEqual(16);
    expect(bands(inkRows(rasterise(line('二'), 96)))).toHaveLength(2);
    // 川: three vertical strokes side by side.
    expect(bands(inkColumns(rasterise(line('川'), 96)))).toHaveLength(3);
  });

  it('puts the amount at the right edge and centres a centred line', () => {
    const row = rasterise(line('合计', { right: '€12.30' }), 384);
    const columns = inkColumns(row);
    expect(columns[0]).toBeLessThan(4);
    expect(columns[columns.length - 1]).toBeGreaterThan(384 - 6);
    const centred = inkColumns(rasterise(line('谢谢惠顾', { align: 'center' }), 384));
    const left = centred[0]!;
    const right = 383 - centred[centred.length - 1]!;
    expect(Math.abs(left - right)).toBeLessThanOrEqual(4);
    expect(left).toBeGreaterThan(100);
  });

  it('makes a tall line 48 dots high and a bold line darker', () => {
    expect(rasterise(line('小票', { tall: true }), 192).height).toBe(48);
    const count = (b: Bitmap) => b.data.filter((v, i) => i % 4 === 0 && v === 0).length;
    expect(count(rasterise(line('小票', { bold: true }), 192))).toBeGreaterThan(
      count(rasterise(line('小票'), 192)) * 1.2,
    );
  });
});
