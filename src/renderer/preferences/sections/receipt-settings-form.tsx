import type { FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import { receiptLimits, type ReceiptSettingsInput } from '../../../shared/ipc/receipt-settings.ts';
import { CheckField, FormField, TextField } from '../../shared/form-field.tsx';
import { kassa } from '../../shared/kassa.ts';
import { Card, LoadProblem, SaveBar } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { useLoaded } from '../use-loaded.ts';

const load = () => kassa.receiptSettings.get({});
const fields = ['address', 'taxId', 'footer', 'qr', 'zAtClose'];

/**
 * What every receipt says besides the sale: the lines under the shop's name, the tax id, the footer and the QR
 * code. The core checks what fits and says so in the owner's words; nothing typed is cut short.
 */
export function ReceiptSettingsForm() {
  const { data, problem, reload, setData } = useLoaded(load);
  return (
    <>
      <LoadProblem message={problem} onRetry={() => void reload()} />
      {data ? <ReceiptForm settings={data} onSaved={setData} /> : null}
    </>
  );
}

interface ReceiptValues {
  address: string;
  taxId: string;
  footer: string;
  qr: boolean;
  zAtClose: boolean;
}

/** The address lines as typed; only the empty line an Enter at the very end leaves is not a line. */
const addressLines = (text: string): string[] => (text === '' ? [] : text.replace(/\n+$/, '').split('\n'));

function ReceiptForm({
  settings,
  onSaved,
}: {
  settings: ReceiptSettingsInput;
  onSaved: (settings: ReceiptSettingsInput) => void;
}) {
  const form = useForm<ReceiptValues>(
    {
      address: settings.address.join('\n'),
      taxId: settings.taxId ?? '',
      footer: settings.footer ?? '',
      qr: settings.qr,
      zAtClose: settings.zAtClose ?? true,
    },
    fields,
  );
  const { values, set, errorOf } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() =>
      kassa.receiptSettings.save({
        address: addressLines(values.address),
        taxId: values.taxId === '' ? null : values.taxId,
        footer: values.footer === '' ? null : values.footer,
        qr: values.qr,
        zAtClose: values.zAtClose,
      }),
    );
    if (saved) onSaved(saved);
  };
  return (
    <form
      noValidate
      className="section__form"
      aria-label={t('prefs.receipt.title')}
      onSubmit={(e) => void submit(e)}
    >
      <Card title={t('prefs.receipt.title')}>
        <div className="form-grid">
          <FormField
            id="receipt-address"
            label={t('prefs.receipt.address')}
            hint={t('prefs.receipt.addressHint', {
              lines: receiptLimits.addressLines,
              length: receiptLimits.lineLength,
            })}
            error={errorOf('address')}
            className="form-grid__wide"
          >
            {(control) => (
              <textarea
                {...control}
                rows={receiptLimits.addressLines}
                value={values.address}
                onChange={(e) => set('address', e.target.value)}
              />
            )}
          </FormField>
          <TextField
            id="receipt-taxId"
            label={t('prefs.receipt.taxId')}
            hint={t('prefs.receipt.taxIdHint')}
            error={errorOf('taxId')}
            autoComplete="off"
            value={values.taxId}
            onChange={(v) => set('taxId', v)}
          />
          <FormField
            id="receipt-footer"
            label={t('prefs.receipt.footer')}
            hint={t('prefs.receipt.footerHint', { max: receiptLimits.footer })}
            error={errorOf('footer')}
            className="form-grid__wide"
          >
            {(control) => (
              <textarea
                {...control}
                rows={3}
                value={values.footer}
                onChange={(e) => set('footer', e.target.value)}
              />
            )}
          </FormField>
          <CheckField
            id="receipt-qr"
            label={t('prefs.receipt.qr')}
            hint={t('prefs.receipt.qrHint')}
            checked={values.qr}
            error={errorOf('qr')}
            onChange={(on) => set('qr', on)}
          />
          <CheckField
            id="receipt-zAtClose"
            label={t('hardware.zAtClose')}
            hint={t('hardware.zAtCloseHint')}
            checked={values.zAtClose}
            error={errorOf('zAtClose')}
            onChange={(on) => set('zAtClose', on)}
          />
        </div>
      </Card>
      <SaveBar status={form.status} error={form.generalError} />
    </form>
  );
}
