/** Español: retenciones en la caja (en-holdtill.ts). */
import type { HoldTillMessages } from '../en-holdtill.ts';

export const holdTillMessages: HoldTillMessages = {
  'holdtill.open': 'Retener un importe',
  'holdtill.openHint': 'Retén ahora un importe en la tarjeta del cliente y cóbralo más tarde en Retenciones.',
  'holdtill.title': 'Retener un importe en una tarjeta',
  'holdtill.amount': 'Importe a retener',
  'holdtill.amountHint':
    'Todavía no se cobra nada: el banco reserva este importe hasta que lo cobres o lo liberes.',
  'holdtill.where': 'Tarjeta',
  'holdtill.noWhere': 'Elige el lector o una tarjeta guardada para la retención.',
  'holdtill.atReader': 'En el lector: {reader}',
  'holdtill.onCard': '{brand} •••• {last4}, tarjeta guardada',
  'holdtill.hold': 'Retener',
  'holdtill.close': 'Cerrar',
  'holdtill.cancel': 'Cancelar la retención',
  'holdtill.done': 'Hecho',
  'holdtill.held': '{amount} está retenido en {brand} •••• {last4}. Cóbralo o libéralo en Retenciones.',
  'holdtill.failed': 'No se hizo ninguna retención: {reason}',
  'holdtill.canceled': 'La retención se canceló; no se retuvo nada en la tarjeta.',
  'holdtill.capturedRest': '{amount} cobrado; los otros {rest} volvieron a la tarjeta.',
  'holdtill.demo.visa': 'Presentar una tarjeta Visa',
  'holdtill.demo.mastercard': 'Presentar una Mastercard',
  'holdtill.demo.declined': 'Presentar una tarjeta que el banco rechaza',
  'holdtill.demo.insufficientFunds': 'Presentar una tarjeta sin fondos',
  'holdtill.refundReason': 'Motivo',
  'holdtill.reason.requested_by_customer': 'El cliente lo pidió',
  'holdtill.reason.duplicate': 'Cobrado dos veces',
  'holdtill.reason.fraudulent': 'Fraude: la tarjeta no era del cliente',
  'holdtill.cancelSetup': 'Dejar de esperar la tarjeta',
  'err.holds.notWaiting': 'Esta retención no está esperando una tarjeta en el lector ahora.',
  'alert.holdCaptureLess':
    'Una retención debía cobrar {asked} para el pedido n.º {number}, pero ahora el pedido debe menos. Solo se cobró lo debido, {amount}; el resto volvió a la tarjeta.',
  'alert.holdCaptureReleased':
    'Una retención debía cobrar {asked} para el pedido n.º {number}, pero ahora el pedido no debe nada (pagado de otra forma o anulado). La retención se liberó; no se cobró nada de la tarjeta.',
  'alert.holdCaptureUnrecorded':
    'Stripe cobró {amount} ({ref}) de una retención para el pedido n.º {number}, pero mientras tanto el pedido se pagó de otra forma. Reembolsa la tarjeta en el panel de Stripe o arréglalo con el cliente.',
  'alert.unmatchedHold':
    'Stripe tiene una retención {ref} de {amount} ({status, select, requires_capture {retenida} succeeded {cobrada} canceled {liberada} other {{status}}}) hecha por esta caja que no corresponde a ninguna retención aquí. Revísala en el panel de Stripe y libérala si nadie la necesita.',
  'alert.unmatchedSetup':
    'Stripe tiene {kind, select, validation {una verificación de tarjeta} other {un guardado de tarjeta}} {ref} hecho por esta caja que no corresponde a ninguna tarjeta de cliente aquí. Revísalo en el panel de Stripe.',
};
