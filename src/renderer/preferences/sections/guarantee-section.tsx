import type { FormEvent } from 'react';
import { KassaError } from '../../../shared/errors.ts';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t } from '../../../shared/i18n/translate.ts';
import { parseAmount } from '../../../shared/money/parse-amount.ts';
import type { GuaranteePolicies, GuaranteeRule, KeptKind } from '../../../shared/orders/kept-order.ts';
import { CheckField, TextField } from '../../shared/form-field.tsx';
import { kassa } from '../../shared/kassa.ts';
import { LoadedSection } from '../loaded-section.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, Help, SaveBar, SectionSplit } from '../ui.tsx';
import { useForm } from '../use-form.ts';

const load = () => kassa.guaranteePolicies.get({});
const kinds: readonly KeptKind[] = ['tab', 'pickup'];
const fields = kinds.flatMap((k) => [`${k}.holdAtLeast`, `${k}.cardOnFile`, `${k}.prepaymentPercent`]);

/** Guarantee policies (STO-8, PREF-1): what a tab or a pickup order needs before the till keeps it open. */
export function GuaranteeSection() {
  return (
    <LoadedSection title={t('prefs.guarantee.title')} summary={t('prefs.guarantee.summary')} load={load}>
      {(policies, onSaved) => <GuaranteeForm policies={policies} onSaved={onSaved} />}
    </LoadedSection>
  );
}

type RuleText = { hold: string; card: boolean; percent: string };

function GuaranteeForm({
  policies,
  onSaved,
}: {
  policies: GuaranteePolicies;
  onSaved: (policies: GuaranteePolicies) => void;
}) {
  const { store, format } = usePrefs();
  const textOf = (rule: GuaranteeRule): RuleText => ({
    hold: rule.holdAtLeast === null ? '' : format.amountInput(rule.holdAtLeast),
    card: rule.cardOnFile,
    percent: rule.prepaymentPercent === null ? '' : String(rule.prepaymentPercent),
  });
  const form = useForm<Record<KeptKind, RuleText>>(
    { tab: textOf(policies.tab), pickup: textOf(policies.pickup) },
    fields,
  );

  /** The typed text as the contract's numbers; a field that is not a number is refused here, next to it. */
  const ruleOf = (kind: KeptKind): GuaranteeRule | null => {
    const typed = form.values[kind];
    const percent = typed.percent.trim().replace(/\s*%$/, '');
    if (percent !== '' && !/^\d{1,3}$/.test(percent)) {
      form.setProblem({ field: `${kind}.prepaymentPercent`, message: t('prefs.guarantee.percentFormat') });
      return null;
    }
    try {
      const hold = typed.hold.trim();
      return {
        holdAtLeast: hold === '' ? null : parseAmount(hold, store.currency, store.locale),
        cardOnFile: typed.card,
        prepaymentPercent: percent === '' ? null : Number(percent),
      };
    } catch (error) {
      if (!(error instanceof KassaError)) throw error;
      form.setProblem({ field: `${kind}.holdAtLeast`, message: errorText(error) });
      return null;
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const tab = ruleOf('tab');
    const pickup = tab ? ruleOf('pickup') : null;
    if (!tab || !pickup) return;
    const saved = await form.submit(() => kassa.guaranteePolicies.save({ tab, pickup }));
    if (saved) onSaved(saved);
  };

  const setRule = (kind: KeptKind, patch: Partial<RuleText>) =>
    form.set(kind, { ...form.values[kind], ...patch });

  return (
    <SectionSplit
      help={
        <Help title={t('prefs.guarantee.helpTitle')}>
          <p>{t('prefs.guarantee.help1')}</p>
          <p>{t('prefs.guarantee.help2')}</p>
        </Help>
      }
    >
      <form
        noValidate
        className="section__form"
        aria-label={t('prefs.guarantee.title')}
        onSubmit={(e) => void submit(e)}
      >
        {kinds.map((kind) => (
          <Card key={kind} title={kind === 'tab' ? t('prefs.guarantee.tab') : t('prefs.guarantee.pickup')}>
            <div className="form-grid">
              <TextField
                id={`guarantee-${kind}-hold`}
                label={t('prefs.guarantee.hold', { currency: store.currency })}
                hint={t('prefs.guarantee.holdHint')}
                error={form.errorOf(`${kind}.holdAtLeast`)}
                inputMode="decimal"
                autoComplete="off"
                value={form.values[kind].hold}
                onChange={(value) => setRule(kind, { hold: value })}
              />
              <TextField
                id={`guarantee-${kind}-prepay`}
                label={t('prefs.guarantee.prepay')}
                hint={t('prefs.guarantee.prepayHint')}
                error={form.errorOf(`${kind}.prepaymentPercent`)}
                inputMode="numeric"
                autoComplete="off"
                value={form.values[kind].percent}
                onChange={(value) => setRule(kind, { percent: value })}
              />
              <CheckField
                id={`guarantee-${kind}-card`}
                label={t('prefs.guarantee.card')}
                hint={t('prefs.guarantee.cardHint')}
                checked={form.values[kind].card}
                error={form.errorOf(`${kind}.cardOnFile`)}
                onChange={(checked) => setRule(kind, { card: checked })}
              />
            </div>
          </Card>
        ))}
        <SaveBar status={form.status} error={form.generalError} />
      </form>
    </SectionSplit>
  );
}
