/**
 * The Content Security Policy of every Kassa window: only the app's own scripts and styles, no inline
 * script, no eval, no plugins, no framing, no form posts, no network except (in the headless host) its own
 * origin. Electron's windows talk to main through IPC, so they need no connect-src at all.
 */
export function contentSecurityPolicy(options: { connectSelf: boolean }): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${options.connectSelf ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
