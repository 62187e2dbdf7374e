/** Български: автопилот за плащания (en-autopilot.ts). */
import type { AutopilotMessages } from '../en-autopilot.ts';

export const autopilotMessages: AutopilotMessages = {
  'err.autopilot.chargeMoreThanDue':
    'Това е повече, отколкото поръчката още дължи. Въведете най-много дължимата сума.',
};
