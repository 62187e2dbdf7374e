import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, minorUnits } from './common.ts';
import { words } from './field-words.ts';

export const category = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  position: z.number().int(),
});
export type Category = z.infer<typeof category>;

export const product = z.object({
  id: z.number().int(),
  name: z.string(),
  categoryId: z.string().nullable(),
  price: minorUnits,
  taxRateBp: z.number().int(),
  barcodes: z.array(z.string()),
});
export type Product = z.infer<typeof product>;

/** Keyboard-wedge scanners send digits (EAN/UPC) and sometimes letters (Code 128). */
export const barcode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{4,64}$/, { error: words('check.barcode464Letters') });

const till = ['till', 'preferences'] as const;

export const catalogChannels = {
  'catalog.categories': channel({ request: empty, response: z.array(category), windows: till }),
  'catalog.products': channel({
    request: z.object({ categoryId: z.string().max(64).nullable() }).strict(),
    response: z.array(product),
    windows: till,
  }),
  'catalog.search': channel({
    request: z
      .object({
        query: z
          .string()
          .trim()
          .min(1, { error: words('check.typeLeastOneCharacter') })
          .max(100),
        limit: z.number().int().min(1).max(100).default(40),
      })
      .strict(),
    response: z.array(product),
    windows: till,
  }),
  'catalog.byBarcode': channel({
    request: z.object({ barcode }).strict(),
    response: product,
    windows: ['till'],
  }),
};
