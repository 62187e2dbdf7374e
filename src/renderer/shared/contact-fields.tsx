import { TextField } from './form-field.tsx';

type Contact = 'email' | 'phone';

/**
 * A customer's e-mail and phone, as the new-customer form and a remote order's contact both ask for them: the
 * same input types, and main's refusal of either shown under it (both are checked by the same rules in
 * `src/shared/ipc/fields.ts`).
 */
export function ContactFields({
  idPrefix,
  labels,
  values,
  onChange,
  errorOf,
  hint,
  autoComplete,
}: {
  idPrefix: string;
  labels: Record<Contact, string>;
  values: Record<Contact, string>;
  onChange: (field: Contact, value: string) => void;
  errorOf: (field: Contact) => string | null;
  /** Said under both (that they may stay empty). */
  hint?: string | undefined;
  autoComplete?: 'off';
}) {
  return (
    <>
      {(['email', 'phone'] as const).map((field) => (
        <TextField
          key={field}
          id={`${idPrefix}-${field}`}
          label={labels[field]}
          hint={hint}
          error={errorOf(field)}
          type={field === 'email' ? 'email' : 'tel'}
          autoComplete={autoComplete}
          value={values[field]}
          onChange={(value) => onChange(field, value)}
        />
      ))}
    </>
  );
}
