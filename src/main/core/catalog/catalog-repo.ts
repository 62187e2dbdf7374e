import type { Db } from '../db/connection.ts';
import type { Category, Product } from '../../../shared/ipc/catalog.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

interface ProductRow {
  id: number;
  name: string;
  category_id: string | null;
  price: number;
  rate_bp: number;
  barcodes: string | null;
}

const productColumns = `
  p.id, p.name, p.category_id, p.price, t.rate_bp,
  (SELECT group_concat(b.barcode) FROM product_barcodes b WHERE b.product_id = p.id) AS barcodes`;

export interface PricingRow {
  id: number;
  name: string;
  price: number;
  rate_bp: number;
}

function toProduct(row: ProductRow): Product {
  return {
    id: row.id,
    name: row.name,
    categoryId: row.category_id,
    price: row.price,
    taxRateBp: row.rate_bp,
    barcodes: row.barcodes ? row.barcodes.split(',') : [],
  };
}

/**
 * Turns what the cashier typed into an FTS5 query: every word must match the start of a word in the name
 * ("choc bar" finds "Dark Chocolate Bar"). Quotes keep FTS5 operators in the input from being interpreted.
 */
export function toSearchExpression(query: string): string | null {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

export function createCatalogRepo(db: Db) {
  const categories = db.prepare<[], Category>(
    'SELECT id, name, color, position FROM categories ORDER BY position, name',
  );
  const productsInCategory = db.prepare<[string], ProductRow>(
    `SELECT ${productColumns} FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id
     WHERE p.active = 1 AND p.category_id = ? ORDER BY p.position, p.name LIMIT 500`,
  );
  const favouriteProducts = db.prepare<[], ProductRow>(
    `SELECT ${productColumns} FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id
     WHERE p.active = 1 ORDER BY p.position, p.name LIMIT 60`,
  );
  const byBarcode = db.prepare<[string], ProductRow>(
    `SELECT ${productColumns} FROM product_barcodes pb
       JOIN products p ON p.id = pb.product_id JOIN tax_rates t ON t.id = p.tax_rate_id
     WHERE pb.barcode = ? AND p.active = 1`,
  );
  // FTS5 yields matches in rowid order, so LIMIT stops early instead of ranking every match of "a".
  const search = db.prepare<[string, number], ProductRow>(
    `SELECT ${productColumns} FROM product_search s
       JOIN products p ON p.id = s.rowid JOIN tax_rates t ON t.id = p.tax_rate_id
     WHERE product_search MATCH ? AND p.active = 1 LIMIT ?`,
  );
  const byId = db.prepare<[number], ProductRow>(
    `SELECT ${productColumns} FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id WHERE p.id = ? AND p.active = 1`,
  );

  // Checkout prices a whole cart in one statement instead of one lookup per line.
  const pricing = db.prepare<[string], PricingRow>(
    `SELECT p.id, p.name, p.price, t.rate_bp FROM products p JOIN tax_rates t ON t.id = p.tax_rate_id
     WHERE p.active = 1 AND p.id IN (SELECT value FROM json_each(?))`,
  );

  return {
    categories: (): Category[] => categories.all(),
    /** Name, price and tax rate of the active products among `ids`, keyed by id. */
    pricing(ids: readonly number[]): Map<number, PricingRow> {
      return new Map(pricing.all(JSON.stringify(ids)).map((row) => [row.id, row]));
    },
    products: (categoryId: string | null): Product[] =>
      (categoryId === null ? favouriteProducts.all() : productsInCategory.all(categoryId)).map(toProduct),
    /** The product with this barcode; a barcode no product has is refused in words the cashier can act on. */
    byBarcode(barcode: string): Product {
      const row = byBarcode.get(barcode);
      if (!row)
        throw translatedError('unknown_barcode', 'err.catalog.unknownBarcode', { barcode }, 'barcode');
      return toProduct(row);
    },
    byId(id: number): Product | null {
      const row = byId.get(id);
      return row ? toProduct(row) : null;
    },
    search(query: string, limit: number): Product[] {
      const found: Product[] = [];
      // A full barcode typed into the search box finds its product first.
      if (/^[0-9A-Za-z-]{4,64}$/.test(query.trim())) {
        const hit = byBarcode.get(query.trim());
        if (hit) found.push(toProduct(hit));
      }
      const expression = toSearchExpression(query);
      if (expression) {
        for (const row of search.all(expression, limit)) {
          if (!found.some((p) => p.id === row.id)) found.push(toProduct(row));
        }
      }
      const q = query.trim().toLowerCase();
      return found.slice(0, limit).sort((a, b) => rank(a, q) - rank(b, q) || a.name.localeCompare(b.name));
    },
  };
}

function rank(product: Product, query: string): number {
  if (product.barcodes.includes(query)) return 0;
  return product.name.toLowerCase().startsWith(query) ? 1 : 2;
}

export type CatalogRepo = ReturnType<typeof createCatalogRepo>;
