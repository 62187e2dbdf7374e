/**
 * A hand-written stand-in for the parts of `electron` that Kassa's main process and preload use. Electron's
 * binary cannot run here, so tests load our real modules against this fake (`vi.mock('electron', …)`):
 * it records what the app asked Electron to do and lets a test fire the events Electron would fire.
 */
import { EventEmitter } from 'node:events';

/** An Electron event: `preventDefault()` is how the app refuses navigations, webviews and downloads. */
export class FakeEvent {
  defaultPrevented = false;
  readonly url: string;
  constructor(url = '') {
    this.url = url;
  }
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

let nextWebContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextWebContentsId++;
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  readonly sent: unknown[][] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  reloads = 0;
  destroyed = false;

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  reload(): void {
    this.reloads += 1;
  }
  /** Chromium's printer list (fakeElectron's `printing.printers`). */
  getPrintersAsync(): Promise<FakePrinter[]> {
    return Promise.resolve(printing.printers.map((p) => ({ ...p })));
  }
  executeJavaScript(code: string): Promise<unknown> {
    // The only script main runs in a page is the print's height probe.
    return Promise.resolve(code.includes('scrollHeight') ? printing.pageHeightPx : undefined);
  }
  /** Records the silent print with the page it printed, and answers as the spooler (`printing.answer`). */
  print(options: Record<string, unknown>, callback: (success: boolean, failureReason: string) => void): void {
    printing.jobs.push({ options, url: this.mainFrame.url });
    const [success, reason] = printing.answer(options);
    setImmediate(() => callback(success, reason));
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Fires a navigation event the way Chromium would; returns true when the app let it through. */
  attempt(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string): boolean {
    const e = new FakeEvent(url);
    this.emit(event, e, url);
    return !e.defaultPrevented;
  }
  /** What `window.open(url)` in the page would get. */
  open(url: string): { action: 'allow' | 'deny' } {
    if (!this.windowOpenHandler) return { action: 'allow' };
    return this.windowOpenHandler({ url });
  }
}

export interface FakePrinter {
  name: string;
  displayName: string;
  description: string;
}

/** The computer's printers and spooler as Chromium sees them. */
export const printing = {
  printers: [] as FakePrinter[],
  pageHeightPx: 600,
  jobs: [] as { options: Record<string, unknown>; url: string }[],
  answer: (_options: Record<string, unknown>): [boolean, string] => [true, ''],
};

export class BrowserWindow extends EventEmitter {
  static readonly instances: BrowserWindow[] = [];

  readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> };
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  visible = false;
  focused = false;
  minimized = false;
  private destroyed = false;

  constructor(options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    this.options = options;
    this.visible = options.show !== false;
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', new FakeEvent(), this.webContents);
  }

  static fromWebContents(contents: FakeWebContents): BrowserWindow | null {
    return BrowserWindow.instances.find((w) => w.webContents === contents) ?? null;
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
    this.focused = false;
  }
  restore(): void {
    this.minimized = false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  bounds: { x: number; y: number; width: number; height: number } | null = null;
  fullScreen = false;
  setBounds(bounds: { x: number; y: number; width: number; height: number }): void {
    this.bounds = { ...bounds };
  }
  setFullScreen(on: boolean): void {
    this.fullScreen = on;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
  close(): void {
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends EventEmitter {
  isPackaged = true;
  /** What `requestSingleInstanceLock()` answers: false plays the second instance. */
  holdsLock = true;
  ready = false;
  sandboxEnabledBeforeReady: boolean | null = null;
  quitCalls = 0;
  /** True once a quit went through, i.e. no 'will-quit' listener held it back. */
  quitted = false;
  exitCodes: number[] = [];
  paths: Record<string, string> = {};
  /** The OS locale Electron reports (app.getLocale). */
  locale = 'en-US';
  relaunchCalls = 0;
  /** Each switch appended, with whether Electron was still starting (a switch after ready has no effect). */
  readonly commandLine = {
    switches: new Map<string, { value: string | undefined; beforeReady: boolean }>(),
    appendSwitch: (name: string, value?: string): void => {
      this.commandLine.switches.set(name, { value, beforeReady: !this.ready });
    },
  };

  requestSingleInstanceLock(): boolean {
    return this.holdsLock;
  }
  enableSandbox(): void {
    this.sandboxEnabledBeforeReady = !this.ready;
  }
  whenReady(): Promise<void> {
    return Promise.resolve().then(() => {
      this.ready = true;
    });
  }
  isReady(): boolean {
    return this.ready;
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (!path) throw new Error(`fake electron: no path set for "${name}"`);
    return path;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  getLocale(): string {
    return this.locale;
  }
  relaunch(): void {
    this.relaunchCalls += 1;
  }
  quit(): void {
    this.quitCalls += 1;
    const event = new FakeEvent();
    this.emit('will-quit', event);
    if (!event.defaultPrevented) this.quitted = true;
  }
  /** Waits until a quit that was held back (while Kassa closes its database) finally goes through. */
  async whenQuit(timeoutMs = 10_000): Promise<void> {
    const started = Date.now();
    while (!this.quitted) {
      if (Date.now() - started > timeoutMs) throw new Error('fake electron: the app never finished quitting');
      await new Promise((tick) => setTimeout(tick, 5));
    }
  }
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
}

export const app = new FakeApp();

export interface FakeDisplay {
  id: number;
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
  size: { width: number; height: number };
  workArea: { x: number; y: number; width: number; height: number };
}

/** The monitors: tests plug and unplug them, and Electron's events follow. */
class FakeScreen extends EventEmitter {
  displays: FakeDisplay[] = [];
  getAllDisplays(): FakeDisplay[] {
    return [...this.displays];
  }
  getPrimaryDisplay(): FakeDisplay {
    const first = this.displays[0];
    if (!first) throw new Error('fake electron: no monitor connected');
    return first;
  }
  getDisplayMatching(): FakeDisplay {
    return this.getPrimaryDisplay();
  }
  plug(display: FakeDisplay): void {
    this.displays.push(display);
    this.emit('display-added', new FakeEvent(), display);
  }
  unplug(id: number): void {
    const gone = this.displays.find((d) => d.id === id);
    this.displays = this.displays.filter((d) => d.id !== id);
    if (gone) this.emit('display-removed', new FakeEvent(), gone);
  }
}

export function fakeDisplay(
  id: number,
  x: number,
  width: number,
  height: number,
  label = `Monitor ${id}`,
): FakeDisplay {
  const bounds = { x, y: 0, width, height };
  return { id, label, bounds, size: { width, height }, workArea: bounds };
}

export const screen = new FakeScreen();

class FakeProtocol {
  readonly privileged: { scheme: string; privileges: Record<string, boolean>; beforeReady: boolean }[] = [];
  readonly handlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();

  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    for (const s of schemes) this.privileged.push({ ...s, beforeReady: !app.ready });
  }
  handle(scheme: string, handler: (request: { url: string; method: string }) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  }
  /** Sends a request through the handler registered for the URL's scheme, as Chromium would. */
  fetch(url: string, method = 'GET'): Promise<Response> {
    const handler = this.handlers.get(url.slice(0, url.indexOf(':')));
    if (!handler) throw new Error(`fake electron: no protocol handler for ${url}`);
    return handler({ url, method });
  }
}

export const protocol = new FakeProtocol();

class FakeSession extends EventEmitter {
  permissionRequestHandler:
    ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((contents: unknown, permission: string, origin: string) => boolean) | null = null;

  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
}

export const session = { defaultSession: new FakeSession() };

export interface FakeInvokeEvent {
  sender: FakeWebContents;
  senderFrame: FakeFrame | null;
}

class FakeIpcMain {
  readonly handlers = new Map<string, (event: FakeInvokeEvent, ...args: unknown[]) => unknown>();

  handle(channel: string, handler: (event: FakeInvokeEvent, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What `ipcRenderer.invoke(channel, …args)` from `frame` of `sender` would resolve to. */
  async invoke(channel: string, event: FakeInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

export const shell = {
  opened: [] as string[],
  openExternal(url: string): Promise<void> {
    shell.opened.push(url);
    return Promise.resolve();
  },
};

export const dialog = {
  errorBoxes: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string): void {
    dialog.errorBoxes.push({ title, content });
  },
};

/** A keychain that "encrypts" by tagging, so tests can see that secrets went through it. */
/**
 * The keychain: `backend` is what Linux selected ('basic_text' = no keyring); `keyring` names the keyring's
 * own secret, so a test can replace the keyring between runs. The synchronous calls are what Kassa used
 * before Electron 45 deprecated them; the asynchronous decrypt reads what they wrote, as Electron's does.
 */
export const safeStorage = {
  backend: 'gnome_libsecret' as string,
  keyring: 'keyring-1',
  isEncryptionAvailable: (): boolean => true,
  getSelectedStorageBackend: (): string => safeStorage.backend,
  encryptString: (plain: string): Buffer => Buffer.from(`keychain:${Buffer.from(plain).toString('base64')}`),
  decryptString: (blob: Buffer): string =>
    Buffer.from(blob.toString().replace(/^keychain:/, ''), 'base64').toString(),
  isAsyncEncryptionAvailable: (): Promise<boolean> => Promise.resolve(true),
  async encryptStringAsync(plain: string): Promise<Buffer> {
    return Buffer.from(`keychain:${safeStorage.keyring}:${Buffer.from(plain).toString('base64')}`);
  },
  async decryptStringAsync(blob: Buffer): Promise<{ shouldReEncrypt: boolean; result: string }> {
    const [tag, keyring, body] = blob.toString().split(':');
    if (tag !== 'keychain') throw new Error('Error while decrypting the ciphertext provided to safeStorage.');
    // Written by the synchronous call (no keyring name): readable while a real keyring is there.
    if (body === undefined && safeStorage.backend !== 'basic_text')
      return { shouldReEncrypt: true, result: Buffer.from(keyring!, 'base64').toString() };
    if (keyring !== safeStorage.keyring)
      throw new Error('Error while decrypting the ciphertext provided to safeStorage.');
    return { shouldReEncrypt: false, result: Buffer.from(body!, 'base64').toString() };
  },
};

export const Menu = {
  /** The last menu set: null means no application menu at all. */
  current: undefined as { template: unknown[] } | null | undefined,
  buildFromTemplate(template: unknown[]): { template: unknown[] } {
    return { template };
  },
  setApplicationMenu(menu: { template: unknown[] } | null): void {
    Menu.current = menu;
  },
};

export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld(key: string, api: unknown): void {
    if (Object.hasOwn(contextBridge.exposed, key))
      throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    contextBridge.exposed[key] = api;
  },
};

class FakeIpcRenderer extends EventEmitter {
  readonly invoked: unknown[][] = [];
  answer: (channel: string, ...args: unknown[]) => Promise<unknown> = () =>
    Promise.resolve({ ok: true, value: null });

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    return this.answer(channel, ...args);
  }
  /** Main's `webContents.send(channel, …args)` arriving in this renderer. */
  deliver(channel: string, ...args: unknown[]): void {
    this.emit(channel, { sender: this, senderId: 0 }, ...args);
  }
}

export const ipcRenderer = new FakeIpcRenderer();

/** Forgets everything recorded, so each test starts from a freshly launched Electron. */
export function resetFakeElectron(): void {
  app.removeAllListeners();
  Object.assign(app, {
    isPackaged: true,
    holdsLock: true,
    ready: false,
    sandboxEnabledBeforeReady: null,
    quitCalls: 0,
    quitted: false,
    exitCodes: [],
    paths: {},
    locale: 'en-US',
    relaunchCalls: 0,
  });
  app.commandLine.switches.clear();
  BrowserWindow.instances.length = 0;
  screen.removeAllListeners();
  screen.displays = [fakeDisplay(1, 0, 1920, 1080, 'Built-in')];
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  session.defaultSession = new FakeSession();
  ipcMain.handlers.clear();
  shell.opened.length = 0;
  dialog.errorBoxes.length = 0;
  Menu.current = undefined;
  contextBridge.exposed = {};
  safeStorage.backend = 'gnome_libsecret';
  safeStorage.keyring = 'keyring-1';
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoked.length = 0;
  ipcRenderer.answer = () => Promise.resolve({ ok: true, value: null });
  printing.printers = [];
  printing.pageHeightPx = 600;
  printing.jobs.length = 0;
  printing.answer = () => [true, ''];
}

export const fakeElectron = {
  safeStorage,
  screen,
  app,
  BrowserWindow,
  protocol,
  session,
  ipcMain,
  shell,
  dialog,
  Menu,
  contextBridge,
  ipcRenderer,
};
