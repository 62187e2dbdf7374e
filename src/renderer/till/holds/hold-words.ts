import { t, type MessageKey } from '../../../shared/i18n/translate.ts';
import type { HoldView } from '../../../shared/ipc/holds.ts';

const stateKeys: Record<HoldView['state'], MessageKey> = {
  opening: 'holds.state.opening',
  waiting: 'holds.state.waiting',
  held: 'holds.state.held',
  capturing: 'holds.state.capturing',
  captured: 'holds.state.captured',
  releasing: 'holds.state.releasing',
  released: 'holds.state.released',
  expired: 'holds.state.expired',
  failed: 'holds.state.failed',
};

/** How a hold stands, in the cashier's words. */
export const holdStateText = (hold: Pick<HoldView, 'state'>): string => t(stateKeys[hold.state]);
