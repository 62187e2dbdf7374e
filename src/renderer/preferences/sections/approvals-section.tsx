import { errorText } from '../../../shared/i18n/errors.ts';
import type { FormEvent } from 'react';
import { KassaError } from '../../../shared/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import type { ApprovalLimits } from '../../../shared/ipc/approvals.ts';
import { parseAmount } from '../../../shared/money/parse-amount.ts';
import { TextField } from '../../shared/form-field.tsx';
import { LoadedSection } from '../loaded-section.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, Help, SaveBar, SectionSplit } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { kassa } from '../../shared/kassa.ts';

const load = () => kassa.approvals.get({});
const fields = ['discountPercent', 'refundLimit'];

/** Manager approval (TILL-9): how far a cashier may go alone with discounts and refunds. */
export function ApprovalsSection() {
  return (
    <LoadedSection title={t('prefs.approvals.title')} summary={t('prefs.approvals.summary')} load={load}>
      {(limits, onSaved) => <ApprovalsForm limits={limits} onSaved={onSaved} />}
    </LoadedSection>
  );
}

function ApprovalsForm({
  limits,
  onSaved,
}: {
  limits: ApprovalLimits;
  onSaved: (limits: ApprovalLimits) => void;
}) {
  const { store, format } = usePrefs();
  const form = useForm(
    { discountPercent: String(limits.discountPercent), refundLimit: format.amountInput(limits.refundLimit) },
    fields,
  );

  /** The typed text as the contract's numbers; a field that is not a number is refused here, next to it. */
  const toLimits = (): ApprovalLimits | null => {
    const percent = form.values.discountPercent.trim().replace(/\s*%$/, '');
    if (!/^\d{1,3}$/.test(percent)) {
      form.setProblem({ field: 'discountPercent', message: t('prefs.approvals.percentFormat') });
      return null;
    }
    try {
      const refund = form.values.refundLimit.trim();
      return {
        discountPercent: Number(percent),
        refundLimit: refund === '' ? 0 : parseAmount(refund, store.currency, store.locale),
      };
    } catch (error) {
      if (!(error instanceof KassaError)) throw error;
      form.setProblem({ field: 'refundLimit', message: errorText(error) });
      return null;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = toLimits();
    if (!next) return;
    const saved = await form.submit(() => kassa.approvals.save(next));
    if (saved) onSaved(saved);
  };

  return (
    <SectionSplit
      help={
        <Help title={t('prefs.approvals.helpTitle')}>
          <p>{t('prefs.approvals.help1')}</p>
          <p>{t('prefs.approvals.help2')}</p>
        </Help>
      }
    >
      <form
        noValidate
        className="section__form"
        aria-label={t('prefs.approvals.title')}
        onSubmit={(e) => void submit(e)}
      >
        <Card title={t('prefs.approvals.card')}>
          <div className="form-grid">
            <TextField
              id="approvals-discountPercent"
              label={t('prefs.approvals.discountPercent')}
              hint={t('prefs.approvals.discountHint')}
              error={form.errorOf('discountPercent')}
              inputMode="numeric"
              autoComplete="off"
              value={form.values.discountPercent}
              onChange={(value) => form.set('discountPercent', value)}
            />
            <TextField
              id="approvals-refundLimit"
              label={t('prefs.approvals.refundLimit', { currency: store.currency })}
              hint={t('prefs.approvals.refundHint')}
              error={form.errorOf('refundLimit')}
              inputMode="decimal"
              autoComplete="off"
              value={form.values.refundLimit}
              onChange={(value) => form.set('refundLimit', value)}
            />
          </div>
        </Card>
        <SaveBar status={form.status} error={form.generalError} />
      </form>
    </SectionSplit>
  );
}
