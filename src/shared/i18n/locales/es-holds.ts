/** Español: retenciones y cuentas abiertas (en-holds.ts). */
import type { HoldMessages } from '../en-holds.ts';

export const holdMessages: HoldMessages = {
  'holds.title': 'Retenciones',
  'holds.empty': 'No hay retenciones de tarjeta abiertas.',
  'holds.colAmount': 'Retenido',
  'holds.colCard': 'Tarjeta',
  'holds.colCustomer': 'Cliente',
  'holds.colOrder': 'Pedido',
  'holds.colExpires': 'Vence',
  'holds.colState': 'Estado',
  'holds.orderOpen': 'Abierto, faltan {remaining}',
  'holds.orderNumber': 'N.º {number}',
  'holds.noCustomer': 'Sin cliente',
  'holds.cardUnknown': 'Tarjeta aún no leída',
  'holds.expiresSoon': 'Vence pronto: cóbrala o libérala',
  'holds.capture': 'Cobrar',
  'holds.captureAll': 'Cobrar todo',
  'holds.captureAmount': 'Importe a cobrar',
  'holds.captureHint': 'Hasta {amount}. El resto vuelve a la tarjeta.',
  'holds.increase': 'Aumentar',
  'holds.increaseTo': 'Nuevo importe retenido',
  'holds.release': 'Liberar',
  'holds.capturedDone': 'Se cobraron {amount}; el resto de la retención se liberó.',
  'holds.releasedDone': 'La retención se liberó; no se cobró nada a la tarjeta.',
  'holds.increasedDone': 'La retención ahora es de {amount}.',
  'holds.state.opening': 'Consultando a Stripe…',
  'holds.state.waiting': 'Esperando la tarjeta en el lector',
  'holds.state.held': 'Retenido',
  'holds.state.capturing': 'Cobrando…',
  'holds.state.captured': 'Cobrado',
  'holds.state.releasing': 'Liberando…',
  'holds.state.released': 'Liberado',
  'holds.state.expired': 'Vencido: el banco lo liberó',
  'holds.state.failed': 'No retenido',
  'err.holds.notConnected':
    'Stripe aún no está conectado en esta caja, así que no se puede retener. Inténtalo de nuevo en un momento.',
  'err.holds.unknown': 'Esta retención no está en esta caja. Vuelve a abrir la lista de retenciones.',
  'err.holds.notStripe':
    'Una retención necesita un método de tarjeta de Stripe. Elige uno que envíe a un lector de Stripe.',
  'err.holds.amountPositive': 'Escribe un importe mayor que cero.',
  'err.holds.readerUnknown':
    'Stripe no tiene ningún lector con el número de serie {serial}. Revisa el método de tarjeta en Preferencias.',
  'err.holds.cardUnknown':
    'Esta tarjeta ya no está guardada para el cliente. Elige otra tarjeta o usa el lector.',
  'err.holds.captureMoreThanHeld':
    'Es más que lo retenido. Cobra como mucho el importe retenido o aumenta antes la retención.',
  'err.holds.captureMoreThanDue':
    'Es más de lo que el pedido aún debe. Cobra como mucho lo pendiente; el resto se libera.',
  'err.holds.notHeld': 'Esta retención ya no está abierta y no se puede cambiar. Vuelve a abrir la lista.',
  'err.holds.increaseOnline':
    'Stripe no puede aumentar una retención sobre una tarjeta guardada (en la UE las retenciones en línea no se aumentan). Libérala y abre una nueva por el importe mayor.',
  'err.holds.increaseNotSupported':
    'Esta tarjeta o retención no admite aumentos (solo Visa, Mastercard, American Express y Discover en el lector). Libérala y abre una nueva por el importe mayor.',
  'err.holds.increaseNotMore': 'Escribe un importe nuevo mayor que el retenido ahora.',
  'err.holds.increaseDeclined':
    'El banco rechazó el aumento ({code}). La retención conserva el importe anterior.',
  'err.holds.increaseRefused':
    'Stripe rechazó el aumento ({code}). La retención conserva el importe anterior.',
};
