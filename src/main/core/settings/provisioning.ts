import { createPrintStore } from '../printing/print-store.ts';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cashRoundingIncrement } from '../../../shared/money/cash-rounding.ts';
import { storeConfig, type StoreConfig } from '../../../shared/ipc/provisioning.ts';
import { builtInProfileId } from '../../../shared/ipc/constants.ts';
import { importProfileWithoutKey } from './stripe-profiles.ts';
import type { Db } from '../db/connection.ts';
import { fromZod } from '../ipc/dispatcher.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { StaffDirectory } from '../staff/staff-directory.ts';
import { normaliseRate } from './exchange-rates.ts';
import { defaultTillName } from './seed-demo-store.ts';
import { createSettingsRepo, storeSettings } from './store-settings.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

export interface ImportSummary {
  paymentMethods: number;
  taxRates: number;
  staffAdded: number;
  categories: number;
  products: number;
}

/**
 * Applies a store file (PREF-5) in one transaction: all of it or, on the first problem, none of it. Secrets and
 * PINs are never in the file; what the owner already set (keys, PINs, method positions of kept methods) stays.
 */
export function importStoreConfig(
  db: Db,
  config: StoreConfig,
  ctx: { staff: StaffDirectory; audit: AuditLog; actor: string; now: () => number },
): ImportSummary {
  return db.transaction((): ImportSummary => {
    const settings = createSettingsRepo(db);
    const before = settings.get('store', storeSettings);
    const store = {
      ...config.store,
      cashRoundingIncrement:
        config.store.cashRoundingIncrement ??
        cashRoundingIncrement(config.store.country, config.store.currency),
    };
    settings.set('store', storeSettings.parse(store));
    settings.set('terminals', {
      stripeEnabled: config.providers.stripe,
      mercadoPagoEnabled: config.providers.mercadoPago,
    });
    settings.set('origin', 'provisioned');
    const till = db.prepare<[], { id: string }>('SELECT id FROM tills ORDER BY rowid LIMIT 1').get();
    if (!till)
      db.prepare('INSERT INTO tills (id, name) VALUES (?, ?)').run(
        randomUUID(),
        config.till?.name ?? defaultTillName,
      );
    else if (config.till) db.prepare('UPDATE tills SET name = ? WHERE id = ?').run(config.till.name, till.id);

    const tax = db.prepare(
      `INSERT INTO tax_rates (id, name, rate_bp) VALUES (@id, @name, @rateBp)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, rate_bp = excluded.rate_bp`,
    );
    for (const t of config.taxRates) tax.run(t);

    const category = db.prepare(
      `INSERT INTO categories (id, name, color, position) VALUES (@id, @name, @color, @position)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, color = excluded.color, position = excluded.position`,
    );
    config.categories?.forEach((c, position) => category.run({ ...c, position }));

    for (const p of config.stripeProfiles ?? []) importProfileWithoutKey(db, p, ctx.now());
    const profileExists = db
      .prepare<[string], number>('SELECT count(*) FROM stripe_profiles WHERE id = ?')
      .pluck();

    const inFile = new Set(config.paymentMethods.map((m) => m.id));
    // Methods the file leaves out are kept (orders refer to them) but no longer offered; their serials are freed.
    db.prepare(`SELECT id FROM payment_methods`)
      .pluck()
      .all()
      .forEach((id) => {
        if (!inFile.has(id as string))
          db.prepare(
            'UPDATE payment_methods SET active = 0, terminal_ref = NULL, position = position + 1000 WHERE id = ?',
          ).run(id);
      });
    const freeSerial = db.prepare(
      'UPDATE payment_methods SET terminal_ref = NULL WHERE terminal_ref = ? AND id <> ?',
    );
    const upsertMethod = db.prepare(
      `INSERT INTO payment_methods (id, name, journal, terminal, terminal_ref, profile_id, identify_customer, voucher,
         outstanding_account, intermediary_account, active, position)
       VALUES (@id, @name, @journal, @terminal, @terminalRef, @profileId, @identifyCustomer, @voucher,
         @outstandingAccount, @intermediaryAccount, @active, @position)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, journal = excluded.journal, terminal = excluded.terminal,
         terminal_ref = excluded.terminal_ref, profile_id = excluded.profile_id,
         identify_customer = excluded.identify_customer, voucher = excluded.voucher, outstanding_account = excluded.outstanding_account,
         intermediary_account = excluded.intermediary_account, active = excluded.active, position = excluded.position`,
    );
    config.paymentMethods.forEach((m, position) => {
      const terminalRef = m.terminalRef ?? null;
      // The file is the authority on which method uses which terminal.
      if (terminalRef) freeSerial.run(terminalRef, m.id);
      const profileId =
        m.terminal === 'stripe' && m.profileId && m.profileId !== builtInProfileId ? m.profileId : null;
      if (profileId && profileExists.get(profileId) === 0)
        throw translatedError(
          'not_found',
          'err.provisioning.noProfile',
          { id: profileId },
          `config.paymentMethods.${position}.profileId`,
        );
      upsertMethod.run({
        id: m.id,
        name: m.name,
        journal: m.journal,
        terminal: m.terminal,
        terminalRef,
        profileId,
        identifyCustomer: m.identifyCustomer ? 1 : 0,
        voucher: m.voucher ? 1 : 0,
        outstandingAccount: m.outstandingAccount ?? null,
        intermediaryAccount: m.intermediaryAccount ?? null,
        active: m.active ? 1 : 0,
        position,
      });
    });

    // Printers go through the print store, the one writer of their table.
    const printStore = createPrintStore(db, ctx.now);
    for (const p of config.printers ?? [])
      printStore.savePrinter({
        id: p.id,
        name: p.name,
        kind: p.kind,
        address: p.address,
        columns: p.columns,
        paper_mm: p.paperMm,
        codepage: p.codepage,
        drawer_pin: p.drawerPin,
        receipts: p.receipts ? 1 : 0,
      });

    let staffAdded = 0;
    for (const member of config.staff ?? [])
      if (ctx.staff.addWithoutPin(member.name, member.role)) staffAdded++;

    const productByName = db.prepare<[string], number>('SELECT id FROM products WHERE name = ?').pluck();
    const insertProduct = db.prepare(
      'INSERT INTO products (name, category_id, price, tax_rate_id, position) VALUES (@name, @categoryId, @price, @taxRateId, @position)',
    );
    const updateProduct = db.prepare(
      'UPDATE products SET category_id = @categoryId, price = @price, tax_rate_id = @taxRateId, active = 1, position = @position WHERE id = @id',
    );
    const barcode = db.prepare(
      `INSERT INTO product_barcodes (barcode, product_id) VALUES (?, ?)
       ON CONFLICT (barcode) DO UPDATE SET product_id = excluded.product_id`,
    );
    config.products?.forEach((p, position) => {
      const values = {
        name: p.name,
        categoryId: p.categoryId ?? null,
        price: p.price,
        taxRateId: p.taxRateId,
        position,
      };
      const existing = productByName.get(p.name);
      const id =
        existing === undefined
          ? Number(insertProduct.run(values).lastInsertRowid)
          : (updateProduct.run({ ...values, id: existing }), existing);
      for (const code of p.barcodes ?? []) barcode.run(code, id);
    });

    const rate = db.prepare(
      `INSERT INTO exchange_rates (currency, rate, date, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (currency) DO UPDATE SET rate = excluded.rate, date = excluded.date, updated_at = excluded.updated_at`,
    );
    for (const r of config.exchangeRates ?? [])
      rate.run(r.currency, normaliseRate(r.rate), r.date, ctx.now());

    const summary: ImportSummary = {
      paymentMethods: config.paymentMethods.length,
      taxRates: config.taxRates.length,
      staffAdded,
      categories: config.categories?.length ?? 0,
      products: config.products?.length ?? 0,
    };
    ctx.audit.record({
      action: 'provisioning.imported',
      subject: config.store.name,
      actor: ctx.actor,
      details: { old: before, new: store, ...summary },
    });
    return summary;
  })();
}

/** Reads and validates a store file; a problem names the file and the field, for IT to fix. */
export function readStoreConfigFile(file: string): StoreConfig | null {
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw translatedError('invalid_request', 'err.provisioning.notJson', {
      file,
      detail: error instanceof Error ? error.message : String(error),
    });
  }
  const parsed = storeConfig.safeParse(json);
  if (!parsed.success)
    throw translatedError('invalid_request', 'err.provisioning.notValid', {
      file,
      detail: fromZod(parsed.error).message,
    });
  return parsed.data;
}
