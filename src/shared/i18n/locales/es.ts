import type { Messages } from '../translate.ts';

/** PLACEHOLDER until translated. */
export const messages: Partial<Messages> = {};
