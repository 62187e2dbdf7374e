import { screen, type BrowserWindow, type Rectangle } from 'electron';
import type { WindowKind } from '../../shared/ipc/channel.ts';
import type { LastStaffMemory, RememberedSession } from '../core/staff/session.ts';

interface Bounds extends Rectangle {
  maximized: boolean;
}

interface DeviceState {
  windowBounds: Partial<Record<WindowKind, Bounds>>;
  lastStaffId: string | null;
  /** The till's session when the app last ran: resumed at start only while the store's rules allow it. */
  tillSession: RememberedSession | null;
  /** The monitor the customer display goes on (Electron's display id), or null when it is off. */
  customerDisplayId: number | null;
}

/** The part of electron-store this module uses, so tests can hand in a plain in-memory store. */
export interface DeviceStore {
  get<K extends keyof DeviceState>(key: K): DeviceState[K];
  set<K extends keyof DeviceState>(key: K, value: DeviceState[K]): void;
}

/** electron-store, loaded only inside Electron (it reaches for Electron's app paths as it loads). */
export async function openDeviceStore(): Promise<DeviceStore> {
  const { default: Store } = await import('electron-store');
  return new Store<DeviceState>({
    name: 'device-preferences',
    defaults: { windowBounds: {}, lastStaffId: null, tillSession: null, customerDisplayId: null },
    clearInvalidConfig: true,
  });
}

/** An in-memory DeviceStore (tests, and a fallback when the file cannot be written). */
export function memoryDeviceStore(): DeviceStore {
  const state: DeviceState = {
    windowBounds: {},
    lastStaffId: null,
    tillSession: null,
    customerDisplayId: null,
  };
  return {
    get: (key) => state[key],
    set: (key, value) => {
      state[key] = value;
    },
  };
}

/**
 * What belongs to this computer rather than to the shop (PREF-1 §11): where each window was, and who signed in
 * last. Kept in electron-store next to the app's data, never in the shop's database, and holding no secrets.
 */
export function createDevicePreferences(store: DeviceStore) {
  const visible = (b: Rectangle) => {
    const area = screen.getDisplayMatching(b).workArea;
    return (
      b.width >= 400 &&
      b.height >= 300 &&
      b.x < area.x + area.width - 50 &&
      b.y < area.y + area.height - 50 &&
      b.x + b.width > area.x + 50 &&
      b.y + b.height > area.y
    );
  };

  const lastStaff: LastStaffMemory = {
    get: () => store.get('lastStaffId'),
    set: (id) => store.set('lastStaffId', id),
    session: () => store.get('tillSession') ?? null,
    setSession: (session) => store.set('tillSession', session),
  };

  return {
    lastStaff,
    /** Which monitor the customer display goes on. */
    customerDisplay: {
      get: (): number | null => store.get('customerDisplayId') ?? null,
      set: (id: number | null): void => store.set('customerDisplayId', id),
    },
    /** Puts a window where it was last time (if that place is still on a screen), and remembers where it goes. */
    rememberBounds(window: BrowserWindow, kind: WindowKind): void {
      const saved = store.get('windowBounds')[kind];
      if (saved && visible(saved)) {
        window.setBounds({ x: saved.x, y: saved.y, width: saved.width, height: saved.height });
        if (saved.maximized) window.maximize();
      }
      window.on('close', () => {
        const b = window.getNormalBounds();
        store.set('windowBounds', {
          ...store.get('windowBounds'),
          [kind]: { ...b, maximized: window.isMaximized() },
        });
      });
    },
  };
}

export type DevicePreferences = ReturnType<typeof createDevicePreferences>;
