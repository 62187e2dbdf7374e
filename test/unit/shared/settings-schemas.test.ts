import { describe, expect, it } from 'vitest';
import { fromZod } from '../../../src/main/core/ipc/dispatcher.ts';
import { approvalLimits } from '../../../src/shared/ipc/approvals.ts';
import { terminalSettings } from '../../../src/shared/ipc/preferences.ts';
import { shiftSettings } from '../../../src/shared/ipc/shifts.ts';
import { approvalLimitsSchema } from '../../../src/shared/settings/approval-limits.ts';
import { lazySchema } from '../../../src/shared/settings/lazy-schema.ts';
import { shiftSettingsSchema } from '../../../src/shared/settings/shift-settings.ts';
import { terminalSettingsSchema } from '../../../src/shared/settings/terminal-settings.ts';

describe('settings schemas built on first use', () => {
  it('builds a schema once, on the first call, and answers the same one after', () => {
    let builds = 0;
    const schema = lazySchema(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    expect(schema()).toBe(schema());
    expect(builds).toBe(1);
  });

  it('checks stored settings with the very schemas the windows are checked with', () => {
    expect(approvalLimitsSchema()).toBe(approvalLimits);
    expect(shiftSettingsSchema()).toBe(shiftSettings);
    expect(terminalSettingsSchema()).toBe(terminalSettings);
  });

  it('is as strict as before: an unknown field or a wrong value is refused, in the reader’s words', () => {
    expect(approvalLimitsSchema().safeParse({ discountPercent: 20, refundLimit: 0 }).success).toBe(true);
    expect(approvalLimitsSchema().safeParse({ discountPercent: 20, refundLimit: 0, extra: 1 }).success).toBe(
      false,
    );
    const tooMuch = approvalLimitsSchema().safeParse({ discountPercent: 120, refundLimit: 0 });
    expect(tooMuch.success).toBe(false);
    if (!tooMuch.success)
      expect(fromZod(tooMuch.error).toShape()).toMatchObject({ messageKey: 'check.discountLimitMost100' });
    expect(
      shiftSettingsSchema().safeParse({ requireOpenShift: true, cashMovementLimit: -1, differenceLimit: 0 })
        .success,
    ).toBe(false);
    expect(terminalSettingsSchema().safeParse({ stripeEnabled: true }).success).toBe(false);
  });
});
