import type { enCore } from '../en-core.ts';

/** Las palabras del núcleo fuera de una ventana: avisos, encabezados de los CSV, página de prueba, arranque fallido. */
export const coreMessages: Record<keyof typeof enCore, string> = {
  'alert.integrityUnchecked':
    'No se pudo comprobar si la base de datos está dañada en este arranque. Se sigue vendiendo con normalidad; si vuelve a pasar, avisa al servicio informático y entrégale el archivo de registro.',
  'alert.integrityFailed':
    'La base de datos no ha superado la comprobación de integridad. Sigue vendiendo solo en efectivo y pide al servicio informático que restaure la última copia de seguridad.',
  'alert.mpReceiver':
    'Kassa no puede recibir las notificaciones de Mercado Pago en {host}:{port} ({error}). Los pagos con tarjeta se siguen actualizando con una consulta cada pocos segundos; elige otra dirección u otro puerto en los ajustes de Mercado Pago.',
  'alert.unmatchedPayment':
    '{provider} tiene un pago {ref} de {amount} ({phase, select, succeeded {cobrado} authorized {autorizado, aún sin cobrar} canceled {cancelado} declined {rechazado} failed {fallido} other {{phase}}}) que no corresponde a ningún pedido de esta caja. Revísalo en el panel (Dashboard) de {provider}.',
  'alert.unmatchedEvent':
    'Stripe tiene un pago {ref} de {amount} ({event}) que no corresponde a ningún pedido de esta caja. Revísalo en el panel (Dashboard) de Stripe.',
  'alert.disputed':
    'Un cliente ha disputado con su banco un pago de {amount} ({reason}). Responde en el panel (Dashboard) de Stripe antes del {due}.',
  'alert.remotePaid':
    '{name} pagó por enlace su pedido {fulfilment, select, pickup {para recoger} delivery {a domicilio} phone {telefónico} other {{fulfilment}}}.',
  'alert.forcedNotReceived':
    'Un pago con tarjeta de {amount} que se forzó como pagado NO lo ha recibido {provider}. Cóbralo de otra forma.',
  'alert.repairOrderClosed':
    'Un pago con tarjeta de {amount} se completó en el proveedor, pero su pedido está {status, select, paid {pagado} voided {anulado} other {abierto}} y no puede contarlo. Revisa el pedido y reembolsa la tarjeta si el cliente pagó dos veces.',
  'alert.repairNoAttempt':
    'Un pago con tarjeta de {amount} consta como pagado, pero Kassa no tiene constancia de haberlo enviado a una terminal. Revisa el panel del proveedor y cóbralo de otra forma si no aparece.',
  'alert.repairEnded':
    'Un pago con tarjeta de {amount} consta como pagado, pero el proveedor lo cerró como {state, select, declined {rechazado} canceled {cancelado} failed {fallido} other {{state}}}. Revisa el panel del proveedor y cóbralo de otra forma si el dinero no está.',
  'alert.noKeyring':
    'Este ordenador no tiene un llavero para Kassa ({backend}), así que las claves de los proveedores de pago solo están protegidas por un archivo de clave que puede leer cualquiera que inicie sesión en esta cuenta del ordenador. Pide al servicio informático que configure GNOME Keyring o KWallet y vuelve a iniciar Kassa.',
  'alert.secretUnreadable':
    'Kassa ya no puede leer {name}: el llavero de este ordenador ha cambiado. Vuelve a introducir ese dato en Preferencias, en Perfiles de Stripe o en Mercado Pago.',

  'secret.mpAccessToken': 'el token de acceso de Mercado Pago',
  'secret.mpWebhookSecret': 'el secreto del webhook de Mercado Pago',
  'secret.stripeKey': 'la clave secreta de Stripe del perfil «{profile}»',

  'csv.book.at': 'Fecha y hora',
  'csv.book.order': 'Número de pedido',
  'csv.book.type': 'Tipo',
  'csv.book.method': 'Forma de pago',
  'csv.book.journal': 'Diario',
  'csv.book.amount': 'Importe',
  'csv.book.brand': 'Marca de la tarjeta',
  'csv.book.last4': 'Últimos 4 dígitos',
  'csv.book.outstanding': 'Cuenta de cobros pendientes',
  'csv.book.intermediary': 'Cuenta puente',
  'csv.book.defaults': 'Cuentas predeterminadas',
  'csv.book.reconcile': 'Por conciliar',
  'csv.book.orderId': 'ID del pedido',
  'csv.book.payment': 'pago',
  'csv.book.refund': 'reembolso',
  'csv.book.outstandingOnly': 'solo cobros pendientes',
  'csv.book.intermediaryOnly': 'solo puente',
  'csv.currency': 'Moneda',
  'csv.yes': 'sí',
  'csv.no': 'no',
  'csv.sales.payments': 'Pagos',

  'app.startFailedTitle': 'Kassa no puede iniciarse',
  'app.startFailed': 'Kassa no pudo iniciarse (carpeta de datos {folder}): {reason}',
  'app.startFailedLog':
    'Si vuelve a pasar, llama al servicio informático y entrégale el archivo de registro: {file}',

  'printing.testSize': '{columns} columnas, {paper} mm',

  'refundFailure.release': 'No se pudo liberar la preautorización.',
  'refundFailure.lostOrStolen': 'La tarjeta figura como perdida o robada: devuelve el dinero de otra forma.',
  'refundFailure.expiredOrCanceled':
    'La tarjeta ha caducado o se ha cancelado: devuelve el dinero de otra forma.',
  'refundFailure.disputed': 'El pago está en disputa, así que ahora no se puede reembolsar.',
  'refundFailure.other':
    'El banco de la tarjeta rechazó el reembolso ({code}): devuelve el dinero de otra forma.',
};
