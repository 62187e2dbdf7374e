/** Addebito successivo su una carta salvata (issue 13, STO-9). */
import type { LaterMessages } from '../en-later.ts';

export const laterMessages: LaterMessages = {
  'later.open': 'Addebita più tardi…',
  'later.title': 'Addebita la carta più tardi',
  'later.when': 'Addebita il (data e ora)',
  'later.hint':
    'Il pilota automatico addebita la carta da solo a quell’ora. La vendita resta aperta fino ad allora.',
  'later.submit': 'Pianifica {amount}',
  'later.cancel': 'Annulla',
  'later.noCard': 'Scegli prima una delle carte salvate del cliente.',
  'later.noTime': 'Inserisci la data e l’ora dell’addebito.',
  'later.scheduled':
    '{amount} verranno addebitati su {card} il {when}. La vendita resta aperta fino ad allora; l’addebito è elencato in Preferenze, Pilota automatico.',
  'later.nextSale': 'Vendita successiva',
  'tabs.prepayCash': 'Prima incassa {amount} in contanti',
  'tabs.prepaying': 'Incasso dell’anticipo di {amount}…',
  'tabs.prepaid': 'L’anticipo di {amount} è stato incassato in contanti.',
  'err.autopilot.dueInPast': 'Quell’ora è già passata. Scegli una data e un’ora nel futuro.',
};
