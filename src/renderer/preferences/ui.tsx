import type { ReactNode } from 'react';
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
  label?: string;
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
export function Flag({ on, yes, no, testId }: { on: boolean; yes: string; no: string; testId?: string }) {
  return (
    <span className={`flag ${on ? 'flag--on' : 'flag--off'}`} data-testid={testId}>
      {on ? yes : no}
    </span>
  );
}

/** A section's data could not be read: say why, and offer to try again. */
export function LoadProblem({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <div className="field__error load-problem" role="alert">
      <span>{message}</span>
      <button type="button" className="button button--small" onClick={onRetry}>
        {t('prefs.retry')}
      </button>
    </div>
  );
}
