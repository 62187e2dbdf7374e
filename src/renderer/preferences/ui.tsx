import type { FormEvent, ReactNode } from 'react';
import { t } from '../../shared/i18n/translate.ts';
import type { SaveStatus } from './use-form.ts';

/** The title of a section and one sentence on what it is for. */
export function SectionHeader({
  title,
  summary,
  actions,
}: {
  title: string;
  summary: string;
  actions?: ReactNode;
}) {
  return (
    <header className="section-head">
      <div>
        <h1 className="section-head__title">{title}</h1>
        <p className="section-head__summary">{summary}</p>
      </div>
      {actions ? <div className="section-head__actions">{actions}</div> : null}
    </header>
  );
}

/** A group of related settings on a white card, with an optional heading. */
export function Card({
  title,
  description,
  children,
  className,
  label,
}: {
  title?: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
  /** Names the card for assistive technology when it has no visible title. */
  label?: string;
}) {
  return (
    <section className={className ? `card ${className}` : 'card'} aria-label={title ?? label}>
      {title ? <h2 className="card__title">{title}</h2> : null}
      {description ? <p className="card__description">{description}</p> : null}
      {children}
    </section>
  );
}

/** Where to find things outside Kassa (a provider's dashboard) and what a choice means, next to the form. */
export function Help({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="help" aria-label={title}>
      <h2 className="help__title">{title}</h2>
      <div className="help__body">{children}</div>
    </aside>
  );
}

/** The buttons under a form, and what became of the last save. */
export function SaveBar({
  status,
  error,
  label = t('prefs.save'),
  children,
}: {
  status: SaveStatus;
  error: string | null;
  label?: string | undefined;
  children?: ReactNode;
}) {
  return (
    <div className="save-bar">
      {error ? (
        <p className="field__error save-bar__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="save-bar__buttons">
        {children}
        <button type="submit" className="button button--primary" disabled={status === 'busy'}>
          {status === 'busy' ? t('prefs.saving') : label}
        </button>
      </div>
      {status === 'saved' ? (
        <p className="save-bar__saved" role="status">
          {t('prefs.saved')}
        </p>
      ) : null}
    </div>
  );
}

/** A yes/no fact (Live, Active, Identify customer) as a small coloured badge. */
export function Flag({
  on,
  yes,
  no,
  testId,
}: {
  on: boolean;
  yes: string;
  no: string;
  testId?: string | undefined;
}) {
  return (
    <span className={`flag ${on ? 'flag--on' : 'flag--off'}`} data-testid={testId}>
      {on ? yes : no}
    </span>
  );
}

/** A section's data could not be read: say why, and offer to try again. Nothing while it reads fine. */
export function LoadProblem({ message, onRetry }: { message: string | null; onRetry: () => void }) {
  if (message === null) return null;
  return (
    <div className="field__error load-problem" role="alert">
      <span>{message}</span>
      <button type="button" className="button button--small" onClick={onRetry}>
        {t('prefs.retry')}
      </button>
    </div>
  );
}

/** What became of the owner's last action in a section: a green note, or a red reason to act on. */
export interface Notice {
  ok: boolean;
  text: string;
}

export function NoticeLine({ notice, testId }: { notice: Notice | null; testId?: string | undefined }) {
  if (!notice) return null;
  return (
    <p
      className={notice.ok ? 'notice-line notice-line--ok' : 'field__error'}
      role={notice.ok ? 'status' : 'alert'}
      data-testid={testId}
    >
      {notice.text}
    </p>
  );
}

/** The body of a section: its cards in a column, and beside them where to find things and what choices mean. */
export function SectionSplit({ help, children }: { help: ReactNode; children: ReactNode }) {
  return (
    <div className="section__split">
      <div className="section__column">{children}</div>
      {help}
    </div>
  );
}

/**
 * The form that opens above a section's list to add or change one entry: a titled card, its fields, and Save
 * with Cancel beside it, which closes the form without saving.
 */
export function EditorForm({
  title,
  form,
  saveLabel,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  form: { status: SaveStatus; generalError: string | null };
  saveLabel?: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  onCancel: () => void;
  children: ReactNode;
}) {
  return (
    <form noValidate aria-label={title} onSubmit={(e) => void onSubmit(e)}>
      <Card title={title} className="card--editor">
        {children}
        <SaveBar status={form.status} error={form.generalError} label={saveLabel}>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </SaveBar>
      </Card>
    </form>
  );
}
