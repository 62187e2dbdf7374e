import { modeSwitchedText } from '../../shared/mode-switched.ts';
import { errorText } from '../../../shared/i18n/errors.ts';
import { useState } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { CardPayment } from '../../../shared/ipc/payments.ts';
import { kassa } from '../../shared/kassa.ts';

/** Mercado Pago refused the Send because the terminal is not in integrated (PDV) mode. */
export const isStandaloneRefusal = (attempt: CardPayment) =>
  attempt.state === 'failed' && attempt.failure?.code === 'terminal_unsupported_mode';

type Step =
  | { step: 'offer' }
  | { step: 'switching' }
  | { step: 'switched'; message: string }
  | { step: 'failed'; message: string };

/**
 * The terminal of this payment method, as Mercado Pago lists it: the one the method uses, else the one whose
 * serial the owner typed (the method may have been set up before the list was read).
 */
async function terminalIdOf(attempt: CardPayment): Promise<string> {
  const listed = await kassa.mercadopago.terminals({});
  if (!listed.ok) return attempt.terminal;
  const typed = attempt.terminal.trim().toUpperCase();
  const found =
    listed.value.find((terminal) => terminal.methodId === attempt.methodId) ??
    listed.value.find((terminal) =>
      [terminal.serial, terminal.id].some((ref) => ref.toUpperCase() === typed),
    );
  // Unknown to the list: the core resolves the serial itself and says in words what is wrong.
  return found?.id ?? attempt.terminal;
}

/**
 * A terminal in standalone mode takes no payments from Kassa: offer the switch to integrated mode here at the
 * till, then tell the cashier to restart the terminal before sending the payment again.
 */
export function StandaloneTerminal({
  attempt,
  onSendAgain,
}: {
  attempt: CardPayment;
  onSendAgain: () => void;
}) {
  const [state, setState] = useState<Step>({ step: 'offer' });

  const switchMode = async () => {
    setState({ step: 'switching' });
    const switched = await kassa.mercadopago.setIntegratedMode({
      terminalId: await terminalIdOf(attempt),
    });
    setState(
      switched.ok
        ? { step: 'switched', message: modeSwitchedText(switched.value) }
        : { step: 'failed', message: errorText(switched.error) },
    );
  };

  if (state.step === 'switched') {
    return (
      <div className="terminal-step terminal-step--switched" role="status" data-testid="terminal-switched">
        <p className="terminal-step__text">{state.message}</p>
        <p className="terminal-step__text">{t('terminal.afterRestart')}</p>
        <div className="terminal-step__actions">
          <button type="button" className="button button--primary" onClick={onSendAgain}>
            {t('terminal.sendAgain')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="terminal-step" role="group" aria-label={t('terminal.standaloneTitle')}>
      <div className="terminal-step__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={state.step === 'switching'}
          onClick={() => void switchMode()}
        >
          {state.step === 'switching' ? t('terminal.switching') : t('terminal.switch')}
        </button>
      </div>
      {state.step === 'failed' ? (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}
