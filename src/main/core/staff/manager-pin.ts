import type { AuditLog } from '../system/audit-log.ts';
import type { StaffDirectory, StaffRecord } from './staff-directory.ts';

/**
 * The manager PIN that approves overrides (force done, reader set-up, refunds and discounts over a limit): the
 * PIN of any active manager or owner, each checked with scrypt. Wrong PINs lock out with a growing delay
 * (SEC-2); every approval is audited with the approver's name (TILL-9).
 */
export function createManagerPin(staff: StaffDirectory, audit: AuditLog) {
  return {
    verify(pin: string, purpose: string, details?: Record<string, unknown>): StaffRecord {
      const approver = staff.verifyOverride(pin, purpose);
      audit.record({ action: 'override.approved', subject: purpose, actor: approver.name, details });
      return approver;
    },
  };
}

export type ManagerPin = ReturnType<typeof createManagerPin>;
