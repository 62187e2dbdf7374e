import { useState, type FormEvent } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { Dialog } from '../../shared/dialog.tsx';
import { kassa } from '../../shared/kassa.ts';
import { ConfirmActions, ReasonField, useApprovedRequest, withPin } from '../entry-fields.tsx';
import { ErrorLine } from '../../shared/error-line.tsx';

/**
 * No sale (TILL-9): the drawer opens without a sale, for a reason the cashier types. Main decides whether a
 * manager must approve; when it answers `pin_required` the manager-approval dialog asks for a PIN and the same
 * request goes again. Main audits it; this only asks and says what happened.
 */
export function NoSaleButton({ onOpened }: { onOpened: (text: string) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" data-testid="no-sale" onClick={() => setOpen(true)}>
        {t('noSale.action')}
      </button>
      {open ? (
        <NoSaleDialog
          onClose={() => setOpen(false)}
          onOpened={() => {
            setOpen(false);
            onOpened(t('noSale.done'));
          }}
        />
      ) : null}
    </>
  );
}

function NoSaleDialog({ onClose, onOpened }: { onClose: () => void; onOpened: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { busy, send, approvalDialog } = useApprovedRequest();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const result = await send((managerPin) => kassa.drawer.noSale({ reason, ...withPin(managerPin) }));
    if (!result.ok) return setError(errorText(result.error));
    onOpened();
  };

  return (
    <Dialog
      title={t('noSale.title')}
      onClose={() => (busy ? undefined : onClose())}
      className="dialog--confirm"
    >
      <form noValidate onSubmit={(event) => void submit(event)} data-testid="no-sale-form">
        <ReasonField
          roomy
          id="no-sale-reason"
          label={t('noSale.reason')}
          invalid={error !== null}
          autoFocus
          placeholder={t('noSale.reasonPlaceholder')}
          value={reason}
          describedBy={error ? 'no-sale-error' : undefined}
          onChange={(text) => {
            setReason(text);
            setError(null);
          }}
        >
          <ErrorLine text={error} id="no-sale-error" />
        </ReasonField>
        <ConfirmActions
          cancelLabel={t('shift.cancel')}
          onCancel={onClose}
          cancelWhileBusy={false}
          confirmLabel={t('noSale.confirm')}
          busy={busy}
          testId="confirm-no-sale"
        />
      </form>
      {approvalDialog}
    </Dialog>
  );
}
