import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, timestamp } from './common.ts';
import { languages } from '../i18n/languages.ts';

export const alert = z.object({
  id: z.number().int(),
  at: timestamp,
  severity: z.enum(['info', 'warning', 'critical']),
  kind: z.string(),
  /** In English, for the log; an alert raised before its words were keys (migration 24) has only this. */
  message: z.string(),
  /** What the window says, in its display language: a catalog key and its values (see i18n/errors.ts). */
  messageKey: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
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

/** Where the display language stands for Chromium's own controls (date inputs), which follow only a restart. */
export const displayLanguageStatus = z.object({
  /** The language this till remembers for the next start; null before any was chosen. */
  remembered: z.enum(languages).nullable(),
  /** The date inputs still speak another language: a restart would bring them in line. */
  restartForDates: z.boolean(),
  /** Whether Kassa can restart itself here (the app can; the headless host cannot). */
  canRestart: z.boolean(),
});
export type DisplayLanguageStatus = z.infer<typeof displayLanguageStatus>;

export const systemChannels = {
  /** A window switched its display language: remembered for the next start (`--lang`, see display-language.ts). */
  'displayLanguage.remember': channel({
    request: z.object({ language: z.enum(languages) }).strict(),
    response: displayLanguageStatus,
    windows: ['till', 'preferences'],
  }),
  /** Restarts Kassa so Chromium's date inputs speak the remembered language; refused during a card payment. */
  'app.restart': channel({ request: empty, response: z.object({}).strict(), windows: ['till'] }),
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
