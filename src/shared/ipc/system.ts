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

export const systemChannels = {
  'alerts.list': channel({ request: empty, response: z.array(alert), windows: ['till', 'preferences'] }),
  'alerts.acknowledge': channel({
    request: z.object({ id: z.number().int().positive() }).strict(),
    response: alert,
    windows: ['till', 'preferences'],
  }),
};

export const systemEvents = {
  'alerts.raised': alert,
};
