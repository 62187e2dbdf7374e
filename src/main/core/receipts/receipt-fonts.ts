import { existsSync } from 'node:fs';
import { printerText } from './render-escpos.ts';
import type CodepageEncoderClass from '@point-of-sale/codepage-encoder';
import { onFirstUse } from '../system/on-first-use.ts';

const CodepageEncoder = onFirstUse<typeof CodepageEncoderClass>('@point-of-sale/codepage-encoder');

/*
 * Fonts for PDF receipts. pdfkit's built-in Helvetica covers Western European text (Windows-1252) and needs no
 * font file. Other scripts (Cyrillic, Chinese) use a font the operating system already has, so Kassa ships none:
 * the first of these files that exists. `KASSA_RECEIPT_FONT` names another (a .ttf/.otf, or .ttc#PostScriptName).
 */
export interface PdfFont {
  /** A file for pdfkit, or null for the built-in Helvetica. */
  file: string | null;
  /** The face inside a .ttc collection. */
  family?: string;
}

const cjk: PdfFont[] = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc', family: 'NotoSansCJKsc-Regular' },
  { file: 'C:\\Windows\\Fonts\\msyh.ttc', family: 'MicrosoftYaHei' },
  { file: 'C:\\Windows\\Fonts\\simsun.ttc', family: 'SimSun' },
  { file: '/System/Library/Fonts/PingFang.ttc', family: 'PingFangSC-Regular' },
  { file: '/System/Library/Fonts/STHeiti Light.ttc', family: 'STHeitiSC-Light' },
];
const unicode: PdfFont[] = [
  { file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  { file: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf' },
  { file: 'C:\\Windows\\Fonts\\arial.ttf' },
  { file: '/System/Library/Fonts/Supplemental/Arial.ttf' },
  { file: '/Library/Fonts/Arial Unicode.ttf' },
  ...cjk,
];

let winAnsi: Set<number> | null = null;
const isWinAnsi = (text: string) => {
  winAnsi ??= new Set(CodepageEncoder().getCodepoints('windows1252', true));
  for (const ch of printerText(text)) if (!winAnsi.has(ch.codePointAt(0)!)) return false;
  return true;
};
const han = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** The font that prints every text given, or null when this computer has none (say so; do not print boxes). */
export function pdfFontFor(texts: readonly string[]): PdfFont | null {
  const configured = process.env['KASSA_RECEIPT_FONT'];
  if (configured) {
    const [file, family] = configured.split('#');
    return family ? { file: file!, family } : { file: file! };
  }
  if (texts.every(isWinAnsi)) return { file: null };
  const list = texts.some((t) => han.test(t)) ? cjk : unicode;
  return list.find((f) => f.file !== null && existsSync(f.file)) ?? null;
}
