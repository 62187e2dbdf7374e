import { randomUUID } from 'node:crypto';
import type { StaffMember } from '../../../shared/ipc/staff.ts';
import type { StaffRole } from '../../../shared/ipc/fields.ts';
import type { Db } from '../db/connection.ts';
import type { AuditLog } from '../system/audit-log.ts';
import { hashPin, pinHash, pinMatches } from './pin.ts';
import { z } from 'zod';
import { translatedError } from '../../../shared/i18n/errors.ts';

/** Documented in the README: the demo shop's owner PIN. A store still using it gets a banner. */
export const demoPin = '1234';

/** After this many wrong PINs in a row, each further wrong PIN locks for longer: 30 s, 60 s, 120 s … (SEC-2). */
const freeTries = 5;
const baseLockMs = 30_000;
const maxLockMs = 24 * 60 * 60_000;

export const lockMs = (wrongInARow: number): number =>
  wrongInARow < freeTries ? 0 : Math.min(maxLockMs, baseLockMs * 2 ** (wrongInARow - freeTries));

interface StaffRow {
  id: string;
  name: string;
  role: StaffRole;
  pin_hash: string | null;
  pin_is_demo: number;
  active: number;
  wrong_pins: number;
  locked_until: number | null;
}

export interface StaffRecord {
  id: string;
  name: string;
  role: StaffRole;
  active: boolean;
}

/** Wrong PINs that match nobody (overrides, owner checks) share one counter, so guessing is slowed there too. */
const guardKey = 'pinGuard';
const guardState = z.object({ wrongInARow: z.number().int(), lockedUntil: z.number().int() });

const secondsLeft = (until: number, now: number) => Math.max(1, Math.ceil((until - now) / 1000));

/**
 * Staff members and their PINs (TILL-9, SEC-2). PINs are salted scrypt hashes; wrong PINs are counted per member
 * in the database, so restarting Kassa does not reset a lockout.
 */
export function createStaffDirectory(db: Db, audit: AuditLog, now: () => number) {
  const all = db.prepare<[], StaffRow>('SELECT * FROM staff ORDER BY active DESC, name COLLATE NOCASE');
  const byId = db.prepare<[string], StaffRow>('SELECT * FROM staff WHERE id = ?');
  const withRoles = db.prepare<[], StaffRow>(
    `SELECT * FROM staff WHERE active = 1 AND pin_hash IS NOT NULL ORDER BY role = 'owner' DESC, name`,
  );
  const setCounter = db.prepare<[number, number | null, string]>(
    'UPDATE staff SET wrong_pins = ?, locked_until = ? WHERE id = ?',
  );
  const readGuard = db.prepare<[], { value: string }>(
    `SELECT value FROM store_settings WHERE key = '${guardKey}'`,
  );
  const writeGuard = db.prepare<[string]>(
    `INSERT INTO store_settings (key, value) VALUES ('${guardKey}', ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );

  const toMember = (r: StaffRow): StaffMember => ({
    id: r.id,
    name: r.name,
    role: r.role,
    active: r.active === 1,
    hasPin: r.pin_hash !== null,
    lockedUntil: r.locked_until !== null && r.locked_until > now() ? r.locked_until : null,
  });
  const toRecord = (r: StaffRow): StaffRecord => ({
    id: r.id,
    name: r.name,
    role: r.role,
    active: r.active === 1,
  });
  const matches = (pin: string, r: StaffRow) =>
    r.pin_hash !== null && pinMatches(pin, pinHash.parse(JSON.parse(r.pin_hash)));

  const guard = () => {
    const row = readGuard.get();
    return row ? guardState.parse(JSON.parse(row.value)) : { wrongInARow: 0, lockedUntil: 0 };
  };

  /** Checks one member's PIN: the sign-in path. */
  function verifyMember(staffId: string, pin: string, purpose: string, field: string): StaffRecord {
    const row = byId.get(staffId);
    if (!row || row.active !== 1)
      throw translatedError('not_found', 'err.staff.notActive', undefined, 'staffId');
    if (row.pin_hash === null)
      throw translatedError('pin_required', 'err.staff.noPinYet', { name: row.name }, field);
    const at = now();
    if (row.locked_until !== null && row.locked_until > at)
      throw translatedError(
        'pin_locked',
        'err.staff.lockedFor',
        { name: row.name, seconds: secondsLeft(row.locked_until, at) },
        field,
      );
    if (matches(pin, row)) {
      if (row.wrong_pins > 0) setCounter.run(0, null, row.id);
      return toRecord(row);
    }
    const wrong = row.wrong_pins + 1;
    const lockedUntil = wrong >= freeTries ? at + lockMs(wrong) : null;
    db.transaction(() => {
      setCounter.run(wrong, lockedUntil, row.id);
      audit.record({
        action: 'staff.pin_rejected',
        subject: row.name,
        details: { purpose, wrongInARow: wrong },
      });
      if (lockedUntil !== null)
        audit.record({
          action: 'staff.locked',
          subject: row.name,
          details: { purpose, wrongInARow: wrong, seconds: lockMs(wrong) / 1000 },
        });
    })();
    if (lockedUntil !== null)
      throw translatedError(
        'pin_locked',
        'err.staff.wrongPinLocked',
        { name: row.name, seconds: lockMs(wrong) / 1000 },
        field,
      );
    throw translatedError('pin_invalid', 'err.staff.wrongPin', undefined, field);
  }

  /**
   * Finds the active member with one of `roles` whose PIN this is: overrides and owner checks, where nobody says
   * who they are. Locked members are skipped; wrong PINs count on a shared guard with the same growing lockout.
   */
  function verifyAnyOf(
    roles: readonly StaffRole[],
    pin: string,
    purpose: string,
    field: string,
  ): StaffRecord {
    const at = now();
    const g = guard();
    if (g.lockedUntil > at)
      throw translatedError(
        'pin_locked',
        'err.staff.tooManyWrong',
        { seconds: secondsLeft(g.lockedUntil, at) },
        field,
      );
    const candidates = withRoles.all().filter((r) => roles.includes(r.role));
    if (candidates.length === 0)
      throw translatedError(
        'pin_required',
        roles.includes('manager') ? 'err.staff.noManagerPin' : 'err.staff.noOwnerPin',
        undefined,
        field,
      );
    const open = candidates.filter((r) => r.locked_until === null || r.locked_until <= at);
    const found = open.find((r) => matches(pin, r));
    if (found) {
      db.transaction(() => {
        if (found.wrong_pins > 0) setCounter.run(0, null, found.id);
        if (g.wrongInARow > 0) writeGuard.run(JSON.stringify({ wrongInARow: 0, lockedUntil: 0 }));
      })();
      return toRecord(found);
    }
    const wrong = g.wrongInARow + 1;
    const lockedUntil = wrong >= freeTries ? at + lockMs(wrong) : 0;
    writeGuard.run(JSON.stringify({ wrongInARow: wrong, lockedUntil }));
    audit.record({ action: 'override.pin_rejected', subject: purpose, details: { wrongInARow: wrong } });
    if (lockedUntil > 0) {
      audit.record({
        action: 'override.locked',
        subject: purpose,
        details: { seconds: lockMs(wrong) / 1000 },
      });
      throw translatedError('pin_locked', 'err.staff.tooManyWrong', { seconds: lockMs(wrong) / 1000 }, field);
    }
    // A member locked out after wrong PINs must wait: the cashier is told, so a right PIN is not doubted.
    const someLocked = open.length < candidates.length;
    const key = roles.includes('manager')
      ? someLocked
        ? 'err.staff.notManagerPinLocked'
        : 'err.staff.notManagerPin'
      : someLocked
        ? 'err.staff.notOwnerPinLocked'
        : 'err.staff.notOwnerPin';
    throw translatedError('pin_invalid', key, undefined, field);
  }

  const ownersWithPin = () => withRoles.all().filter((r) => r.role === 'owner').length;

  return {
    list: (): StaffMember[] => all.all().map(toMember),
    get(id: string): StaffRecord | null {
      const row = byId.get(id);
      return row ? toRecord(row) : null;
    },
    member(id: string): StaffMember | null {
      const row = byId.get(id);
      return row ? toMember(row) : null;
    },
    /** Sign-in: this member's PIN, with the member's own lockout. */
    verifyMember: (staffId: string, pin: string, purpose: string, field = 'pin'): StaffRecord =>
      verifyMember(staffId, pin, purpose, field),
    /** Override approval (force done, refunds and discounts over a limit, no-sale): any manager or owner. */
    verifyOverride: (pin: string, purpose: string, field = 'managerPin') =>
      verifyAnyOf(['manager', 'owner'], pin, purpose, field),
    verifyOwner: (pin: string, purpose: string, field = 'pin') => verifyAnyOf(['owner'], pin, purpose, field),
    needsOwnerSetup: (): boolean => ownersWithPin() === 0,
    usingDemoPin: (): boolean =>
      db
        .prepare(
          `SELECT count(*) FROM staff WHERE active = 1 AND pin_is_demo = 1 AND role IN ('manager', 'owner')`,
        )
        .pluck()
        .get() !== 0,
    /** The owner still on the demo PIN, when there is exactly one such owner (the demo shop). */
    demoOwner(): StaffRecord | null {
      const rows = db
        .prepare<[], StaffRow>(`SELECT * FROM staff WHERE active = 1 AND pin_is_demo = 1 AND role = 'owner'`)
        .all();
      return rows.length === 1 ? toRecord(rows[0]!) : null;
    },
    /**
     * Adds or changes a member, all checks first; the store always keeps an active owner with a PIN.
     * Saving also lifts a lockout: the owner has vouched for the member.
     */
    save(
      input: {
        id?: string | undefined;
        name: string;
        role: StaffRole;
        pin?: string | undefined;
        active: boolean;
      },
      actor: string,
    ): StaffMember {
      return db.transaction(() => {
        const before = input.id === undefined ? null : (byId.get(input.id) ?? null);
        if (input.id !== undefined && !before)
          throw translatedError('not_found', 'err.staff.gone', undefined, 'id');
        if (!before && input.pin === undefined)
          throw translatedError('invalid_request', 'err.staff.newNeedsPin', undefined, 'pin');
        const clash = all
          .all()
          .find((r) => r.id !== before?.id && r.name.toLowerCase() === input.name.toLowerCase());
        if (clash)
          throw translatedError(
            'conflict',
            clash.active === 1 ? 'err.staff.nameTaken' : 'err.staff.nameTakenInactive',
            { name: clash.name },
            'name',
          );
        const id = before?.id ?? randomUUID();
        const pinJson =
          input.pin !== undefined ? JSON.stringify(hashPin(input.pin)) : (before?.pin_hash ?? null);
        const isDemo = input.pin !== undefined ? (input.pin === demoPin ? 1 : 0) : (before?.pin_is_demo ?? 0);
        db.prepare(
          `INSERT INTO staff (id, name, role, pin_hash, pin_is_demo, active, wrong_pins, locked_until, created_at)
           VALUES (@id, @name, @role, @pin, @isDemo, @active, 0, NULL, @at)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, pin_hash = excluded.pin_hash,
             pin_is_demo = excluded.pin_is_demo, active = excluded.active, wrong_pins = 0, locked_until = NULL`,
        ).run({
          id,
          name: input.name,
          role: input.role,
          pin: pinJson,
          isDemo,
          active: input.active ? 1 : 0,
          at: now(),
        });
        if (ownersWithPin() === 0)
          throw translatedError(
            'conflict',
            'err.staff.lastOwner',
            undefined,
            before?.role === 'owner' && input.role !== 'owner' ? 'role' : 'active',
          );
        const view = (r: { name: string; role: string; active: boolean }) => ({
          name: r.name,
          role: r.role,
          active: r.active,
        });
        audit.record({
          action: before ? 'staff.changed' : 'staff.created',
          subject: input.name,
          actor,
          details: {
            old: before ? view({ ...before, active: before.active === 1 }) : null,
            new: view(input),
            pinChanged: input.pin !== undefined,
          },
        });
        return toMember(byId.get(id)!);
      })();
    },
    /** Members imported from a store file have no PIN until the owner gives them one. */
    addWithoutPin(name: string, role: StaffRole): boolean {
      const exists = all.all().some((r) => r.name.toLowerCase() === name.toLowerCase());
      if (exists) return false;
      db.prepare(`INSERT INTO staff (id, name, role, created_at) VALUES (?, ?, ?, ?)`).run(
        randomUUID(),
        name,
        role,
        now(),
      );
      return true;
    },
    /** Demo seed and first start: an owner with a PIN. */
    addOwner(name: string, pin: string): StaffRecord {
      const existing = all
        .all()
        .find((r) => r.role === 'owner' && r.name.toLowerCase() === name.toLowerCase());
      const id = existing?.id ?? randomUUID();
      db.prepare(
        `INSERT INTO staff (id, name, role, pin_hash, pin_is_demo, active, created_at)
         VALUES (@id, @name, 'owner', @pin, @isDemo, 1, @at)
         ON CONFLICT (id) DO UPDATE SET pin_hash = excluded.pin_hash, pin_is_demo = excluded.pin_is_demo,
           active = 1, wrong_pins = 0, locked_until = NULL`,
      ).run({
        id,
        name: existing?.name ?? name,
        pin: JSON.stringify(hashPin(pin)),
        isDemo: pin === demoPin ? 1 : 0,
        at: now(),
      });
      return toRecord(byId.get(id)!);
    },
  };
}

export type StaffDirectory = ReturnType<typeof createStaffDirectory>;
