import { z } from 'zod';
import { inUnitOfWork, type UnitOfWork } from '../db/unit-of-work.ts';
import { withCheckpointAfter } from '../db/connection.ts';
import { getCurrency } from '../../../shared/money/currencies.ts';
import { countTotal, denominationsOf } from '../../../shared/money/denominations.ts';
import { formatMoney } from '../../../shared/money/money.ts';
import { shiftSettingsSchema } from '../../../shared/settings/shift-settings.ts';
import type {
  ChainCheck,
  DenominationCount,
  ShiftCount,
  ShiftReport,
  ShiftSettings,
  ShiftState,
  ShiftSummary,
  ZReportEntry,
} from '../../../shared/ipc/shifts.ts';
import type { PaymentMethodRepo } from '../payments/payment-methods.ts';
import type { PaymentJournal } from '../payments/payment-journal.ts';
import type { SettingsRepo, StoreSettings } from '../settings/store-settings.ts';
import type { Approvals } from '../staff/approvals.ts';
import type { AuditLog } from '../system/audit-log.ts';
import { createShiftFactsReader, type ShiftFacts, type SoldFacts } from './shift-facts.ts';
import { buildShiftReport, expectedPerMethod } from './shift-report.ts';
import type { ShiftRow, ShiftStore, ZRow } from './shift-store.ts';
import { chainZ, verifyZChain, zReportOf } from './z-chain.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

export interface ShiftServiceDeps {
  /** The unit of work: a change and its effects commit together, and events wait for the commit. */
  tx: UnitOfWork;
  store: ShiftStore;
  settings: SettingsRepo;
  audit: Pick<AuditLog, 'record' | 'count'>;
  approvals: Pick<Approvals, 'approve'>;
  methods: Pick<PaymentMethodRepo, 'active' | 'get'>;
  /** The card payments on the till that are not settled (the journal owns the attempts). */
  journal: Pick<PaymentJournal, 'unsettledOnTill'>;
  storeSettings: () => StoreSettings;
  till: { id: string; name: string };
  /** Who works the till now, for the record. */
  actor: () => { id: string; name: string } | null;
  now: () => number;
  onChanged: (shift: ShiftSummary) => void;
  /** Work that commits with the close (the Z printed at closing is queued here). */
  onClosed?: (zNumber: number) => void;
  /** The till reads the settings with the shift (whether it may sell without one). */
  onSettingsChanged: () => void;
  /** The store's tax rates: a report names each rate as the store does ("VAT 7 %"), a Z as it was at the close. */
  taxRates?: () => readonly { rateBp: number; name: string }[];
}

const settingsKey = 'shifts';
/** Built once: a zod schema built per call pays its set-up on every parse. */
const origin = z.string();

const toSummary = (s: ShiftRow): ShiftSummary => ({
  id: s.id,
  tillId: s.till_id,
  status: s.status,
  currency: s.currency,
  openedAt: s.opened_at,
  openedBy: s.opened_by,
  openingFloat: s.opening_float,
  closedAt: s.closed_at,
  zNumber: s.z_number,
});

const toEntry = (z: Omit<ZRow, 'body'>): ZReportEntry => ({
  tillId: z.till_id,
  number: z.number,
  shiftId: z.shift_id,
  createdAt: z.created_at,
  prevHash: z.prev_hash,
  hash: z.hash,
});

/**
 * Shifts of this till (TILL-8): opening with a counted float, pay-ins and pay-outs, the X report at any time, the
 * blind count, and closing with a Z report that joins the till's hash chain. Rules live here; the shift store
 * alone writes the tables, and each change and its audit entry commit in one transaction.
 */
/** What a cashier tried while no shift was open: the refusal names it (err.shift.noneOpenTo). */
export type MoneyAction =
  'payIn' | 'payOut' | 'sale' | 'payment' | 'cardPayment' | 'refund' | 'return' | 'void';

export function createShiftService(deps: ShiftServiceDeps) {
  const { store } = deps;
  const db = store.db;
  const facts = createShiftFactsReader(db, deps.audit, deps.journal);
  const tillId = deps.till.id;

  const money = (n: number, currency = deps.storeSettings().currency) =>
    formatMoney(n, currency, deps.storeSettings().locale);

  /** Until the owner decides: a provisioned shop works in shifts; the demo shop lets you sell straight away. */
  function settings(): ShiftSettings {
    const saved = deps.settings.get(settingsKey, shiftSettingsSchema());
    if (saved) return saved;
    const unit = 10 ** getCurrency(deps.storeSettings().currency).exponent;
    return {
      requireOpenShift: deps.settings.get('origin', origin) === 'provisioned',
      cashMovementLimit: 50 * unit,
      differenceLimit: 5 * unit,
    };
  }

  const current = (): ShiftRow | null => store.current(tillId);

  function requireOpen(action: MoneyAction): ShiftRow {
    const shift = current();
    if (!shift) throw translatedError('shift_closed', 'err.shift.noneOpenTo', { action });
    if (shift.status === 'counted')
      throw translatedError('shift_closed', 'err.shift.countedCloseTo', { action });
    return shift;
  }

  /** The cash method whose drawer holds the float and the pay-ins and pay-outs: the first active cash method. */
  const drawerMethod = () => deps.methods.active().find((m) => m.journal === 'cash') ?? null;

  /** A counted shift's sales are read from its count onwards (see migration 22); any other shift's in full. */
  function factsOf(shift: ShiftRow, until: number): ShiftFacts {
    const window = { tillId, from: shift.opened_at, until };
    if (shift.status !== 'counted' || shift.counted_at === null || shift.counted_facts === null)
      return facts.read(window);
    // Written by this service at the count, in a column that holds only JSON (as a Z row's body is read back).
    const atCount = JSON.parse(shift.counted_facts) as SoldFacts;
    return facts.readCounted(window, shift.counted_at, atCount);
  }

  function report(
    shift: ShiftRow,
    kind: 'X' | 'Z',
    until: number,
    zNumber: number | null,
    known: ShiftFacts = factsOf(shift, until),
    closedBy: string | null = null,
  ): ShiftReport {
    return buildShiftReport(
      {
        kind,
        zNumber,
        shift,
        tillName: deps.till.name,
        until,
        closedBy: kind === 'Z' ? closedBy : null,
        taxNames: new Map((deps.taxRates?.() ?? []).map((r) => [r.rateBp, r.name])),
      },
      known,
      store.movements(shift.id),
      store.counts(shift.id),
    );
  }

  function checkDenominations(count: DenominationCount | undefined, total: number, field: string): void {
    if (!count || count.length === 0) return;
    const { currency } = deps.storeSettings();
    const known = denominationsOf(currency);
    const unknown = count.find(([value]) => !known.includes(value));
    if (unknown)
      throw translatedError(
        'invalid_request',
        'err.shift.notADenomination',
        { value: money(unknown[0]), currency },
        field,
      );
    const sum = countTotal(count);
    if (sum !== total)
      throw translatedError(
        'amount_invalid',
        'err.shift.countMismatch',
        { sum: money(sum), total: money(total) },
        field,
      );
  }

  /** Methods whose money is counted at closing: the till's active methods and any that took money this shift. */
  function methodsToCount(shift: ShiftRow | null): ShiftState['methodsToCount'] {
    const list = new Map<string, ShiftState['methodsToCount'][number]>();
    for (const m of deps.methods.active())
      if (m.terminal === 'none' || m.journal === 'cash')
        list.set(m.id, { methodId: m.id, methodName: m.name, journal: m.journal });
    // Card terminals settle with the provider: their totals are on the report but nobody counts them.
    if (shift)
      for (const p of facts.taken({ tillId, from: shift.opened_at, until: deps.now() }))
        if (!list.has(p.method_id) && (deps.methods.get(p.method_id)?.terminal ?? 'none') === 'none')
          list.set(p.method_id, { methodId: p.method_id, methodName: p.method_name, journal: p.journal });
    return [...list.values()].sort((a, b) => (a.journal === b.journal ? 0 : a.journal === 'cash' ? -1 : 1));
  }

  function refuseWhileCardsOpen(shift: ShiftRow): void {
    const open = facts.openCards(tillId).filter((a) => a.forced !== 1);
    if (open.length === 0) return;
    const first = open[0]!;
    throw translatedError('conflict', 'err.shift.cardStillOpen', {
      amount: money(first.amount, shift.currency),
      method: first.method_name,
      more: open.length - 1,
    });
  }

  const openShift = inUnitOfWork(
    deps.tx,
    (input: { shiftId: string; openingFloat: number; denominations?: DenominationCount | undefined }) => {
      const existing = current();
      if (existing?.id === input.shiftId) return existing; // a retried request
      if (existing)
        throw translatedError('conflict', 'err.shift.alreadyOpen', {
          time: new Date(existing.opened_at).toLocaleTimeString(deps.storeSettings().locale),
        });
      const last = store.lastClosed(tillId);
      // Strictly after the last closing: a sale belongs to exactly one shift.
      const openedAt = Math.max(deps.now(), (last?.closed_at ?? 0) + 1);
      const actor = deps.actor();
      store.openShift({
        id: input.shiftId,
        tillId,
        currency: deps.storeSettings().currency,
        openedAt,
        openedBy: actor?.name ?? null,
        openingFloat: input.openingFloat,
        openingCount: input.denominations,
      });
      deps.audit.record({
        action: 'shift.opened',
        subject: input.shiftId,
        actor: actor?.name,
        details: { openingFloat: input.openingFloat, byDenomination: input.denominations !== undefined },
      });
      return store.byId(input.shiftId)!;
    },
  );

  const moveCash = inUnitOfWork(
    deps.tx,
    (
      input: { id: string; kind: 'pay_in' | 'pay_out'; amount: number; reason: string },
      approvedBy: string | null,
    ) => {
      const shift = requireOpen(input.kind === 'pay_in' ? 'payIn' : 'payOut');
      if (input.kind === 'pay_out') {
        const inDrawer = report(shift, 'X', deps.now(), null).cash.expected;
        if (input.amount > inDrawer)
          throw translatedError(
            'amount_invalid',
            'err.shift.payOutTooLarge',
            { inDrawer: money(inDrawer), amount: money(input.amount) },
            'amount',
          );
      }
      const actor = deps.actor();
      store.addMovement({
        id: input.id,
        shiftId: shift.id,
        kind: input.kind,
        amount: input.amount,
        reason: input.reason,
        staff: actor?.name ?? null,
        approvedBy,
        at: deps.now(),
      });
      deps.audit.record({
        action: input.kind === 'pay_in' ? 'shift.pay_in' : 'shift.pay_out',
        subject: shift.id,
        actor: actor?.name,
        details: { movementId: input.id, amount: input.amount, reason: input.reason, approvedBy },
      });
      return shift;
    },
  );

  const recordCount = inUnitOfWork(
    deps.tx,
    (
      shift: ShiftRow,
      counts: readonly { methodId: string; counted: number; denominations?: DenominationCount | undefined }[],
    ) => {
      const at = deps.now();
      const atCount = facts.read({ tillId, from: shift.opened_at, until: at });
      const x = report(shift, 'X', at, null, atCount);
      const expected = expectedPerMethod(x, drawerMethod()?.id ?? null);
      const methods = new Map(methodsToCount(shift).map((m) => [m.methodId, m]));
      for (const c of counts) {
        const m = methods.get(c.methodId)!;
        store.addCount({
          shiftId: shift.id,
          methodId: m.methodId,
          methodName: m.methodName,
          journal: m.journal,
          counted: c.counted,
          denominations: c.denominations,
          expected: expected.get(c.methodId) ?? 0,
        });
      }
      const { sales, salesTaxes, taken } = atCount;
      if (!store.markCounted(shift.id, at, { sales, salesTaxes, taken }))
        throw translatedError('conflict', 'err.shift.alreadyCounted');
      deps.audit.record({
        action: 'shift.counted',
        subject: shift.id,
        actor: deps.actor()?.name,
        details: { counted: counts.map((c) => [c.methodId, c.counted]) },
      });
    },
  );

  const close = inUnitOfWork(
    deps.tx,
    (shift: ShiftRow, reasons: ReadonlyMap<string, string>, approvedBy: string | null) => {
      const at = deps.now();
      // Who closes is read once: the Z, the shift row and the audit entry name the same person.
      const closedBy = deps.actor()?.name ?? null;
      for (const [methodId, reason] of reasons) store.setCountReason(shift.id, methodId, reason);
      const previous = store.lastZ(tillId);
      const number = (previous?.number ?? 0) + 1;
      const z = report(shift, 'Z', at, number, factsOf(shift, at), closedBy);
      const row = chainZ(previous, { tillId, shiftId: shift.id, createdAt: at, report: z });
      store.insertZ(row);
      if (!store.markClosed(shift.id, at, closedBy, number))
        throw translatedError('conflict', 'err.shift.notWaitingToClose');
      deps.audit.record({
        action: 'shift.closed',
        subject: shift.id,
        actor: closedBy ?? undefined,
        details: {
          zNumber: number,
          hash: row.hash,
          approvedBy,
          differences: z.counts
            .filter((c) => c.difference !== 0)
            .map((c) => [c.methodName, c.difference, c.reason]),
        },
      });
      deps.onClosed?.(number);
      return { entry: toEntry(row), report: z };
    },
  );

  const announce = (shift: ShiftRow | null) => {
    if (shift) deps.onChanged(toSummary(store.byId(shift.id)!));
  };

  function zRow(number: number): ZRow {
    const row = store.z(tillId, number);
    if (!row) throw translatedError('not_found', 'err.shift.noZReport', { number: String(number) });
    return row;
  }

  return {
    settings,
    saveSettings(input: ShiftSettings, actor: string): ShiftSettings {
      const before = settings();
      inUnitOfWork(deps.tx, () => {
        deps.settings.set(settingsKey, input);
        deps.audit.record({ action: 'settings.shifts_changed', actor, details: { old: before, new: input } });
      })();
      deps.onSettingsChanged();
      return settings();
    },
    state(): ShiftState {
      const shift = current();
      return {
        shift: shift ? toSummary(shift) : null,
        settings: settings(),
        denominations: [...denominationsOf(deps.storeSettings().currency)],
        methodsToCount: methodsToCount(shift),
      };
    },
    current: (): ShiftSummary | null => {
      const shift = current();
      return shift ? toSummary(shift) : null;
    },

    /**
     * Refuses a sale, payment or refund while the till is outside a shift (where the owner asked for shifts) or
     * while the drawer is being counted (always: the count would no longer match).
     */
    assertMoneyMayMove(action: MoneyAction): void {
      const shift = current();
      if (shift?.status === 'counted' || (!shift && settings().requireOpenShift)) requireOpen(action);
    },

    open(input: { shiftId: string; openingFloat: number; denominations?: DenominationCount | undefined }) {
      checkDenominations(input.denominations, input.openingFloat, 'denominations');
      const before = current();
      const shift = openShift(input);
      if (before?.id !== shift.id) announce(shift);
      return toSummary(shift);
    },

    moveCash(input: {
      id: string;
      kind: 'pay_in' | 'pay_out';
      amount: number;
      reason: string;
      managerPin?: string | undefined;
    }): ShiftReport {
      const done = store.movement(input.id);
      if (done) return report(store.byId(done.shift_id)!, 'X', deps.now(), null); // a retried request
      requireOpen(input.kind === 'pay_in' ? 'payIn' : 'payOut');
      const limit = settings().cashMovementLimit;
      // Asked before anything is written, outside the transaction, so a wrong PIN still counts (SEC-2).
      const approvedBy =
        input.amount > limit
          ? deps.approvals.approve(
              'shift.cash_movement',
              {
                key: input.kind === 'pay_in' ? 'err.approval.payIn' : 'err.approval.payOut',
                params: { amount: money(input.amount), limit: money(limit) },
              },
              { movementId: input.id, kind: input.kind, amount: input.amount, reason: input.reason, limit },
              input.managerPin,
            )
          : null;
      const shift = moveCash(input, approvedBy);
      announce(shift);
      return report(shift, 'X', deps.now(), null);
    },

    xReport(): ShiftReport {
      const shift = current();
      if (!shift) throw translatedError('shift_closed', 'err.shift.nothingToReport');
      return report(shift, 'X', deps.now(), null);
    },

    /** The blind count: recorded once, before the cashier sees what was expected; answers the differences. */
    count(
      counts: readonly { methodId: string; counted: number; denominations?: DenominationCount | undefined }[],
    ): {
      counts: ShiftCount[];
    } {
      const shift = current();
      if (!shift) throw translatedError('shift_closed', 'err.shift.nothingToCount');
      if (shift.status === 'counted') throw translatedError('conflict', 'err.shift.countedClose');
      refuseWhileCardsOpen(shift);
      const methods = methodsToCount(shift);
      const given = new Map(counts.map((c) => [c.methodId, c]));
      counts.forEach((c, i) => {
        if (!methods.some((m) => m.methodId === c.methodId))
          throw translatedError('not_found', 'err.shift.methodNotCounted', undefined, `counts.${i}.methodId`);
        checkDenominations(c.denominations, c.counted, `counts.${i}.denominations`);
      });
      const missing = methods.find((m) => !given.has(m.methodId));
      if (missing)
        throw translatedError(
          'invalid_request',
          'err.shift.countToo',
          { method: missing.methodName },
          'counts',
        );
      recordCount(shift, counts);
      announce(shift);
      return { counts: report(store.byId(shift.id)!, 'X', deps.now(), null).counts };
    },

    close(input: {
      reasons: readonly { methodId: string; reason: string }[];
      managerPin?: string | undefined;
    }) {
      const shift = current();
      if (!shift) throw translatedError('shift_closed', 'err.shift.noneOpen');
      if (shift.status !== 'counted') throw translatedError('conflict', 'err.shift.countFirst');
      refuseWhileCardsOpen(shift);
      const counts = store.counts(shift.id);
      const reasons = new Map(input.reasons.map((r) => [r.methodId, r.reason]));
      const differing = counts.filter((c) => c.counted !== c.expected);
      const unexplained = differing.find((c) => !reasons.has(c.method_id));
      if (unexplained)
        throw translatedError(
          'invalid_request',
          unexplained.counted > unexplained.expected
            ? 'err.shift.overGiveReason'
            : 'err.shift.shortGiveReason',
          {
            method: unexplained.method_name,
            amount: money(Math.abs(unexplained.counted - unexplained.expected), shift.currency),
          },
          'reasons',
        );
      const largest = differing.reduce((max, c) => Math.max(max, Math.abs(c.counted - c.expected)), 0);
      const limit = settings().differenceLimit;
      const approvedBy =
        largest > limit
          ? deps.approvals.approve(
              'shift.close_difference',
              {
                key: 'err.approval.closeDifference',
                params: { amount: money(largest, shift.currency), limit: money(limit, shift.currency) },
              },
              { shiftId: shift.id, largest, limit },
              input.managerPin,
            )
          : null;
      // The Z's commit is synced as every commit is; the day's checkpoint of the WAL comes after it.
      const closed = withCheckpointAfter(db, () => close(shift, reasons, approvedBy));
      announce(shift);
      return closed;
    },

    zReports: (limit: number): ZReportEntry[] => store.zList(tillId, limit).map(toEntry),
    zReport(number: number): { entry: ZReportEntry; report: ShiftReport } {
      const row = zRow(number);
      return { entry: toEntry(row), report: zReportOf(row) };
    },
    zRow,
    verifyChain: (): ChainCheck => verifyZChain(store.allZ()),
  };
}

export type ShiftService = ReturnType<typeof createShiftService>;
