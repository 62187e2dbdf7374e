/** Italiano: pilota automatico dei pagamenti (en-autopilot.ts). */
import type { AutopilotMessages } from '../en-autopilot.ts';

export const autopilotMessages: AutopilotMessages = {
  'err.autopilot.chargeMoreThanDue':
    "È più di quanto l'ordine deve ancora. Inserisca al massimo l'importo dovuto.",
};
