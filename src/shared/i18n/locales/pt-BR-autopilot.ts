/** Português (Brasil): piloto automático de pagamentos (en-autopilot.ts). */
import type { AutopilotMessages } from '../en-autopilot.ts';

export const autopilotMessages: AutopilotMessages = {
  'err.autopilot.chargeMoreThanDue':
    'Isso é mais do que o pedido ainda deve. Digite no máximo o valor devido.',
};
