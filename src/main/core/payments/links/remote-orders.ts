import { loadTranslator } from '../../../../shared/i18n/catalogs.ts';
import { translatedError } from '../../../../shared/i18n/errors.ts';
import { languageForLocale } from '../../../../shared/i18n/languages.ts';
import { toDecimalString } from '../../../../shared/money/money.ts';
import type { RemoteOrder } from '../../../../shared/ipc/paylinks.ts';
import type { UnitOfWork } from '../../db/unit-of-work.ts';
import type { OrderService } from '../../orders/order-service.ts';
import type { AuditLog } from '../../system/audit-log.ts';
import type { LinkStore, RemoteOrderRow } from './link-store.ts';
import type { PayLinks } from './pay-links.ts';

export interface RemoteOrderDeps {
  tx: UnitOfWork;
  store: LinkStore;
  orders: Pick<OrderService, 'get'>;
  links: Pick<PayLinks, 'forOrder'>;
  audit: AuditLog;
  now: () => number;
}

export interface RemoteContact {
  orderId: string;
  name: string;
  email?: string | undefined;
  phone?: string | undefined;
  fulfilment: RemoteOrderRow['fulfilment'];
  note?: string | undefined;
}

/** How long a paid or voided remote order stays on the till's list (the open ones stay until they end). */
const keepEndedMs = 24 * 60 * 60_000;
/** How far back the list looks for open remote orders. */
const lookBackMs = 60 * 24 * 60 * 60_000;

/**
 * Remote orders (seed 004): an order for a customer who is not at the counter — a phone order, one for pickup or
 * delivery — with their contact, paid by a link sent to them. The order itself stays an ordinary open order;
 * this adds who it is for, and lists them with where their payment stands.
 */
export function createRemoteOrders(deps: RemoteOrderDeps) {
  const { store, tx, now } = deps;

  function view(row: RemoteOrderRow): RemoteOrder {
    const order = deps.orders.get(row.order_id);
    const links = deps.links.forOrder(row.order_id);
    return {
      orderId: row.order_id,
      name: row.name,
      email: row.email,
      phone: row.phone,
      fulfilment: row.fulfilment,
      note: row.note,
      createdAt: row.created_at,
      status: order.status,
      number: order.number,
      total: order.total,
      remaining: order.remaining,
      currency: order.currency,
      link: links[links.length - 1] ?? null,
    };
  }

  return {
    /** Marks an open order as remote (or corrects the contact); the customer must be reachable. */
    save(contact: RemoteContact, staffName: string): RemoteOrder {
      if (!contact.email && !contact.phone)
        throw translatedError('invalid_request', 'err.remote.needsContact', undefined, 'email');
      return tx.run(() => {
        const order = deps.orders.get(contact.orderId);
        const existing = store.remote(contact.orderId);
        if (!existing && order.status !== 'open')
          throw translatedError('order_locked', 'err.remote.orderNotOpen');
        store.saveRemote({
          order_id: contact.orderId,
          name: contact.name,
          email: contact.email ?? null,
          phone: contact.phone ?? null,
          fulfilment: contact.fulfilment,
          note: contact.note ?? null,
          created_at: existing?.created_at ?? now(),
        });
        deps.audit.record({
          action: existing ? 'remote_order.changed' : 'remote_order.created',
          actor: staffName,
          subject: contact.orderId,
          details: { fulfilment: contact.fulfilment },
        });
        return view(store.remote(contact.orderId)!);
      });
    },
    get(orderId: string): RemoteOrder | null {
      const row = store.remote(orderId);
      return row ? view(row) : null;
    },
    /** Open remote orders, and those that ended in the last day; newest first. */
    list(): RemoteOrder[] {
      const at = now();
      return store
        .remoteSince(at - lookBackMs)
        .map(view)
        .filter(
          (r) =>
            r.status === 'open' || at - r.createdAt < keepEndedMs || r.link?.state === 'awaiting_settlement',
        );
    },
  };
}

export type RemoteOrders = ReturnType<typeof createRemoteOrders>;

/**
 * The e-mail that sends a remote order's open link through the shop's mail server, in the store's language
 * (the same words as the till's "Send by e-mail", which opens the cashier's own mail program instead).
 */
export async function linkMail(
  remote: RemoteOrder,
  storeName: string,
  locale: string,
): Promise<{ to: string; subject: string; text: string; html: null; attachments: [] }> {
  const link = remote.link;
  if (!remote.email) throw translatedError('invalid_request', 'err.remote.noEmail', undefined, 'email');
  if (!link || link.state !== 'open' || !link.url) throw translatedError('conflict', 'err.remote.noOpenLink');
  const { t } = await loadTranslator(languageForLocale(locale));
  const amount = `${toDecimalString(link.amount, link.currency)} ${link.currency}`;
  return {
    to: remote.email,
    subject: t('paylink.mailSubject', { store: storeName }),
    text: t('paylink.mailBody', { amount, url: link.url }),
    html: null,
    attachments: [],
  };
}
