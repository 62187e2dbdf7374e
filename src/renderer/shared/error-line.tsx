/**
 * An error said where it belongs, under the field or the form it is about; read out as it appears
 * (role="alert"). Nothing at all while there is no error.
 */
export function ErrorLine({
  text,
  id,
  className,
}: {
  text: string | null | undefined;
  id?: string;
  className?: string;
}) {
  if (!text) return null;
  return (
    <p id={id} className={className ? `field__error ${className}` : 'field__error'} role="alert">
      {text}
    </p>
  );
}
