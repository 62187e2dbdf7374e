/** Español: piloto automático de pagos (en-autopilot.ts). */
import type { AutopilotMessages } from '../en-autopilot.ts';

export const autopilotMessages: AutopilotMessages = {
  'err.autopilot.chargeMoreThanDue':
    'Es más de lo que el pedido aún debe. Introduzca como máximo el importe pendiente.',
};
