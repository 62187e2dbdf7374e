import type { WindowKind } from '../../shared/ipc/channel.ts';

/** The custom scheme the app's own pages are served from: `kassa://app/<window>/index.html`. */
export const appScheme = 'kassa';
export const appHost = 'app';

/**
 * Where the windows' pages live, and the one test for "is this URL the app's own page?" that navigation
 * guards and IPC sender checks share. In development (`electron-vite dev`, never in a packaged app) the
 * pages come from Vite's dev server instead, and that origin counts as ours.
 */
export interface AppPages {
  urlOf(kind: WindowKind): string;
  isOwn(url: string): boolean;
}

export function createAppPages(devServerUrl: string | null = null): AppPages {
  const devOrigin = devServerUrl === null ? null : parse(devServerUrl)?.origin;
  if (devServerUrl !== null && (devOrigin === undefined || devOrigin === 'null')) {
    throw new Error(
      `ELECTRON_RENDERER_URL "${devServerUrl}" is not an http(s) URL: unset it or start electron-vite dev.`,
    );
  }
  return {
    urlOf: (kind) =>
      devOrigin ? `${devOrigin}/${kind}/index.html` : `${appScheme}://${appHost}/${kind}/index.html`,
    isOwn(url) {
      const u = parse(url);
      if (!u || u.username !== '' || u.password !== '') return false;
      if (devOrigin && u.origin === devOrigin) return true;
      return u.protocol === `${appScheme}:` && u.host === appHost;
    },
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
