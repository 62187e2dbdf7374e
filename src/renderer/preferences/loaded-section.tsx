import type { ReactNode } from 'react';
import type { Result } from '../../shared/errors.ts';
import { LoadProblem, SectionHeader } from './ui.tsx';
import { useLoaded } from './use-loaded.ts';

interface LoadedSectionProps<T> {
  title: string;
  summary: string;
  /** Stable (module-level), as useLoaded needs. */
  load: () => Promise<Result<T>>;
  /** The section's form, shown once its data has been read; `onSaved` puts what main saved back on screen. */
  children: (data: T, onSaved: (data: T) => void) => ReactNode;
}

/** A section that is one settings form over one record read from main (store, language, terminals). */
export function LoadedSection<T>({ title, summary, load, children }: LoadedSectionProps<T>) {
  const { data, problem, reload, setData } = useLoaded(load);
  return (
    <div className="section">
      <SectionHeader title={title} summary={summary} />
      <LoadProblem message={problem} onRetry={() => void reload()} />
      {data ? children(data, setData) : null}
    </div>
  );
}
