import type { Handlers } from '../../ipc/dispatcher.ts';
import type { Services } from '../../services.ts';
import type { CardPayments } from '../card-payments.ts';

type AutopilotChannel =
  | 'autopilot.rules'
  | 'autopilot.saveRules'
  | 'autopilot.tasks'
  | 'autopilot.preview'
  | 'autopilot.scheduleCharge';

/** The payment autopilot: the handlers only route to the autopilot service (owner-only ones check the owner). */
export function autopilotHandlers(s: Services, payments: CardPayments): Pick<Handlers, AutopilotChannel> {
  const autopilot = payments.autopilot;
  return {
    'autopilot.rules': () => {
      s.session.requirePreferencesOwner();
      return autopilot.rules();
    },
    'autopilot.saveRules': (rules) => {
      const owner = s.session.requirePreferencesOwner();
      return autopilot.saveRules(rules, owner.name);
    },
    'autopilot.tasks': ({ status }) => {
      s.session.requirePreferencesOwner();
      return autopilot.tasks(status);
    },
    'autopilot.preview': () => {
      s.session.requirePreferencesOwner();
      return autopilot.preview();
    },
    'autopilot.scheduleCharge': (request) => autopilot.scheduleCharge(request),
  };
}
