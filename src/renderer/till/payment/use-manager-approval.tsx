import { errorText } from '../../../shared/i18n/errors.ts';
import { useRef, useState, type ReactNode } from 'react';
import type { Result } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { ManagerPinDialog } from './manager-pin-dialog.tsx';

interface Asking {
  reason: string;
  retry: (managerPin: string) => Promise<Result<unknown>>;
  finish: (result: Result<unknown>) => void;
  refusal: Result<unknown>;
}

/** Main asked for a manager: the request went over a cashier's limit and nothing was saved. */
const needsManager = (result: Result<unknown>): boolean =>
  !result.ok && result.error.code === 'pin_required' && result.error.field === 'managerPin';

/**
 * Runs a request that may go over a cashier's limit (a discount, a refund: TILL-9). When main answers that a
 * manager must approve, a PIN dialog with main's reason opens and the same request is sent again with the PIN;
 * a wrong PIN is typed again in the dialog. Closing the dialog ends with main's refusal, so the screen shows why
 * nothing happened.
 */
export function useManagerApproval(): {
  withApproval: <T>(request: (managerPin?: string) => Promise<Result<T>>) => Promise<Result<T>>;
  approvalDialog: ReactNode;
} {
  const [asking, setAsking] = useState<Asking | null>(null);
  const settled = useRef(false);

  const withApproval = async <T,>(request: (managerPin?: string) => Promise<Result<T>>) => {
    const first = await request();
    if (!needsManager(first)) return first;
    settled.current = false;
    return new Promise<Result<T>>((resolve) =>
      setAsking({
        reason: first.ok ? '' : errorText(first.error),
        retry: request,
        finish: (result) => resolve(result as Result<T>),
        refusal: first,
      }),
    );
  };

  const end = (result: Result<unknown>) => {
    if (!asking || settled.current) return;
    settled.current = true;
    asking.finish(result);
  };

  const approvalDialog = asking ? (
    <ManagerPinDialog
      title={t('approval.title')}
      text={asking.reason}
      onConfirm={async (managerPin) => {
        const result = await asking.retry(managerPin);
        const pinRefused =
          !result.ok && (result.error.code === 'pin_invalid' || result.error.code === 'pin_locked');
        if (pinRefused) return errorText(result.error);
        end(result);
        return null;
      }}
      onClose={() => {
        end(asking.refusal);
        setAsking(null);
      }}
    />
  ) : null;

  return { withApproval, approvalDialog };
}
