import type { CustomerDisplayView, DisplaySetup, TillScreen } from '../../../shared/ipc/customer-display.ts';
import { KassaError } from '../../../shared/errors.ts';
import { translatedError } from '../../../shared/i18n/errors.ts';
import type { EventBus } from '../events.ts';
import type { Services } from '../services.ts';
import { buildCustomerDisplayView } from './customer-display-view.ts';

/**
 * The monitors of this computer, for choosing where the customer display goes. Electron's screen API is behind
 * it in the app (src/main/app/customer-display-window.ts); the headless host has none and gives an address.
 */
export interface DisplayMonitors {
  setup(): Omit<DisplaySetup, 'url' | 'monitors'>;
  choose(screenId: number | null): void;
}

export interface CustomerDisplayOptions {
  services: Pick<Services, 'store' | 'session' | 'orders' | 'journal'>;
  events: EventBus;
  monitors?: DisplayMonitors | undefined;
  /** Where a second browser opens the display (the headless host). */
  url?: (() => string | null) | undefined;
}

/**
 * Keeps what the till shows and pushes the customer's view to the display whenever it changes: the till
 * showing something else, the order or its card payment changing, the store renamed, the cashier switching.
 */
export function createCustomerDisplay({ services, events, monitors, url }: CustomerDisplayOptions) {
  let screen: TillScreen = { stage: 'idle' };
  const payByLinks = new Map<string, string>();
  let lastSent = '';

  const orderId = (): string | null => (screen.stage === 'idle' ? null : screen.orderId);

  function view(): CustomerDisplayView {
    const id = orderId();
    let order = null;
    if (id !== null) {
      try {
        order = services.orders.get(id);
      } catch (error) {
        if (!(error instanceof KassaError && error.code === 'not_found')) throw error;
      }
    }
    const store = services.store();
    return buildCustomerDisplayView({
      store,
      cashierName: services.session.tillStaff()?.name ?? null,
      screen,
      order,
      attempts: id === null ? [] : services.journal.forOrder(id).map((a) => a.state),
      payByLink: id === null ? null : (payByLinks.get(id) ?? null),
    });
  }

  /** Sends the view when it differs from the last one sent: the display never flickers on a no-op. */
  function push(): void {
    const next = view();
    const text = JSON.stringify(next);
    if (text === lastSent) return;
    lastSent = text;
    events.emit('customerDisplay.changed', next);
  }

  events.subscribe((name, payload) => {
    if (name === 'customerDisplay.changed') return;
    const id = orderId();
    const about = (payload as { orderId?: unknown } | null)?.orderId;
    if (
      ((name === 'orders.changed' || name === 'payments.updated') && id !== null && about === id) ||
      name === 'settings.changed' ||
      name === 'session.changed'
    ) {
      push();
    }
  });

  return {
    view,
    show(next: TillScreen): void {
      screen = next;
      push();
    },
    /** A pay-by-link address for an order (card-not-present work): shown as a QR code while it is paid. */
    offerPayByLink(id: string, link: string | null): void {
      if (link === null) payByLinks.delete(id);
      else payByLinks.set(id, link);
      if (id === orderId()) push();
    },
    setup(): DisplaySetup {
      const address = url?.() ?? null;
      if (!monitors) return { monitors: false, screens: [], chosenId: null, connected: false, url: address };
      return { monitors: true, ...monitors.setup(), url: address };
    },
    choose(screenId: number | null): DisplaySetup {
      if (!monitors) throw translatedError('invalid_request', 'display.error.noMonitors');
      if (screenId !== null && !monitors.setup().screens.some((s) => s.id === screenId)) {
        throw translatedError('invalid_request', 'display.error.unknownMonitor', undefined, 'screenId');
      }
      monitors.choose(screenId);
      return this.setup();
    },
  };
}

export type CustomerDisplay = ReturnType<typeof createCustomerDisplay>;
