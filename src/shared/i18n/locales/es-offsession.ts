/** Cobros posteriores en una tarjeta guardada (issue 13.4). */
export const offSessionMessages = {
  'offsession.method': 'Tarjeta guardada',
  'offsession.title': 'Cobrar una tarjeta guardada',
  'offsession.forCustomer': 'Tarjetas guardadas de {name}',
  'offsession.card': '{brand} •••• {last4}, vence {month}/{year}',
  'offsession.charge': 'Cobrar {amount}',
  'offsession.charging': 'Cobrando la tarjeta…',
  'offsession.approved': 'Aprobado: {amount} cobrados a {brand} •••• {last4}.',
  'offsession.declined': 'No se cobró.',
  'offsession.needsCustomer':
    'El banco pide que el cliente confirme este pago. Que escanee el código o abra el enlace en su teléfono; la venta se completa cuando confirme.',
  'offsession.waitingLink': 'Pidiendo el enlace a Stripe…',
  'offsession.openLink': 'Abrir el enlace',
  'offsession.tryAgain': 'Cobrar de nuevo',
  'offsession.cancel': 'Cancelar el cobro',
  'offsession.back': 'Elegir otra forma de pago',
  'offsession.noCards': 'Este cliente no tiene tarjetas guardadas.',
  'decline.authRequired':
    'El banco pide que el cliente confirme el pago personalmente. Envíele el enlace o pida otra forma de pago.',
  'decline.authFailed':
    'El cliente no confirmó el pago con su banco. Cobre de nuevo para obtener un enlace nuevo o pida otra forma de pago.',
  'err.offsession.noCard':
    'Esta tarjeta ya no está guardada para el cliente. Elija otra tarjeta guardada u otra forma de pago.',
  'err.offsession.otherCustomer':
    'Esta tarjeta es de otro cliente. Elija una tarjeta del cliente de esta venta.',
  'err.offsession.noStripeMethod':
    'No hay un método de pago de Stripe para la cuenta donde se guardó esta tarjeta. Añádalo en Preferencias, Métodos de pago.',
};
