import { useState, type FormEvent, type ReactNode } from 'react';
import { errorText } from '../../../shared/i18n/errors.ts';
import { t, type MessageKey } from '../../../shared/i18n/translate.ts';
import {
  autopilotStatuses,
  type AutopilotKind,
  type AutopilotRules,
  type AutopilotStatus,
  type AutopilotTaskView,
} from '../../../shared/ipc/autopilot.ts';
import { CheckField, SelectField, TextField } from '../../shared/form-field.tsx';
import { kassa } from '../../shared/kassa.ts';
import { useData } from '../../shared/use-data.ts';
import { LoadedSection } from '../loaded-section.tsx';
import { usePrefs } from '../prefs-context.tsx';
import { Card, Help, SaveBar, SectionSplit } from '../ui.tsx';
import { useForm } from '../use-form.ts';

const loadRules = () => kassa.autopilot.rules({});
const fields = ['holdsBeforeExpiry', 'retryFailedCaptures', 'releaseValidationHolds'];
const refreshOn = ['autopilot.updated'] as const;

/**
 * Preferences → Autopilot (STO-9): the owner's rules (owner only, each save audited), the tasks they made by status,
 * and the dry run of the next 24 hours. In the preferences, not on the till: the rules and the tasks across every
 * order are the owner's planning, and the till already flags each hold close to its expiry.
 */
export function AutopilotSection() {
  return (
    <LoadedSection title={t('autopilot.title')} summary={t('autopilot.summary')} load={loadRules}>
      {(rules, onSaved) => (
        <>
          <RulesForm rules={rules} onSaved={onSaved} />
          <PreviewCard />
          <TasksCard />
        </>
      )}
    </LoadedSection>
  );
}

const whole = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

function RulesForm({ rules, onSaved }: { rules: AutopilotRules; onSaved: (rules: AutopilotRules) => void }) {
  const form = useForm(
    {
      holds: rules.holdsBeforeExpiry.enabled,
      action: rules.holdsBeforeExpiry.action,
      hoursBefore: String(rules.holdsBeforeExpiry.hoursBefore),
      retry: rules.retryFailedCaptures.enabled,
      maxAttempts: String(rules.retryFailedCaptures.maxAttempts),
      validation: rules.releaseValidationHolds.enabled,
      afterMinutes: String(rules.releaseValidationHolds.afterMinutes),
    },
    fields,
  );
  const { values } = form;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.submit(() =>
      kassa.autopilot.saveRules({
        holdsBeforeExpiry: {
          enabled: values.holds,
          action: values.action,
          hoursBefore: whole(values.hoursBefore),
        },
        retryFailedCaptures: { enabled: values.retry, maxAttempts: whole(values.maxAttempts) },
        releaseValidationHolds: { enabled: values.validation, afterMinutes: whole(values.afterMinutes) },
      }),
    );
    if (saved) onSaved(saved);
  };
  return (
    <SectionSplit
      help={
        <Help title={t('autopilot.title')}>
          <p>{t('autopilot.intro')}</p>
        </Help>
      }
    >
      <form
        noValidate
        className="section__form"
        aria-label={t('autopilot.rulesTitle')}
        onSubmit={(e) => void submit(e)}
      >
        <Card title={t('autopilot.rulesTitle')}>
          <RuleBlock
            id="autopilot-holds"
            label={t('autopilot.holdsRule')}
            on={values.holds}
            error={form.errorOf('holdsBeforeExpiry')}
            onToggle={(on) => form.set('holds', on)}
          >
            <SelectField
              id="autopilot-action"
              label={t('autopilot.holdsAction')}
              value={values.action}
              onChange={(value) => form.set('action', value === 'release' ? 'release' : 'capture')}
            >
              <option value="capture">{t('autopilot.actionCapture')}</option>
              <option value="release">{t('autopilot.actionRelease')}</option>
            </SelectField>
            <WholeField
              id="autopilot-hoursBefore"
              label={t('autopilot.hoursBefore')}
              value={values.hoursBefore}
              onChange={(value) => form.set('hoursBefore', value)}
            />
          </RuleBlock>
          <RuleBlock
            id="autopilot-retry"
            label={t('autopilot.retryRule')}
            on={values.retry}
            error={form.errorOf('retryFailedCaptures')}
            onToggle={(on) => form.set('retry', on)}
          >
            <WholeField
              id="autopilot-maxAttempts"
              label={t('autopilot.maxAttempts')}
              value={values.maxAttempts}
              onChange={(value) => form.set('maxAttempts', value)}
            />
          </RuleBlock>
          <RuleBlock
            id="autopilot-validation"
            label={t('autopilot.validationRule')}
            on={values.validation}
            error={form.errorOf('releaseValidationHolds')}
            onToggle={(on) => form.set('validation', on)}
          >
            <WholeField
              id="autopilot-afterMinutes"
              label={t('autopilot.afterMinutes')}
              value={values.afterMinutes}
              onChange={(value) => form.set('afterMinutes', value)}
            />
          </RuleBlock>
        </Card>
        <SaveBar status={form.status} error={form.generalError} />
      </form>
    </SectionSplit>
  );
}

/** One rule: its switch, and under it the fields that tune it. */
function RuleBlock({
  id,
  label,
  on,
  error,
  onToggle,
  children,
}: {
  id: string;
  label: string;
  on: boolean;
  error: string | null;
  onToggle: (on: boolean) => void;
  children: ReactNode;
}) {
  return (
    <>
      <CheckField id={id} label={label} checked={on} error={error} onChange={onToggle} />
      <div className="form-grid">{children}</div>
    </>
  );
}

/** A whole number typed by the owner (hours, attempts, minutes). */
function WholeField(props: { id: string; label: string; value: string; onChange: (value: string) => void }) {
  return <TextField {...props} inputMode="numeric" autoComplete="off" />;
}

const kindWords: Record<AutopilotKind, MessageKey> = {
  capture_hold: 'autopilot.kind.capture_hold',
  release_hold: 'autopilot.kind.release_hold',
  charge_card: 'autopilot.kind.charge_card',
  retry_capture: 'autopilot.kind.retry_capture',
  release_validation: 'autopilot.kind.release_validation',
};
const statusWords: Record<AutopilotStatus, MessageKey> = {
  pending: 'autopilot.status.pending',
  running: 'autopilot.status.running',
  done: 'autopilot.status.done',
  failed: 'autopilot.status.failed',
  canceled: 'autopilot.status.canceled',
};
const outcomeWords: Partial<Record<string, MessageKey>> = {
  captured: 'autopilot.outcome.captured',
  released: 'autopilot.outcome.released',
  charged: 'autopilot.outcome.charged',
  authentication_required: 'autopilot.outcome.authentication_required',
  expired: 'autopilot.outcome.expired',
  hold_captured: 'autopilot.outcome.hold_captured',
  hold_released: 'autopilot.outcome.hold_released',
  hold_expired: 'autopilot.outcome.hold_expired',
  hold_failed: 'autopilot.outcome.hold_failed',
  needs_check: 'autopilot.outcome.needs_check',
  setup_saved: 'autopilot.outcome.setup_saved',
};

/** The outcome of a task in words (a code the core stored; an unknown one is shown as it is). */
function outcomeText(task: AutopilotTaskView): string {
  if (task.outcome === null)
    return task.lastError === null ? '' : t('autopilot.lastError', { code: task.lastError });
  if (task.outcome === 'gave_up') return t('autopilot.outcome.gave_up', { attempts: task.attempts });
  const key = outcomeWords[task.outcome];
  return key ? t(key) : t('autopilot.outcome.other', { code: task.outcome });
}

function TaskCells({ task }: { task: AutopilotTaskView }) {
  const { format } = usePrefs();
  return (
    <>
      <td className="table__strong">{t(kindWords[task.kind])}</td>
      <td>
        {task.orderNumber !== null
          ? t('autopilot.orderNumber', { number: task.orderNumber })
          : task.orderId === null
            ? t('autopilot.noOrder')
            : '—'}
      </td>
      <td className="table__nowrap">
        {task.amount !== null ? format.money(task.amount, task.currency ?? undefined) : '—'}
      </td>
    </>
  );
}

function PreviewCard() {
  const { format } = usePrefs();
  const preview = useData(() => kassa.autopilot.preview({}), 'preview', { refreshOn });
  const items = preview.data ?? [];
  return (
    <Card title={t('autopilot.previewTitle')} description={t('autopilot.previewNote')}>
      {preview.error ? <p className="field__error">{errorText(preview.error)}</p> : null}
      {items.length === 0 ? (
        <p className="field__hint">{t('autopilot.previewEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="autopilot-preview">
            <thead>
              <tr>
                <th scope="col">{t('autopilot.colDue')}</th>
                <th scope="col">{t('autopilot.colTask')}</th>
                <th scope="col">{t('autopilot.colOrder')}</th>
                <th scope="col">{t('autopilot.colAmount')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ task, overdue, retry }) => (
                <tr key={task.id}>
                  <td className="table__nowrap">
                    {overdue ? t('autopilot.overdue') : format.dateTime(task.dueAt)}
                    {retry ? (
                      <span className="table__sub">
                        {t('autopilot.retry', { attempt: task.attempts + 1 })}
                      </span>
                    ) : null}
                  </td>
                  <TaskCells task={task} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}

function TasksCard() {
  const { format } = usePrefs();
  const [status, setStatus] = useState<AutopilotStatus>('pending');
  const tasks = useData(() => kassa.autopilot.tasks({ status }), status, { refreshOn });
  const rows = tasks.data ?? [];
  return (
    <Card title={t('autopilot.tasksTitle')}>
      <div className="form-grid">
        <SelectField
          id="autopilot-status"
          label={t('autopilot.tasksTitle')}
          value={status}
          onChange={(value) => setStatus(value as AutopilotStatus)}
        >
          {autopilotStatuses.map((s) => (
            <option key={s} value={s}>
              {t(statusWords[s])}
            </option>
          ))}
        </SelectField>
      </div>
      {tasks.error ? <p className="field__error">{errorText(tasks.error)}</p> : null}
      {rows.length === 0 ? (
        <p className="field__hint">{t('autopilot.tasksEmpty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table" data-testid="autopilot-tasks">
            <thead>
              <tr>
                <th scope="col">{t('autopilot.colDue')}</th>
                <th scope="col">{t('autopilot.colTask')}</th>
                <th scope="col">{t('autopilot.colOrder')}</th>
                <th scope="col">{t('autopilot.colAmount')}</th>
                <th scope="col">{t('autopilot.colAttempts')}</th>
                <th scope="col">{t('autopilot.colOutcome')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((task) => (
                <tr key={task.id} data-testid="autopilot-task">
                  <td className="table__nowrap">{format.dateTime(task.finishedAt ?? task.dueAt)}</td>
                  <TaskCells task={task} />
                  <td>{task.attempts}</td>
                  <td>{outcomeText(task)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
