import type { IncomingMessage, ServerResponse } from 'node:http';
import { formatAmount } from './currency.ts';
import type Stripe from 'stripe';
import {
  payCheckoutSession,
  saveCardOnCheckoutSession,
  settleSetupSessions,
  type CheckoutSessionRecord,
} from './checkout-sessions.ts';
import { authenticateSetupIntent } from './setup-intents.ts';
import { handleAuthenticationPage } from './payment-authentication.ts';
import { checkoutPayment, findCheckoutSession, type CheckoutPaymentInput } from './control.ts';
import type { SimCore } from './core.ts';

const methodNames: Record<string, string> = {
  card: 'Card',
  ideal: 'iDEAL',
  bancontact: 'Bancontact',
  sepa_debit: 'SEPA Direct Debit',
  eps: 'EPS',
  p24: 'Przelewy24',
};

export const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escape(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:2rem auto;padding:0 1rem;color:#1a1f36}
fieldset{border:1px solid #d5dbe1;border-radius:6px;margin:1rem 0}button{font-size:1rem;padding:.6rem 1.2rem;margin:.3rem .3rem 0 0}
input[type=text]{font-size:1rem;padding:.4rem;width:100%;box-sizing:border-box}.total{font-size:1.6rem;font-weight:600}
.error{color:#c0123c}.note{color:#697386;font-size:.85rem}</style></head><body>${body}</body></html>`;
}

function renderSetup(record: CheckoutSessionRecord): string {
  const s = record.session;
  const header = `<h1>Save a card for ${escape(s.metadata?.['kassa_store'] ?? 'the shop')}</h1>
<p>The shop keeps this card to charge it later as you agreed. Your card number stays with Stripe.</p>`;
  if (s.status === 'expired') {
    return page(
      'Expired',
      `${header}<p role="status">This page has expired. Ask the shop for a new link.</p>`,
    );
  }
  if (s.status === 'complete')
    return page('Card saved', `${header}<p role="status">Card saved. Thank you!</p>`);
  const error =
    record.lastError === null ? '' : `<p class="error" role="alert">${escape(record.lastError)}</p>`;
  const address =
    s.billing_address_collection === 'required'
      ? `<label for="name">Name on card</label><input type="text" id="name" name="name" autocomplete="off">
<label for="line1">Address</label><input type="text" id="line1" name="line1" autocomplete="off">
<label for="postal-code">Postal code</label><input type="text" id="postal-code" name="postal_code" autocomplete="off">
<label for="city">City</label><input type="text" id="city" name="city" autocomplete="off">
<label for="country">Country (two letters)</label><input type="text" id="country" name="country" autocomplete="off">`
      : '';
  return page(
    'Save a card',
    `${header}${error}<form method="post"><fieldset><legend>Card</legend><input type="hidden" name="method" value="card">
<label for="card-number">Card number</label><input type="text" id="card-number" name="number" autocomplete="off" placeholder="4242 4242 4242 4242">
${address}<button type="submit">Save card</button>
<p class="note">Test cards: 4242 4242 4242 4242 is saved, 4000 0000 0000 0002 is declined, 4000 0025 0000 3155 asks for authentication.</p></fieldset></form>`,
  );
}

function readAddress(form: URLSearchParams): Stripe.Address | null {
  const line1 = form.get('line1')?.trim() ?? '';
  const postal = form.get('postal_code')?.trim() ?? '';
  const city = form.get('city')?.trim() ?? '';
  const country = form.get('country')?.trim().toUpperCase() ?? '';
  if (line1 === '' || postal === '' || city === '' || !/^[A-Z]{2}$/.test(country)) return null;
  return { city, country, line1, line2: null, postal_code: postal, state: null };
}

function render(record: CheckoutSessionRecord): string {
  if (record.session.mode === 'setup') return renderSetup(record);
  const s = record.session;
  const currency = s.currency ?? 'eur';
  const total = formatAmount(s.amount_total ?? 0, currency);
  const lines = record.lines
    .map(
      (l) =>
        `<li>${escape(l.name)} × ${l.quantity} — ${formatAmount(l.unitAmount * l.quantity, currency)} ${currency.toUpperCase()}</li>`,
    )
    .join('');
  const header = `<h1>Pay ${escape(s.metadata?.['kassa_store'] ?? 'the shop')}</h1><ul>${lines}</ul>
<p class="total">${total} ${currency.toUpperCase()}</p>`;
  if (s.status === 'expired') {
    return page(
      'Expired',
      `${header}<p role="status">This payment page has expired. Ask the shop for a new link.</p>`,
    );
  }
  if (s.status === 'complete') {
    const text =
      s.payment_status === 'paid'
        ? 'Payment successful. Thank you!'
        : 'Your payment is processing. The shop sees it once your bank has settled it.';
    return page('Thank you', `${header}<p role="status">${text}</p>`);
  }
  const error =
    record.lastError === null ? '' : `<p class="error" role="alert">${escape(record.lastError)}</p>`;
  const forms = s.payment_method_types
    .map((type) => {
      const name = methodNames[type] ?? type;
      if (type === 'card') {
        return `<form method="post"><fieldset><legend>${name}</legend><input type="hidden" name="method" value="card">
<label for="card-number">Card number</label><input type="text" id="card-number" name="number" autocomplete="off" placeholder="4242 4242 4242 4242">
<button type="submit">Pay with card</button><p class="note">Test cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is declined.</p></fieldset></form>`;
      }
      if (type === 'sepa_debit') {
        return `<form method="post"><fieldset><legend>${name}</legend><input type="hidden" name="method" value="sepa_debit">
<label for="iban">IBAN</label><input type="text" id="iban" name="iban" autocomplete="off" placeholder="DE89 3704 0044 0532 0130 00">
<button type="submit">Pay by SEPA Direct Debit</button><p class="note">DE89370400440532013000 settles, DE62370400440532013001 fails.</p></fieldset></form>`;
      }
      return `<form method="post"><fieldset><legend>${name}</legend><input type="hidden" name="method" value="${escape(type)}">
<button type="submit" name="outcome" value="succeed">Authorize ${name} test payment</button>
<button type="submit" name="outcome" value="fail">Fail ${name} test payment</button></fieldset></form>`;
    })
    .join('');
  return page(`Pay ${total}`, `${header}${error}${forms}`);
}

function readPayment(form: URLSearchParams): CheckoutPaymentInput | null {
  const method = form.get('method');
  if (method === 'card') return { method, number: form.get('number') ?? '' };
  if (method === 'sepa_debit') return { method, iban: form.get('iban') ?? '' };
  if (method === 'ideal' || method === 'bancontact' || method === 'eps' || method === 'p24') {
    return { method, succeed: form.get('outcome') !== 'fail' };
  }
  return null;
}

/**
 * The Stripe-hosted payment page of a Checkout Session (`session.url`), served by the simulator on loopback so
 * a person or Playwright can pay the link a till shows: GET shows it, POST pays and redirects back to it.
 */
export async function handleHostedCheckout(
  core: SimCore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  readBody: (req: IncomingMessage) => Promise<string | null>,
): Promise<void> {
  const id = decodeURIComponent(url.pathname.slice('/c/pay/'.length));
  const state = findCheckoutSession(core, id);
  const record = state?.checkoutSessions.get(id);
  if (state === undefined || record === undefined) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page('Not found', '<p role="status">This payment page does not exist.</p>'));
    return;
  }
  if (req.method === 'POST' && record.session.mode === 'setup') {
    const form = new URLSearchParams((await readBody(req)) ?? '');
    const name = form.get('name')?.trim() ?? '';
    const outcome = saveCardOnCheckoutSession(
      { state, origin: null },
      id,
      {
        number: form.get('number') ?? '',
        name: name === '' ? null : name,
        email: null,
        address: readAddress(form),
      },
      core.hostedBase,
    );
    res.writeHead(303, { Location: outcome.redirect ?? url.pathname });
    res.end();
    return;
  }
  if (req.method === 'POST') {
    const payment = readPayment(new URLSearchParams((await readBody(req)) ?? ''));
    if (payment === null) {
      record.lastError = 'Choose a way to pay.';
    } else {
      payCheckoutSession({ state, origin: null }, id, checkoutPayment(core, payment), {
        email: null,
        name: null,
      });
    }
    res.writeHead(303, { Location: url.pathname });
    res.end();
    return;
  }
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(render(record));
}

/** A SetupIntent's 3D Secure page (saving a card): passing saves the card and settles its Checkout Session. */
export function handleAuthentication(
  core: SimCore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  handleAuthenticationPage(
    {
      param: 'setup_intent',
      find: (sim, id) => {
        const state = sim.allStates().find((s) => s.setupIntents.has(id));
        const intent = state?.setupIntents.get(id);
        if (state === undefined || intent === undefined) return undefined;
        return {
          scope: { state, origin: null },
          status: intent.status,
          clientSecret: intent.client_secret,
          summary: '',
        };
      },
      answer: (scope, id, passes) => {
        authenticateSetupIntent(scope, id, passes);
        settleSetupSessions(scope, id);
      },
      fallback: '/',
    },
    core,
    req,
    res,
    url,
  );
  return Promise.resolve();
}
