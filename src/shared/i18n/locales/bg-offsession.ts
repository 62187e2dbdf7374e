/** Плащания по-късно със запазена карта (issue 13.4). */
export const offSessionMessages = {
  'offsession.method': 'Запазена карта',
  'offsession.title': 'Плащане със запазена карта',
  'offsession.forCustomer': 'Запазени карти на {name}',
  'offsession.card': '{brand} •••• {last4}, валидна до {month}/{year}',
  'offsession.charge': 'Таксуване {amount}',
  'offsession.charging': 'Картата се таксува…',
  'offsession.approved': 'Одобрено: {amount} от {brand} •••• {last4}.',
  'offsession.declined': 'Сумата не е таксувана.',
  'offsession.needsCustomer':
    'Банката иска клиентът сам да потвърди плащането. Нека сканира кода или отвори връзката на телефона си; продажбата приключва, когато потвърди.',
  'offsession.waitingLink': 'Връзката се иска от Stripe…',
  'offsession.openLink': 'Отваряне на връзката',
  'offsession.tryAgain': 'Ново таксуване',
  'offsession.cancel': 'Отказ от таксуването',
  'offsession.back': 'Друг начин на плащане',
  'offsession.noCards': 'Този клиент няма запазена карта.',
  'decline.authRequired':
    'Банката иска клиентът сам да потвърди плащането. Изпратете му връзката или поискайте друг начин на плащане.',
  'decline.authFailed':
    'Клиентът не потвърди плащането в банката си. Таксувайте отново за нова връзка или поискайте друг начин на плащане.',
  'err.offsession.noCard':
    'Тази карта вече не е запазена за клиента. Изберете друга запазена карта или друг начин на плащане.',
  'err.offsession.otherCustomer': 'Тази карта е на друг клиент. Изберете карта на клиента от тази продажба.',
  'err.offsession.noStripeMethod':
    'Няма платежен метод Stripe за акаунта, в който е запазена картата. Добавете такъв в Настройки, Платежни методи.',
};
