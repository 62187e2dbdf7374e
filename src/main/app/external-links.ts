/**
 * The only places a window may send the owner to, opened in the system browser: the payment providers'
 * dashboards and help pages (e.g. "see this payment in Stripe"). Exact host names, https only, so a
 * look-alike host or a downgraded link never leaves the app.
 */
export const externalHosts: readonly string[] = [
  'dashboard.stripe.com',
  'support.stripe.com',
  'www.mercadopago.com',
  'www.mercadopago.com.ar',
  'www.mercadopago.com.br',
  'www.mercadopago.com.mx',
  'www.mercadopago.cl',
  'www.mercadopago.com.co',
  'www.mercadopago.com.pe',
  'www.mercadopago.com.uy',
];

export function isAllowedExternalLink(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return (
    u.protocol === 'https:' &&
    u.username === '' &&
    u.password === '' &&
    u.port === '' &&
    externalHosts.includes(u.hostname)
  );
}
