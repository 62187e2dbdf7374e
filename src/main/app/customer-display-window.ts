import type { BrowserWindow, Display, Screen } from 'electron';
import type { DisplayMonitors } from '../core/display/customer-display.ts';
import type { Logger } from '../core/logger.ts';

/** Where the owner's choice of monitor is kept: electron-store, next to the window positions (device-local). */
export interface ChosenMonitorStore {
  get(): number | null;
  set(id: number | null): void;
}

export interface CustomerDisplayWindowOptions {
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay' | 'on' | 'removeListener'>;
  chosen: ChosenMonitorStore;
  /** Opens the customer display's window full screen over these bounds (the app's window factory). */
  open(bounds: Display['bounds']): BrowserWindow;
  log: Logger;
}

export interface CustomerDisplayWindow extends DisplayMonitors {
  /** Opens the display on the chosen monitor if it is connected, and follows monitors being plugged in and out. */
  start(): void;
  /** Closes the display's window (the till closed: Kassa is quitting) and stops following the monitors. */
  stop(): void;
  /** The open display window, if any (tests, and the app's quit logic). */
  window(): BrowserWindow | null;
}

/**
 * The customer display's window on its monitor (TILL-10). The owner picks a monitor in the preferences; the
 * window opens full screen on it, moves when the monitor's resolution or position changes, closes when the
 * monitor is unplugged and opens again when it comes back. The choice is the monitor's id, which Electron keeps
 * stable for the same monitor on the same port.
 */
export function createCustomerDisplayWindow(options: CustomerDisplayWindowOptions): CustomerDisplayWindow {
  const { screen, chosen, log } = options;
  let current: BrowserWindow | null = null;
  let following = false;

  const chosenDisplay = (): Display | null => {
    const id = chosen.get();
    return id === null ? null : (screen.getAllDisplays().find((d) => d.id === id) ?? null);
  };

  const close = () => {
    const window = current;
    current = null;
    if (window && !window.isDestroyed()) window.close();
  };

  /** Puts the window where the choice and the connected monitors say it belongs. */
  const place = () => {
    const display = chosenDisplay();
    if (!display) {
      if (current) log.info('customer_display.closed', { chosen: chosen.get() });
      close();
      return;
    }
    if (current && !current.isDestroyed()) {
      // Leaving full screen first lets the window move to another monitor on every platform.
      current.setFullScreen(false);
      current.setBounds(display.bounds);
      current.setFullScreen(true);
      return;
    }
    const window = options.open(display.bounds);
    current = window;
    window.on('closed', () => {
      if (current === window) current = null;
    });
    log.info('customer_display.opened', { display: display.id, bounds: display.bounds });
  };

  const onChange = () => {
    if (following) place();
  };

  return {
    setup() {
      const primary = screen.getPrimaryDisplay().id;
      const screens = screen.getAllDisplays().map((d, i) => ({
        id: d.id,
        label: d.label || `#${i + 1}`,
        width: d.size.width,
        height: d.size.height,
        primary: d.id === primary,
      }));
      const chosenId = chosen.get();
      return { screens, chosenId, connected: chosenId !== null && screens.some((s) => s.id === chosenId) };
    },
    choose(id) {
      chosen.set(id);
      place();
    },
    start() {
      if (following) return;
      following = true;
      screen.on('display-added', onChange);
      screen.on('display-removed', onChange);
      screen.on('display-metrics-changed', onChange);
      place();
    },
    stop() {
      following = false;
      screen.removeListener('display-added', onChange);
      screen.removeListener('display-removed', onChange);
      screen.removeListener('display-metrics-changed', onChange);
      close();
    },
    window: () => (current && !current.isDestroyed() ? current : null),
  };
}
