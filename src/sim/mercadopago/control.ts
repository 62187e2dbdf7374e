import type {
  MercadoPagoNotificationAction,
  MercadoPagoOrder,
  MercadoPagoCard,
  MercadoPagoPaymentMethod,
  MercadoPagoTerminal,
  OperatingMode,
} from '../../main/core/payments/providers/mercadopago/wire.ts';
import { SimControlError } from './account.ts';
import type { SimFault } from '../faults.ts';
import type { NotificationDelivery, SimWebhook } from './notifier.ts';
import type { MercadoPagoLedgerEntry } from './records.ts';
import type { SimResponse } from './responses.ts';

/**
 * The device side of the simulated terminals and the simulator's own inspection: what a cashier or customer
 * does at the terminal, faults, the clock and the ledger. Every method is also reachable over HTTP under
 * `/__sim/…` (JSON in, JSON out, no access token), so the demo UI or a shell can drive the simulator too.
 */
export interface MercadoPagoSimulatorControl {
  terminals(): MercadoPagoTerminal[];
  setTerminalMode(terminalId: string, mode: OperatingMode): void;
  restartTerminal(terminalId: string): void;
  setAutoPickUp(ms: number | null): void;
  pickUp(orderId: string): MercadoPagoOrder;
  /** The card defaults to Mercado Pago's test card of the method's brand. */
  approve(
    orderId: string,
    paymentMethod?: Partial<MercadoPagoPaymentMethod>,
    card?: MercadoPagoCard,
  ): MercadoPagoOrder;
  decline(orderId: string, statusDetail?: string): MercadoPagoOrder;
  cancelOnTerminal(orderId: string): MercadoPagoOrder;
  neverAnswer(orderId: string): MercadoPagoOrder;
  /** Moves the simulator's clock forward, expiring orders whose time ran out. */
  advanceClock(ms: number): void;
  holdRefunds(hold: boolean): void;
  settleRefunds(): void;
  injectFault(fault: SimFault): void;
  clearFaults(): void;
  order(orderId: string): MercadoPagoOrder | undefined;
  openOrder(terminalId: string): MercadoPagoOrder | undefined;
  ledger(): MercadoPagoLedgerEntry[];
  setWebhook(webhook: SimWebhook | null): void;
  setNotificationTimestamps(unit: 'ms' | 's'): void;
  /** A correctly signed notification under a fresh x-request-id, as Mercado Pago sends when it notifies again. */
  sendNotification(orderId: string, action: MercadoPagoNotificationAction): Promise<NotificationDelivery>;
  /** Signed with the wrong secret. */
  sendForgedNotification(
    orderId: string,
    action?: MercadoPagoNotificationAction,
  ): Promise<NotificationDelivery>;
  /** Correctly signed but `ageSeconds` (default 3600) old. */
  sendStaleNotification(
    orderId: string,
    options?: { action?: MercadoPagoNotificationAction | undefined; ageSeconds?: number | undefined },
  ): Promise<NotificationDelivery>;
  replayLastNotification(): Promise<NotificationDelivery>;
  notificationDeliveries(): NotificationDelivery[];
  /** Resolves when every notification sent so far has been answered. */
  flushNotifications(): Promise<void>;
}

export async function controlRoute(
  control: MercadoPagoSimulatorControl,
  method: string,
  path: string,
  body: string,
): Promise<SimResponse> {
  const input = body.trim() === '' ? {} : (JSON.parse(body) as Record<string, unknown>);
  const ok = (value: unknown): SimResponse => ({ status: 200, body: value });
  if (method === 'GET' && path === '/__sim/ledger') return ok({ orders: control.ledger() });
  if (method === 'GET' && path === '/__sim/terminals') return ok({ terminals: control.terminals() });
  if (method === 'GET' && path === '/__sim/notifications')
    return ok({ deliveries: control.notificationDeliveries() });
  if (method === 'POST' && path === '/__sim/clock/advance') {
    control.advanceClock(Number(input.ms));
    return ok({});
  }
  if (method === 'POST' && path === '/__sim/auto-pick-up') {
    control.setAutoPickUp(typeof input.ms === 'number' ? input.ms : null);
    return ok({});
  }
  if (method === 'POST' && path === '/__sim/refunds/hold') {
    control.holdRefunds(input.hold !== false);
    return ok({});
  }
  if (method === 'POST' && path === '/__sim/refunds/settle') {
    control.settleRefunds();
    return ok({});
  }
  if (path === '/__sim/faults' && method === 'DELETE') {
    control.clearFaults();
    return ok({});
  }
  if (path === '/__sim/faults' && method === 'POST') {
    const match = (input.match ?? {}) as { method?: string; path?: string; path_regex?: string };
    const fault: SimFault = { kind: input.kind as SimFault['kind'] };
    if (match.method !== undefined || match.path !== undefined || match.path_regex !== undefined) {
      fault.match = {
        method: match.method,
        path: match.path_regex === undefined ? match.path : new RegExp(match.path_regex),
      };
    }
    if (typeof input.times === 'number') fault.times = input.times;
    if (typeof input.probability === 'number') fault.probability = input.probability;
    if (typeof input.ms === 'number') fault.ms = input.ms;
    control.injectFault(fault);
    return ok({});
  }
  if (method === 'POST' && path === '/__sim/notifications/genuine') {
    return ok(
      await control.sendNotification(String(input.order_id), input.action as MercadoPagoNotificationAction),
    );
  }
  if (method === 'POST' && path === '/__sim/notifications/forged') {
    return ok(
      await control.sendForgedNotification(
        String(input.order_id),
        input.action as MercadoPagoNotificationAction | undefined,
      ),
    );
  }
  if (method === 'POST' && path === '/__sim/notifications/stale') {
    return ok(
      await control.sendStaleNotification(String(input.order_id), {
        action: input.action as MercadoPagoNotificationAction | undefined,
        ageSeconds: typeof input.age_seconds === 'number' ? input.age_seconds : undefined,
      }),
    );
  }
  if (method === 'POST' && path === '/__sim/notifications/replay')
    return ok(await control.replayLastNotification());
  if (method === 'POST' && path === '/__sim/notifications/timestamp-unit') {
    if (input.unit !== 'ms' && input.unit !== 's') throw new SimControlError('unit is ms or s.', 400);
    control.setNotificationTimestamps(input.unit);
    return ok({});
  }
  const terminal = /^\/__sim\/terminals\/([^/]+)\/(mode|restart)$/.exec(path);
  if (method === 'POST' && terminal !== null) {
    const id = decodeURIComponent(terminal[1] ?? '');
    if (terminal[2] === 'restart') control.restartTerminal(id);
    else if (input.operating_mode === 'PDV' || input.operating_mode === 'STANDALONE')
      control.setTerminalMode(id, input.operating_mode);
    else throw new SimControlError('operating_mode is PDV or STANDALONE.', 400);
    return ok({ terminals: control.terminals() });
  }
  const order = /^\/__sim\/orders\/([^/]+)\/(pick-up|approve|decline|cancel-on-terminal|never-answer)$/.exec(
    path,
  );
  if (method === 'POST' && order !== null) {
    const id = decodeURIComponent(order[1] ?? '');
    switch (order[2]) {
      case 'pick-up':
        return ok(control.pickUp(id));
      case 'approve':
        return ok(
          control.approve(
            id,
            (input.payment_method ?? undefined) as Partial<MercadoPagoPaymentMethod> | undefined,
            (input.card ?? undefined) as MercadoPagoCard | undefined,
          ),
        );
      case 'decline':
        return ok(
          control.decline(id, typeof input.status_detail === 'string' ? input.status_detail : undefined),
        );
      case 'cancel-on-terminal':
        return ok(control.cancelOnTerminal(id));
      default:
        return ok(control.neverAnswer(id));
    }
  }
  return { status: 404, body: { error: `No simulator control at ${method} ${path}.` } };
}
