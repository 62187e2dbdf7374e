import type { z } from 'zod';

/** One IPC channel: its request and response schemas. Declared once, used by main, preload and renderer. */
export interface ChannelSpec<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
  /** Which windows may call it. The till cannot change settings; the customer display can only read. */
  windows: readonly WindowKind[];
  /**
   * Moves money or changes a sale: refused unless a staff member is signed in at the till (TILL-9), so every
   * sale, payment and refund has someone who did it.
   */
  signedIn?: true;
}

export const windowKinds = ['till', 'preferences', 'customer-display'] as const;
export type WindowKind = (typeof windowKinds)[number];

export function channel<Req extends z.ZodType, Res extends z.ZodType>(
  spec: ChannelSpec<Req, Res>,
): ChannelSpec<Req, Res> {
  return spec;
}
