import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { app, shell, type Session, type WebContents } from 'electron';
import type { Logger } from '../core/logger.ts';
import type { AppPages } from './app-pages.ts';
import { isAllowedExternalLink } from './external-links.ts';

/**
 * Deny by default, for every webContents the app ever creates (windows, and anything a bug might spawn):
 * no navigation away from our pages, no new windows (allow-listed https links go to the system browser),
 * no <webview>. Installed through `web-contents-created` so no window can be created without it.
 * (There is no `remote` module to disable: Electron removed it, and @electron/remote is not a dependency.)
 */
export function hardenAllWebContents(pages: AppPages, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, pages, log));
}

export function hardenWebContents(contents: WebContents, pages: AppPages, log: Logger): void {
  const keepOnOurPages = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (pages.isOwn(event.url)) return;
    event.preventDefault();
    log.warn('security.navigation_blocked', { kind, url: event.url });
  };
  contents.on('will-navigate', (event) => keepOnOurPages(event, 'navigate'));
  contents.on('will-frame-navigate', (event) => keepOnOurPages(event, 'frame-navigate'));
  contents.on('will-redirect', (event) => keepOnOurPages(event, 'redirect'));

  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) {
      shell
        .openExternal(url)
        .catch((error: unknown) => log.warn('security.open_external_failed', { url, error: String(error) }));
    } else {
      log.warn('security.window_open_blocked', { url });
    }
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log.warn('security.webview_blocked');
  });
}

/**
 * The till needs no camera, microphone, location, notifications, USB or HID from the web platform:
 * card readers and printers are driven by main. Every permission request and check is refused, and
 * downloads are cancelled except files our own pages made (the bookkeeping export is a `blob:` of the
 * preferences page): Electron then asks the owner where to save it, or, where IT chose a folder for them
 * (KASSA_DOWNLOADS_DIR, kiosks and automated tests), saves it there without asking.
 */
export function denyPermissions(
  session: Session,
  log: Logger,
  pages: AppPages,
  downloadsDir: string | null = null,
): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('security.permission_denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (event, item, contents) => {
    const url = item.getURL();
    if (url.startsWith('blob:') && pages.isOwn(url.slice('blob:'.length)) && isPreferences(contents)) {
      if (downloadsDir !== null) item.setSavePath(freePath(downloadsDir, item.getFilename()));
      log.info('app.download_saving', { file: item.getFilename() });
      return;
    }
    event.preventDefault();
    log.warn('security.download_blocked', { url });
  });
}

/** Exports are made in the owner's preferences window only: the till and the customer display save nothing. */
function isPreferences(contents: WebContents | undefined): boolean {
  try {
    return new URL(contents?.getURL() ?? '').pathname.startsWith('/preferences/');
  } catch {
    return false;
  }
}

/**
 * Where a file goes in the folder IT chose: the page's name without any folder part (it must not reach outside),
 * and " (2)", " (3)" … rather than over an earlier export of the same days.
 */
function freePath(dir: string, name: string): string {
  const file = basename(name) || 'kassa-export';
  const dot = file.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [file.slice(0, dot), file.slice(dot)] : [file, ''];
  let candidate = join(dir, file);
  for (let n = 2; existsSync(candidate); n++) candidate = join(dir, `${stem} (${n})${ext}`);
  return candidate;
}
