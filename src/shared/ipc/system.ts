import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, timestamp } from './common.ts';

export const alert = z.object({
  id: z.number().int(),
  at: timestamp,
  severity: z.enum(['info', 'warning', 'critical']),
  kind: z.string(),
  message: z.string(),
  acknowledged: z.boolean(),
});
export type Alert = z.infer<typeof alert>;

/** What an update waits for: a card payment on a terminal, or an open shift. */
export const updateBlocker = z.enum(['card_payment', 'shift']);
export type UpdateBlocker = z.infer<typeof updateBlocker>;

/** A Kassa update the app's updater found (never in the headless host), and what it waits for. */
export const updateStatus = z.object({
  state: z.enum(['none', 'downloading', 'ready']),
  version: z.string().nullable(),
  /** What must finish first, as codes each window words in its language (update.waitingFor.*); empty: installs on quit. */
  waitingFor: z.array(updateBlocker),
});
export type UpdateStatus = z.infer<typeof updateStatus>;

export const systemChannels = {
  'updates.status': channel({ request: empty, response: updateStatus, windows: ['till'] }),
  'alerts.list': channel({ request: empty, response: z.array(alert), windows: ['till', 'preferences'] }),
  'alerts.acknowledge': channel({
    request: z.object({ id: z.number().int().positive() }).strict(),
    response: alert,
    windows: ['till', 'preferences'],
  }),
};

export const systemEvents = {
  'alerts.raised': alert,
  'updates.changed': updateStatus,
};
