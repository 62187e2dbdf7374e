import { KassaError } from '../../../shared/errors.ts';
import type { SettingsRepo } from '../settings/store-settings.ts';
import type { AuditLog } from '../system/audit-log.ts';
import { pinHash, pinMatches } from './pin.ts';

/** After this many wrong PINs in a row, each further try waits longer: 30 s, 60 s, 120 s … (SEC-2). */
const freeTries = 5;
const baseLockMs = 30_000;

/**
 * The manager PIN that approves overrides (force done, and later refunds and discounts over a limit).
 * Until staff accounts exist it is one store setting; the demo shop's PIN is 1234.
 */
export function createManagerPin(settings: SettingsRepo, audit: AuditLog, now: () => number) {
  let wrongInARow = 0;
  let lockedUntil = 0;
  return {
    verify(pin: string, purpose: string): void {
      const stored = settings.get('managerPin', pinHash);
      if (!stored)
        throw new KassaError(
          'pin_required',
          'No manager PIN is set for this store. Ask the owner to set one in preferences.',
        );
      if (now() < lockedUntil) {
        const seconds = Math.ceil((lockedUntil - now()) / 1000);
        throw new KassaError('pin_locked', `Too many wrong PINs. Try again in ${seconds} s.`, 'managerPin');
      }
      if (!pinMatches(pin, stored)) {
        wrongInARow++;
        audit.record({ action: 'override.pin_rejected', subject: purpose, details: { wrongInARow } });
        if (wrongInARow >= freeTries) lockedUntil = now() + baseLockMs * 2 ** (wrongInARow - freeTries);
        throw new KassaError('pin_invalid', 'That manager PIN is not right.', 'managerPin');
      }
      wrongInARow = 0;
      audit.record({ action: 'override.approved', subject: purpose, actor: 'manager' });
    },
  };
}

export type ManagerPin = ReturnType<typeof createManagerPin>;
