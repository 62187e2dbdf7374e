import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import { QrCode } from '../../shared/qr-code.tsx';

interface LinkShareProps {
  url: string;
  /** The QR code's name for screen readers and tests ("QR code of the payment link"). */
  qrLabel: string;
  /** The address field's id and label. */
  inputId: string;
  inputLabel: string;
  /** An e-mail the cashier may send with the link, already in words; null offers none. */
  mail: { subject: string; body: string } | null;
}

/**
 * A Stripe-hosted page offered at the counter: a QR code for the customer's phone, the address to copy, and an
 * e-mail to send it. The payment link and the page that saves a card on file both show it.
 */
export function LinkShare({ url, qrLabel, inputId, inputLabel, mail }: LinkShareProps) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  };
  const mailto = mail
    ? `mailto:?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(mail.body)}`
    : null;
  return (
    <>
      <QrCode text={url} label={qrLabel} size={220} />
      <label className="field__label" htmlFor={inputId}>
        {inputLabel}
      </label>
      <input id={inputId} className="field__input" readOnly value={url} />
      <div className="entry__actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('paylink.copy')}
        </button>
        {mailto ? (
          <a className="button" href={mailto}>
            {t('paylink.mail')}
          </a>
        ) : null}
      </div>
      {copied ? <p role="status">{t('paylink.copied')}</p> : null}
    </>
  );
}
