import type { Handlers } from '../ipc/dispatcher.ts';
import type { Services } from '../services.ts';

/**
 * Exports for the accountant, from the preferences window only: the file says what the shop took, so an
 * owner must have unlocked the window, and each export is audited with its days and size.
 */
export function exportHandlers(s: Services): Pick<Handlers, 'exports.payments'> {
  return {
    'exports.payments': async ({ from, to }) => {
      const owner = s.session.requirePreferencesOwner();
      const file = await s.exportPayments({ from, to });
      s.audit.record({
        action: 'export.payments',
        actor: owner.name,
        details: { from, to, rows: file.rows },
      });
      return file;
    },
  };
}
