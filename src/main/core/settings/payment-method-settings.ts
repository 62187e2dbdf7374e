import { randomUUID } from 'node:crypto';
import type { RequestOf } from '../../../shared/ipc/contract.ts';
import type { PaymentMethodConfig } from '../../../shared/ipc/payment-methods.ts';
import { builtInProfileId } from '../../../shared/ipc/constants.ts';
import type { UnitOfWork } from '../db/unit-of-work.ts';
import {
  toPaymentMethodConfig,
  type PaymentMethodRecord,
  type PaymentMethodRepo,
} from '../payments/payment-methods.ts';
import type { PaymentJournal } from '../payments/payment-journal.ts';
import type { AuditLog } from '../system/audit-log.ts';
import type { StripeProfiles } from './stripe-profiles.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';

export interface MethodSettingsDeps {
  tx: UnitOfWork;
  /** Asked whether a method's terminal is still busy with a payment. */
  journal: Pick<PaymentJournal, 'onTerminalCount'>;
  methods: PaymentMethodRepo;
  profiles: StripeProfiles;
  audit: AuditLog;
  onChanged: () => void;
}

type MethodInput = RequestOf<'paymentMethods.save'>;

const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);

/**
 * Creating, editing, reordering and deactivating payment methods (PREF-2, STT-1): every rule is checked
 * before anything is written, and each change is audited with the old and new values.
 */
export function createPaymentMethodSettings(deps: MethodSettingsDeps) {
  const { methods, audit } = deps;

  /** The record a valid input becomes; throws on the first rule it breaks, naming the field. */
  function validated(
    input: MethodInput,
    before: PaymentMethodRecord | null,
    id: string,
  ): PaymentMethodRecord {
    const terminalRef = input.terminalRef || null;
    if (input.terminal === 'none') {
      if (terminalRef)
        throw translatedError('invalid_request', 'err.methods.serialOnlyTerminal', undefined, 'terminalRef');
      if (input.profileId !== undefined)
        throw translatedError('invalid_request', 'err.methods.profileOnlyStripe', undefined, 'profileId');
    } else {
      if (input.journal !== 'bank')
        throw translatedError('invalid_request', 'err.methods.terminalBankJournal', undefined, 'journal');
      if (!terminalRef)
        throw translatedError(
          'invalid_request',
          input.terminal === 'stripe' ? 'err.methods.readerSerial' : 'err.methods.terminalSerial',
          undefined,
          'terminalRef',
        );
      const other = methods.byTerminalRef(terminalRef);
      if (other && other.id !== id)
        throw translatedError(
          'conflict',
          'err.methods.terminalTaken',
          { method: other.name, terminal: terminalRef },
          'terminalRef',
        );
    }
    let profileId: string | null = null;
    if (input.terminal === 'stripe') {
      const wanted = input.profileId ?? (deps.profiles.savedCount() === 0 ? builtInProfileId : undefined);
      if (wanted === undefined)
        throw translatedError('invalid_request', 'err.methods.chooseProfile', undefined, 'profileId');
      if (!deps.profiles.exists(wanted))
        throw translatedError(
          'not_found',
          wanted === builtInProfileId ? 'err.methods.noStripeYet' : 'err.methods.profileGone',
          undefined,
          'profileId',
        );
      if (
        input.terminal === 'stripe' &&
        input.profileId !== undefined &&
        input.profileId !== builtInProfileId
      ) {
        const profile = deps.profiles.get(wanted);
        if (!profile.active && input.active)
          throw translatedError(
            'invalid_request',
            'err.methods.profileInactive',
            { profile: profile.name },
            'profileId',
          );
      }
      profileId = wanted === builtInProfileId ? null : wanted;
    } else if (input.profileId !== undefined) {
      throw translatedError('invalid_request', 'err.methods.profileOnlyStripe', undefined, 'profileId');
    }
    if (before && deps.journal.onTerminalCount(before.id) > 0) {
      const changed =
        before.terminal !== input.terminal ||
        before.terminalRef !== terminalRef ||
        before.profileId !== profileId;
      if (changed || !input.active)
        throw translatedError(
          'conflict',
          'err.methods.cardStillOpen',
          { method: before.name },
          changed ? 'terminal' : 'active',
        );
    }
    const voucher = input.voucher ?? before?.voucher ?? false;
    if (voucher && (input.terminal !== 'none' || input.journal !== 'bank'))
      throw translatedError('invalid_request', 'err.methods.voucherNeedsBank', undefined, 'voucher');
    return {
      id,
      name: input.name,
      journal: input.journal,
      terminal: input.terminal,
      terminalRef,
      profileId,
      identifyCustomer: input.identifyCustomer,
      voucher,
      outstandingAccount: input.outstandingAccount ?? null,
      intermediaryAccount: input.intermediaryAccount ?? null,
      active: input.active,
      position: before?.position ?? methods.nextPosition(),
    };
  }

  const view = (m: PaymentMethodRecord) => {
    const { position: _position, ...rest } = toPaymentMethodConfig(m);
    return rest;
  };

  return {
    all: (): PaymentMethodConfig[] => methods.all().map(toPaymentMethodConfig),
    save(input: MethodInput, actor: string): PaymentMethodConfig {
      const saved = deps.tx.run(() => {
        const before = input.id === undefined ? null : methods.get(input.id);
        if (input.id !== undefined && !before)
          throw translatedError('not_found', 'err.methods.gone', undefined, 'id');
        const clash = methods
          .all()
          .find((m) => m.id !== before?.id && m.name.toLowerCase() === input.name.toLowerCase());
        if (clash)
          throw translatedError(
            'conflict',
            clash.active ? 'err.methods.nameTaken' : 'err.methods.nameTakenInactive',
            { name: clash.name },
            'name',
          );
        let id = before?.id ?? (slug(input.name) || 'method');
        if (!before && methods.get(id)) id = `${id}-${randomUUID().slice(0, 8)}`;
        const record = validated(input, before, id);
        if (before) methods.update(record);
        else methods.insert(record);
        audit.record({
          action: before ? 'payment_method.changed' : 'payment_method.created',
          subject: record.name,
          actor,
          details: { old: before ? view(before) : null, new: view(record) },
        });
        return toPaymentMethodConfig(methods.get(id)!);
      });
      deps.onChanged();
      return saved;
    },
    reorder(ids: readonly string[], actor: string): PaymentMethodConfig[] {
      const result = deps.tx.run(() => {
        const current = methods.all();
        const known = new Set(current.map((m) => m.id));
        const unknown = ids.find((id) => !known.has(id));
        if (unknown !== undefined)
          throw translatedError('not_found', 'err.methods.unknown', { name: unknown }, 'ids');
        if (ids.length !== current.length)
          throw translatedError('invalid_request', 'err.methods.orderIncomplete', undefined, 'ids');
        ids.forEach((id, position) => methods.setPosition(id, position));
        audit.record({
          action: 'payment_method.reordered',
          actor,
          details: { old: current.map((m) => m.name), new: ids.map((id) => methods.get(id)!.name) },
        });
        return methods.all().map(toPaymentMethodConfig);
      });
      deps.onChanged();
      return result;
    },
  };
}

export type PaymentMethodSettings = ReturnType<typeof createPaymentMethodSettings>;
