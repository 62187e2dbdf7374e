import { protocol } from 'electron';
import { readStatic } from '../core/web/static-files.ts';
import { contentSecurityPolicy } from '../../shared/security/csp.ts';
import { appHost, appScheme } from './app-pages.ts';

/**
 * Must run before the app is ready. `standard` gives the pages a real origin (relative URLs, storage),
 * `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its own assets, `codeCache`
 * speeds up the next start. Nothing more: no CSP bypass, no service workers, and no `corsEnabled`, so no
 * other origin can read these files (same-origin module scripts load without it).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const securityHeaders = {
  'content-security-policy': contentSecurityPolicy({ connectSelf: false }),
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-cache',
};

/**
 * Answers `kassa://app/…` from the renderer build folder and nothing else: the path is confined with
 * the same rule as the headless host, so `..`, encoded slashes and absolute paths all end in a 404.
 * Every answer, errors included, carries the CSP, so no page of ours ever runs without it.
 */
export function createAppRequestHandler(
  rendererDir: string,
): (request: { url: string; method: string }) => Promise<Response> {
  return async (request) => {
    const notFound = () =>
      new Response('Not found', {
        status: 404,
        headers: { ...securityHeaders, 'content-type': 'text/plain' },
      });
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { ...securityHeaders, allow: 'GET, HEAD' } });
    }
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return notFound();
    }
    if (url.host !== appHost) return notFound();
    const file = await readStatic(rendererDir, url.pathname);
    if (!file) return notFound();
    const headers = { ...securityHeaders, 'content-type': file.type };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(file.body), {
      status: 200,
      headers,
    });
  };
}

/** Serves the app's pages on the default session; call once the app is ready. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(appScheme, createAppRequestHandler(rendererDir));
}
