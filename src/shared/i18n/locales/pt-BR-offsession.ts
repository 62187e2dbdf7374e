/** Cobranças posteriores em um cartão salvo (issue 13.4). */
export const offSessionMessages = {
  'offsession.method': 'Cartão salvo',
  'offsession.title': 'Cobrar um cartão salvo',
  'offsession.forCustomer': 'Cartões salvos de {name}',
  'offsession.card': '{brand} •••• {last4}, vence em {month}/{year}',
  'offsession.charge': 'Cobrar {amount}',
  'offsession.charging': 'Cobrando o cartão…',
  'offsession.approved': 'Aprovado: {amount} cobrados no {brand} •••• {last4}.',
  'offsession.declined': 'Não cobrado.',
  'offsession.needsCustomer':
    'O banco pede que o cliente confirme este pagamento. Peça para ele ler o código ou abrir o link no celular; a venda é concluída quando ele confirmar.',
  'offsession.waitingLink': 'Pedindo o link à Stripe…',
  'offsession.openLink': 'Abrir o link',
  'offsession.tryAgain': 'Cobrar de novo',
  'offsession.cancel': 'Cancelar a cobrança',
  'offsession.back': 'Escolher outra forma de pagamento',
  'offsession.noCards': 'Este cliente não tem cartões salvos.',
  'decline.authRequired':
    'O banco pede que o próprio cliente confirme este pagamento. Envie o link a ele ou peça outra forma de pagamento.',
  'decline.authFailed':
    'O cliente não confirmou o pagamento com o banco. Cobre de novo para gerar um novo link ou peça outra forma de pagamento.',
  'err.offsession.noCard':
    'Este cartão não está mais salvo para o cliente. Escolha outro cartão salvo ou outra forma de pagamento.',
  'err.offsession.otherCustomer': 'Este cartão é de outro cliente. Escolha um cartão do cliente desta venda.',
  'err.offsession.noStripeMethod':
    'Não há forma de pagamento Stripe para a conta em que este cartão foi salvo. Adicione uma em Preferências, Formas de pagamento.',
};
