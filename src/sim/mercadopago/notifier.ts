import { createHmac, randomUUID } from 'node:crypto';
import type { MercadoPagoOrderNotification } from '../../main/core/payments/providers/mercadopago/wire.ts';

/**
 * Posts order notifications the way Mercado Pago does: JSON body `{ type: 'order', action, data: { id } }`,
 * URL query `?data.id=…&type=order`, headers `x-request-id` and `x-signature: ts=…,v1=…` where v1 is
 * HMAC-SHA256 over `id:<lower-cased data.id>;request-id:<x-request-id>;ts:<ts>;`. Deliveries go out one after
 * another in the order the status changes happened. Signing is written out here rather than borrowed from
 * the app's verifier, so the two can catch each other's mistakes.
 */
export interface SimWebhook {
  url: string;
  secret: string;
}

export type DeliveryKind = 'genuine' | 'forged' | 'stale' | 'replay';

export interface NotificationDelivery {
  kind: DeliveryKind;
  orderId: string;
  action: string;
  requestId: string;
  /** The receiver's HTTP status, or null when it could not be reached. */
  status: number | null;
  error?: string;
}

interface PreparedRequest {
  kind: DeliveryKind;
  orderId: string;
  action: string;
  requestId: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

export class Notifier {
  private webhook: SimWebhook | null;
  private readonly userId: string;
  private timestampUnit: 'ms' | 's';
  private last: PreparedRequest | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly log: NotificationDelivery[] = [];
  private readonly inFlight = new Set<AbortController>();
  private closed = false;

  private readonly now: () => number;

  constructor(options: {
    webhook: SimWebhook | null;
    userId: string;
    timestampUnit: 'ms' | 's';
    /** The simulator's clock: a notification is signed at its time. */
    now?: () => number;
  }) {
    this.now = options.now ?? Date.now;
    this.webhook = options.webhook;
    this.userId = options.userId;
    this.timestampUnit = options.timestampUnit;
  }

  setWebhook(webhook: SimWebhook | null): void {
    this.webhook = webhook;
  }

  setTimestampUnit(unit: 'ms' | 's'): void {
    this.timestampUnit = unit;
  }

  /** A genuine notification; nothing happens when no webhook is configured. */
  notify(orderId: string, action: string): Promise<NotificationDelivery | null> {
    if (this.webhook === null) return Promise.resolve(null);
    return this.enqueue(this.prepare('genuine', orderId, action, this.webhook.secret, 0));
  }

  /** A genuine notification sent on request, whatever the order's status: a new x-request-id each time. */
  sendGenuine(orderId: string, action: string): Promise<NotificationDelivery> {
    const webhook = this.requireWebhook();
    return this.enqueue(this.prepare('genuine', orderId, action, webhook.secret, 0));
  }

  /** Signed with a secret Mercado Pago does not have: the receiver must refuse it. */
  sendForged(orderId: string, action: string): Promise<NotificationDelivery> {
    const webhook = this.requireWebhook();
    return this.enqueue(this.prepare('forged', orderId, action, `${webhook.secret}-forged`, 0));
  }

  /** Correctly signed, but `ageSeconds` old: the receiver must refuse it as stale. */
  sendStale(orderId: string, action: string, ageSeconds: number): Promise<NotificationDelivery> {
    const webhook = this.requireWebhook();
    return this.enqueue(this.prepare('stale', orderId, action, webhook.secret, ageSeconds * 1000));
  }

  /** The last delivery again, byte for byte, as Mercado Pago does when it retries. */
  replayLast(): Promise<NotificationDelivery> {
    if (this.last === null)
      throw new Error('No notification has been sent yet, so there is nothing to replay.');
    return this.enqueue({ ...this.last, kind: 'replay' });
  }

  deliveries(): NotificationDelivery[] {
    return [...this.log];
  }

  /** Resolves once every notification queued so far has been delivered or has failed. */
  async flush(): Promise<void> {
    await this.queue;
  }

  close(): void {
    this.closed = true;
    for (const controller of this.inFlight) controller.abort();
  }

  private requireWebhook(): SimWebhook {
    if (this.webhook === null)
      throw new Error('No webhook is configured: start the simulator with { webhook: { url, secret } }.');
    return this.webhook;
  }

  private prepare(
    kind: DeliveryKind,
    orderId: string,
    action: string,
    secret: string,
    ageMs: number,
  ): PreparedRequest {
    const webhook = this.requireWebhook();
    const requestId = randomUUID();
    const signedAt = this.now() - ageMs;
    const ts = this.timestampUnit === 'ms' ? String(signedAt) : String(Math.floor(signedAt / 1000));
    const manifest = `id:${orderId.toLowerCase()};request-id:${requestId};ts:${ts};`;
    const v1 = createHmac('sha256', secret).update(manifest).digest('hex');
    const url = new URL(webhook.url);
    url.searchParams.set('data.id', orderId);
    url.searchParams.set('type', 'order');
    const body: MercadoPagoOrderNotification = {
      type: 'order',
      action,
      data: { id: orderId },
      api_version: 'v1',
      application_id: '5557722193911086',
      date_created: new Date(signedAt).toISOString(),
      live_mode: false,
      user_id: this.userId,
    };
    return {
      kind,
      orderId,
      action,
      requestId,
      url: url.toString(),
      headers: {
        'content-type': 'application/json',
        'x-request-id': requestId,
        'x-signature': `ts=${ts},v1=${v1}`,
      },
      body: JSON.stringify(body),
    };
  }

  private enqueue(request: PreparedRequest): Promise<NotificationDelivery> {
    if (request.kind === 'genuine') this.last = request;
    const delivery = this.queue.then(() => this.deliver(request));
    this.queue = delivery;
    return delivery;
  }

  private async deliver(request: PreparedRequest): Promise<NotificationDelivery> {
    const result: NotificationDelivery = {
      kind: request.kind,
      orderId: request.orderId,
      action: request.action,
      requestId: request.requestId,
      status: null,
    };
    if (this.closed) {
      result.error = 'simulator closed';
    } else {
      const controller = new AbortController();
      this.inFlight.add(controller);
      const timer = setTimeout(() => controller.abort(), 5_000);
      try {
        const response = await fetch(request.url, {
          method: 'POST',
          headers: request.headers,
          body: request.body,
          signal: controller.signal,
        });
        await response.arrayBuffer();
        result.status = response.status;
      } catch (error) {
        result.error = error instanceof Error ? error.message : String(error);
      } finally {
        clearTimeout(timer);
        this.inFlight.delete(controller);
      }
    }
    this.log.push(result);
    return result;
  }
}
