import { developerError } from '../../../../../shared/i18n/errors.ts';

/** Mercado Pago's rule for `external_reference`: at most 64 letters, digits, `-` or `_`. */
export const externalReferencePattern = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidExternalReference(value: string): boolean {
  return externalReferencePattern.test(value);
}

/**
 * The `external_reference` of the order sent for one payment attempt: `kassa-<attempt id>`. It is derived
 * from our own attempt id only, so it is unique, survives a restart (a re-sent order carries the same
 * reference) and holds no personal data — Mercado Pago forbids that and shows the reference in its panel.
 * Characters outside the rule are refused rather than stripped, because stripping could make two attempts
 * collide.
 */
export function buildExternalReference(attemptId: string, prefix = 'kassa'): string {
  const reference = `${prefix}-${attemptId}`;
  if (!isValidExternalReference(reference)) {
    throw developerError(
      'invalid_request',
      `"${reference}" cannot be a Mercado Pago external reference: use at most 64 letters, digits, - or _.`,
    );
  }
  return reference;
}
