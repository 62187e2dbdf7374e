/** Español: tarjetas guardadas en la caja y Preferencias → Tarjetas (issue 13, h-cards-ui). */
import type { CardsUiMessages } from '../en-cardsui.ts';

export const cardsUiMessages: CardsUiMessages = {
  'cardsui.open': 'Tarjetas guardadas de {name}',
  'cardsui.title': 'Tarjetas guardadas — {name}',
  'cardsui.none':
    'Aún no hay ninguna tarjeta guardada. Guarde una en el lector o envíe un enlace al cliente.',
  'cardsui.list': 'Tarjetas guardadas',
  'cardsui.expires': 'caduca {date}',
  'cardsui.remove': 'Quitar',
  'cardsui.removeCard': 'Quitar {brand} terminada en {last4}',
  'cardsui.removeConfirm':
    '¿Quitar {brand} terminada en {last4}? También se quita en Stripe y ya no se podrá cobrar.',
  'cardsui.keep': 'Conservar la tarjeta',
  'cardsui.removeYes': 'Quitar la tarjeta',
  'cardsui.add': 'Guardar una tarjeta nueva',
  'cardsui.reader': 'Lector',
  'cardsui.close': 'Cerrar',
  'cardsui.byLink': 'Con enlace o código QR',
  'cardsui.atReader': 'En el lector',
  'cardsui.readerTitle': 'Guardando una tarjeta en {reader}',
  'cardsui.linkTitle': 'Guardando una tarjeta en el teléfono del cliente',
  'cardsui.step.present': 'El cliente acerca o inserta la tarjeta',
  'cardsui.step.hold': 'Se autoriza una comprobación de {amount}',
  'cardsui.step.release': 'Se libera la comprobación (no se cobra nada)',
  'cardsui.step.saved': 'La tarjeta queda guardada',
  'cardsui.state.creating': 'Iniciando…',
  'cardsui.state.waitingReader': 'Esperando la tarjeta en el lector',
  'cardsui.state.waitingLink': 'Esperando a que el cliente guarde la tarjeta en la página',
  'cardsui.state.validating': 'Comprobando la tarjeta…',
  'cardsui.state.releasing': 'Liberando la comprobación…',
  'cardsui.state.saved': 'Tarjeta guardada',
  'cardsui.state.refused': 'Tarjeta no guardada',
  'cardsui.state.failed': 'Tarjeta no guardada',
  'cardsui.state.canceled': 'Cancelado',
  'cardsui.qr': 'Código QR de la página para guardar una tarjeta',
  'cardsui.url': 'Dirección de la página',
  'cardsui.mailSubject': 'Guarde su tarjeta en {store}',
  'cardsui.mailBody': 'Guarde su tarjeta para {store} en esta página segura de Stripe: {url}',
  'cardsui.saved': 'Guardada: {brand} terminada en {last4}.',
  'cardsui.holdReleased': 'La comprobación de {amount} se ha liberado.',
  'cardsui.demo.visa': 'Presentar una tarjeta Visa',
  'cardsui.demo.mastercard': 'Presentar una Mastercard',
  'cardsui.demo.chargeDeclined': 'Presentar una tarjeta que el banco rechaza',
  'cardsui.demo.insufficientFunds': 'Presentar una tarjeta sin fondos',
  'cardsui.back': 'Volver a las tarjetas',
  'cardsui.backHint':
    'Puede volver: cuando el cliente termine, la caja guarda igualmente la tarjeta en menos de un minuto.',
  'cardsui.fail.brand':
    'Esta caja no acepta tarjetas {brand}, así que la tarjeta no se ha guardado. Pida una tarjeta de otra marca.',
  'cardsui.fail.cvc':
    'El banco no confirmó el código de seguridad de la tarjeta, así que no se ha guardado. Pida al cliente que lo intente de nuevo o use otra tarjeta.',
  'cardsui.fail.linkExpired':
    'La página caducó antes de que el cliente guardara una tarjeta. Empiece de nuevo para crear otra.',
  'cardsui.fail.notReusable': 'Esta tarjeta no se puede guardar para cobros posteriores. Pida otra tarjeta.',
  'cardsui.fail.stale':
    'Stripe no respondió durante demasiado tiempo, así que no se avisó al lector. Empiece de nuevo.',
  'cardsui.fail.hold': 'Se rechazó la comprobación de la tarjeta, así que no se ha guardado: {reason}',
  'err.cards.noReader':
    'Esta caja no tiene ningún lector de Stripe configurado. Añada uno en Preferencias → Lectores y ubicaciones de Stripe, o guarde la tarjeta con un enlace.',
  'err.cards.readerUnknown':
    'Stripe no conoce el lector de «{method}». Revise su número de serie en Preferencias → Medios de pago.',
  'err.cards.notWaiting': 'El lector no está esperando ninguna tarjeta ahora.',
  'check.cardsValidatingAmount':
    'Indique el importe de la comprobación como cantidad de dinero, o 0 para no comprobar.',
  'check.cardsValidatingAmountMax':
    'Es demasiado para una comprobación: es un importe pequeño que se libera al momento.',
  'check.cardsBrands': 'Elija al menos una marca de tarjeta que aceptar.',
  'prefs.cards.title': 'Tarjetas',
  'prefs.cards.summary':
    'Guardar las tarjetas de los clientes: importe de comprobación, página de Stripe, marcas aceptadas.',
  'prefs.cards.keywords':
    'tarjetas guardadas tarjeta tokenizar comprobación preautorización cvc cvv código de seguridad dirección de facturación marca',
  'prefs.cards.noProfile': 'Conecte Stripe primero (Perfiles de Stripe): las tarjetas se guardan en Stripe.',
  'prefs.cards.profile': 'Perfil de Stripe',
  'prefs.cards.helpTitle': 'Qué hacen estos ajustes',
  'prefs.cards.helpHold':
    'La comprobación se autoriza en la tarjeta al guardarla y se libera al momento, así que no se cobra nada. Una tarjeta que el banco rechaza no se guarda. Con 0 se guardan sin comprobación.',
  'prefs.cards.helpCvc':
    'La página de Stripe siempre pide el código de seguridad (CVC), y una tarjeta en el lector se lee del chip o sin contacto, así que no tiene. «Exigir un código de seguridad confirmado» guarda una tarjeta de la página solo si el banco confirmó el código.',
  'prefs.cards.helpBrands':
    'Una tarjeta de una marca que no acepta se rechaza con un mensaje claro y se quita en Stripe.',
  'prefs.cards.holdCard': 'Comprobación al guardar una tarjeta',
  'prefs.cards.validatingAmount': 'Importe de la comprobación ({currency})',
  'prefs.cards.validatingHint': 'Se autoriza y se libera al momento; 0 para no comprobar.',
  'prefs.cards.pageCard': 'Página de Stripe',
  'prefs.cards.requireCvc': 'Exigir un código de seguridad confirmado',
  'prefs.cards.requireCvcHint':
    'Solo para tarjetas guardadas en la página; en el lector no hay código que comprobar.',
  'prefs.cards.billingAddress': 'Pedir la dirección de facturación',
  'prefs.cards.billingAddressHint':
    'Si no, Stripe pide solo lo que la tarjeta necesita (a menudo el código postal).',
  'prefs.cards.brands': 'Marcas aceptadas',
  'prefs.cards.brandsHint': 'Las tarjetas de otras marcas no se guardan.',
};
