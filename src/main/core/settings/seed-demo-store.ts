import type { Db } from '../db/connection.ts';
import { demoCategories, demoProducts, demoTaxRates } from '../catalog/demo-catalog.ts';
import type { StoreSettings } from './store-settings.ts';
import { createSettingsRepo } from './store-settings.ts';
import { randomUUID } from 'node:crypto';
import { hashPin } from '../staff/pin.ts';
import { demoPin } from '../staff/staff-directory.ts';

/** Documented in the README: the demo shop's owner PIN, which also approves overrides such as force done. */
export const demoManagerPin = demoPin;
export const demoOwnerName = 'Demo Owner';

export const demoStore: StoreSettings = {
  name: 'Kassa Demo Shop',
  country: 'DE',
  currency: 'EUR',
  locale: 'en-DE',
  pricesIncludeTax: true,
  cashRoundingIncrement: 1,
};

/** A new till's name until the store file or the owner names it; its id is a fresh UUID (issue 15.8). */
export const defaultTillName = 'Till 1';

/** The payment methods every new store starts with; terminal methods are added when a provider is set up. */
export const defaultPaymentMethods = [
  { id: 'cash', name: 'Cash', journal: 'cash' as const, voucher: false },
  { id: 'card-external', name: 'Card (external terminal)', journal: 'bank' as const, voucher: false },
  { id: 'voucher', name: 'Voucher', journal: 'bank' as const, voucher: true },
];

/** First start without a provisioning file: the demo shop, so a newcomer can sell at once. */
export function seedDemoStore(db: Db): void {
  db.transaction(() => {
    const settings = createSettingsRepo(db);
    settings.set('store', demoStore);
    settings.set('origin', 'demo');
    db.prepare(
      `INSERT INTO staff (id, name, role, pin_hash, pin_is_demo, created_at) VALUES (?, ?, 'owner', ?, 1, ?)`,
    ).run(randomUUID(), demoOwnerName, JSON.stringify(hashPin(demoManagerPin)), Date.now());
    db.prepare('INSERT INTO tills (id, name) VALUES (?, ?)').run(randomUUID(), defaultTillName);
    const tax = db.prepare('INSERT INTO tax_rates (id, name, rate_bp) VALUES (?, ?, ?)');
    for (const t of demoTaxRates) tax.run(t.id, t.name, t.rateBp);
    const category = db.prepare('INSERT INTO categories (id, name, color, position) VALUES (?, ?, ?, ?)');
    demoCategories.forEach((c, i) => category.run(c.id, c.name, c.color, i));
    const product = db.prepare(
      'INSERT INTO products (id, name, category_id, price, tax_rate_id, position) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const barcode = db.prepare('INSERT INTO product_barcodes (barcode, product_id) VALUES (?, ?)');
    for (const p of demoProducts) {
      product.run(p.id, p.name, p.categoryId, p.price, p.taxRateId, p.position);
      barcode.run(p.barcode, p.id);
    }
    const method = db.prepare(
      'INSERT INTO payment_methods (id, name, journal, voucher, position) VALUES (?, ?, ?, ?, ?)',
    );
    defaultPaymentMethods.forEach((m, i) => method.run(m.id, m.name, m.journal, m.voucher ? 1 : 0, i));
  })();
}
