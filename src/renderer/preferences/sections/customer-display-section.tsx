import { useState, type FormEvent } from 'react';
import { t } from '../../../shared/i18n/translate.ts';
import type { DisplaySetup } from '../../../shared/ipc/customer-display.ts';
import { SelectField } from '../../shared/form-field.tsx';
import { LoadedSection } from '../loaded-section.tsx';
import { Card, Help, SaveBar, SectionSplit } from '../ui.tsx';
import { useForm } from '../use-form.ts';
import { kassa } from '../../shared/kassa.ts';

const load = () => kassa.customerDisplay.setup({});
const fields = ['screenId'];
const off = 'off';

/** The customer display (TILL-10): which monitor it goes on, or where a second browser opens it. */
export function CustomerDisplaySection() {
  return (
    <LoadedSection title={t('prefs.display.title')} summary={t('prefs.display.summary')} load={load}>
      {(setup, onSaved) => (
        <SectionSplit
          help={
            <Help title={t('prefs.display.helpTitle')}>
              <p>{t('prefs.display.help1')}</p>
              <p>{t('prefs.display.help2')}</p>
            </Help>
          }
        >
          {setup.monitors ? (
            <MonitorForm setup={setup} onSaved={onSaved} />
          ) : (
            <Card title={t('prefs.display.browserTitle')}>
              <p>{t('prefs.display.browser')}</p>
              {setup.url ? (
                <p>
                  <code className="display-url" data-testid="display-url">
                    {setup.url}
                  </code>
                </p>
              ) : null}
            </Card>
          )}
        </SectionSplit>
      )}
    </LoadedSection>
  );
}

function MonitorForm({ setup, onSaved }: { setup: DisplaySetup; onSaved: (setup: DisplaySetup) => void }) {
  const [choice, setChoice] = useState(setup.chosenId === null ? off : String(setup.chosenId));
  const form = useForm({}, fields);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() =>
      kassa.customerDisplay.choose({ screenId: choice === off ? null : Number(choice) }),
    );
    if (saved) onSaved(saved);
  };
  // A chosen monitor that is unplugged stays chosen (it reopens when it comes back), so it stays in the list.
  const missing = setup.chosenId !== null && !setup.connected;
  return (
    <form
      noValidate
      className="section__form"
      aria-label={t('prefs.display.title')}
      onSubmit={(e) => void submit(e)}
    >
      <Card title={t('prefs.display.title')}>
        <SelectField
          id="display-monitor"
          label={t('prefs.display.monitor')}
          value={choice}
          error={form.errorOf('screenId')}
          onChange={(value) => {
            setChoice(value);
            form.setProblem(null);
          }}
        >
          <option value={off}>{t('prefs.display.off')}</option>
          {setup.screens.map((s) => (
            <option key={s.id} value={String(s.id)}>
              {t(s.primary ? 'prefs.display.primary' : 'prefs.display.screen', {
                label: s.label,
                width: s.width,
                height: s.height,
              })}
            </option>
          ))}
        </SelectField>
        {missing ? (
          <p className="field__hint" role="status">
            {t('prefs.display.notConnected')}
          </p>
        ) : setup.chosenId !== null ? (
          <p className="field__hint">{t('prefs.display.shown')}</p>
        ) : null}
      </Card>
      <SaveBar status={form.status} error={form.generalError} />
    </form>
  );
}
