/** Cobro posterior en una tarjeta guardada (issue 13, STO-9). */
import type { LaterMessages } from '../en-later.ts';

export const laterMessages: LaterMessages = {
  'later.open': 'Cobrar más tarde…',
  'later.title': 'Cobrar la tarjeta más tarde',
  'later.when': 'Cobrar el (fecha y hora)',
  'later.hint':
    'El piloto automático cobra la tarjeta por sí solo a esa hora. La venta queda abierta hasta entonces.',
  'later.submit': 'Programar {amount}',
  'later.cancel': 'Cancelar',
  'later.noCard': 'Elige primero una de las tarjetas guardadas del cliente.',
  'later.noTime': 'Introduce la fecha y la hora del cobro.',
  'later.scheduled':
    'Se cobrarán {amount} a {card} el {when}. La venta queda abierta hasta entonces; el cobro aparece en Preferencias, Piloto automático.',
  'later.nextSale': 'Siguiente venta',
  'tabs.prepayCash': 'Cobrar antes {amount} en efectivo',
  'tabs.prepaying': 'Cobrando el anticipo de {amount}…',
  'tabs.prepaid': 'Se cobró el anticipo de {amount} en efectivo.',
  'err.autopilot.dueInPast': 'Esa hora ya ha pasado. Elige una fecha y una hora en el futuro.',
};
