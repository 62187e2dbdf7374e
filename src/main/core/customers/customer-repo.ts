import { randomUUID } from 'node:crypto';
import type { Customer } from '../../../shared/ipc/customers.ts';
import type { Db } from '../db/connection.ts';

interface CustomerRow {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  created_at: number;
}

const toCustomer = (r: CustomerRow): Customer => ({
  id: r.id,
  name: r.name,
  email: r.email,
  phone: r.phone,
  createdAt: r.created_at,
});

/** LIKE treats % and _ as wildcards; a customer called "100%" must still be found literally. */
const likeEscape = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Customers the till can put on an order (TILL-5). */
export function createCustomerRepo(db: Db, now: () => number) {
  const byId = db.prepare<[string], CustomerRow>('SELECT * FROM customers WHERE id = ?');
  const search = db.prepare<{ contains: string; prefix: string; digits: string; limit: number }, CustomerRow>(
    `SELECT * FROM customers
     WHERE name LIKE @contains ESCAPE '\\' OR email LIKE @contains ESCAPE '\\'
        OR (@digits <> '' AND replace(replace(replace(phone, ' ', ''), '-', ''), '/', '') LIKE @digits ESCAPE '\\')
     ORDER BY (name LIKE @prefix ESCAPE '\\') DESC, name COLLATE NOCASE
     LIMIT @limit`,
  );
  const insert = db.prepare<[string, string, string | null, string | null, number]>(
    'INSERT INTO customers (id, name, email, phone, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  return {
    get(id: string): Customer | null {
      const row = byId.get(id);
      return row ? toCustomer(row) : null;
    },
    search(query: string, limit: number): Customer[] {
      const q = likeEscape(query.trim());
      const digits = query.replace(/[^0-9+]/g, '');
      return search
        .all({ contains: `%${q}%`, prefix: `${q}%`, digits: digits.length >= 3 ? `%${digits}%` : '', limit })
        .map(toCustomer);
    },
    create(input: { name: string; email?: string | undefined; phone?: string | undefined }): Customer {
      const id = randomUUID();
      insert.run(id, input.name, input.email ?? null, input.phone ?? null, now());
      return toCustomer(byId.get(id)!);
    },
  };
}

export type CustomerRepo = ReturnType<typeof createCustomerRepo>;
