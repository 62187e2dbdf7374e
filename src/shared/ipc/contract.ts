/**
 * The IPC contract: every channel the windows can call, and every event main sends them, declared once.
 * Main validates requests with these schemas, preload exposes one function per channel, and the renderer's
 * types come from here. Adding a domain = one file of channels, spread in below.
 */
import type { z } from 'zod';
import { catalogChannels } from './catalog.ts';
import { orderChannels, orderEvents } from './orders.ts';
import { paymentChannels, paymentEvents } from './payments.ts';
import { stripeTerminalChannels } from './stripe-terminal.ts';
import { mercadoPagoChannels } from './terminals-mercadopago.ts';
import { storeChannels } from './store.ts';
import { staffChannels } from './staff.ts';
import { preferenceChannels, preferenceEvents } from './preferences.ts';
import { stripeProfileChannels } from './stripe-profiles.ts';
import { paymentMethodChannels } from './payment-methods.ts';
import { customerChannels } from './customers.ts';
import { provisioningChannels } from './provisioning.ts';
import { exportChannels } from './exports.ts';
import { approvalChannels } from './approvals.ts';
import { systemChannels, systemEvents } from './system.ts';
import { shiftChannels, shiftEvents } from './shifts.ts';
import { returnChannels, returnEvents } from './returns.ts';
import { reportChannels } from './reports.ts';
import { paylinkChannels, paylinkEvents } from './paylinks.ts';
import { customerDisplayChannels, customerDisplayEvents } from './customer-display.ts';
import { mailChannels, mailEvents } from './mail.ts';
import { printingChannels, printingEvents } from './printing.ts';
import { cardOnFileChannels, cardOnFileEvents } from './cards-on-file.ts';
import { offSessionChannels } from './off-session.ts';
import { holdChannels, holdEvents } from './holds.ts';
import { keptOrderChannels } from './kept-orders.ts';
import { autopilotChannels, autopilotEvents } from './autopilot.ts';
import { receiptSettingsChannels } from './receipt-settings.ts';
import type { Result } from '../errors.ts';

export const channels = {
  ...systemChannels,
  ...storeChannels,
  ...paymentMethodChannels,
  ...catalogChannels,
  ...orderChannels,
  ...paymentChannels,
  ...mercadoPagoChannels,
  ...stripeTerminalChannels,
  ...staffChannels,
  ...preferenceChannels,
  ...stripeProfileChannels,
  ...customerChannels,
  ...provisioningChannels,
  ...exportChannels,
  ...approvalChannels,
  ...shiftChannels,
  ...returnChannels,
  ...reportChannels,
  ...paylinkChannels,
  ...customerDisplayChannels,
  ...mailChannels,
  ...printingChannels,
  ...cardOnFileChannels,
  ...offSessionChannels,
  ...holdChannels,
  ...keptOrderChannels,
  ...autopilotChannels,
  ...receiptSettingsChannels,
};

export const events = {
  ...systemEvents,
  ...orderEvents,
  ...paymentEvents,
  ...preferenceEvents,
  ...shiftEvents,
  ...returnEvents,
  ...paylinkEvents,
  ...customerDisplayEvents,
  ...mailEvents,
  ...printingEvents,
  ...holdEvents,
  ...cardOnFileEvents,
  ...autopilotEvents,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type RequestIn<C extends ChannelName> = z.input<Channels[C]['request']>;
export type RequestOf<C extends ChannelName> = z.output<Channels[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Channels[C]['response']>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never;
type Method<C extends string, N extends string> = C extends `${N}.${infer M}` ? M : never;

/** What a window sees as `window.kassa`: `kassa.orders.checkout(request)` and `kassa.on(event, listener)`. */
export type KassaBridge = {
  [N in Namespace<ChannelName>]: {
    [C in ChannelName as Method<C, N>]: (request: RequestIn<C>) => Promise<Result<ResponseOf<C>>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/**
 * Builds the bridge object from two transport functions. Preload uses it over Electron IPC,
 * the headless host's browser shim over HTTP, so both expose exactly the same shape.
 */
export function buildBridge(
  invoke: (channel: ChannelName, request: unknown) => Promise<Result<unknown>>,
  subscribe: (event: EventName, listener: (payload: unknown) => void) => () => void,
  names: readonly string[] = channelNames,
): KassaBridge {
  const bridge: Record<string, unknown> = {};
  for (const name of names) {
    const [ns, method] = name.split('.') as [string, string];
    const group = (bridge[ns] ??= {}) as Record<string, unknown>;
    group[method] = (request: unknown) => invoke(name as ChannelName, request ?? {});
  }
  bridge.on = (event: EventName, listener: (payload: unknown) => void) => subscribe(event, listener);
  return bridge as KassaBridge;
}
