import type { enCore } from '../en-core.ts';

/** As palavras do núcleo fora de uma janela: alertas, cabeçalhos dos CSV, página de teste, falha ao iniciar. */
export const coreMessages: Record<keyof typeof enCore, string> = {
  'alert.integrityUnchecked':
    'Não foi possível verificar se o banco de dados está danificado nesta inicialização. As vendas continuam normalmente; se isso se repetir, avise o suporte de TI e entregue o arquivo de log.',
  'alert.integrityFailed':
    'O banco de dados não passou na verificação de integridade. Continue vendendo só em dinheiro e peça ao suporte de TI para restaurar o último backup.',
  'alert.mpReceiver':
    'O Kassa não consegue receber as notificações do Mercado Pago em {host}:{port} ({error}). Os pagamentos com cartão continuam sendo atualizados com uma consulta a cada poucos segundos; escolha outro endereço ou outra porta nas configurações do Mercado Pago.',
  'alert.unmatchedPayment':
    '{provider} tem um pagamento {ref} de {amount} ({phase, select, succeeded {pago} authorized {autorizado, ainda não capturado} canceled {cancelado} declined {recusado} failed {com falha} other {{phase}}}) que não corresponde a nenhum pedido deste caixa. Confira no painel (Dashboard) do {provider}.',
  'alert.unmatchedEvent':
    'O Stripe tem um pagamento {ref} de {amount} ({event}) que não corresponde a nenhum pedido deste caixa. Confira no painel (Dashboard) do Stripe.',
  'alert.disputed':
    'Um cliente contestou com o banco um pagamento de {amount} ({reason}). Responda no painel (Dashboard) do Stripe até {due}.',
  'alert.remotePaid':
    '{name} pagou por link o pedido {fulfilment, select, pickup {para retirada} delivery {para entrega} phone {por telefone} other {{fulfilment}}}.',
  'alert.forcedNotReceived':
    'Um pagamento com cartão de {amount} que foi forçado como pago NÃO foi recebido pelo {provider}. Receba de outra forma.',
  'alert.repairOrderClosed':
    'Um pagamento com cartão de {amount} foi aprovado no provedor, mas o pedido está {status, select, paid {pago} voided {cancelado} other {aberto}} e não pode contá-lo. Confira o pedido e estorne o cartão se o cliente pagou duas vezes.',
  'alert.repairNoAttempt':
    'Um pagamento com cartão de {amount} consta como pago, mas o Kassa não tem registro de tê-lo enviado a uma maquininha. Confira o painel do provedor e receba de outra forma se ele não estiver lá.',
  'alert.repairEnded':
    'Um pagamento com cartão de {amount} consta como pago, mas o provedor o encerrou como {state, select, declined {recusado} canceled {cancelado} failed {com falha} other {{state}}}. Confira o painel do provedor e receba de outra forma se o dinheiro não estiver lá.',
  'alert.noKeyring':
    'Este computador não tem um chaveiro para o Kassa ({backend}), então as chaves dos provedores de pagamento só estão protegidas por um arquivo de chave que qualquer pessoa que entre nesta conta do computador pode ler. Peça ao suporte de TI para configurar o GNOME Keyring ou o KWallet e inicie o Kassa de novo.',
  'alert.secretUnreadable':
    'O Kassa não consegue mais ler {name}: o chaveiro deste computador mudou. Informe de novo em Preferências, em Perfis Stripe ou Mercado Pago.',

  'secret.mpAccessToken': 'o token de acesso do Mercado Pago',
  'secret.mpWebhookSecret': 'o segredo do webhook do Mercado Pago',
  'secret.stripeKey': 'a chave secreta do Stripe do perfil “{profile}”',

  'csv.book.at': 'Data e hora',
  'csv.book.order': 'Número do pedido',
  'csv.book.type': 'Tipo',
  'csv.book.method': 'Forma de pagamento',
  'csv.book.journal': 'Diário',
  'csv.book.amount': 'Valor',
  'csv.book.brand': 'Bandeira do cartão',
  'csv.book.last4': 'Últimos 4 dígitos',
  'csv.book.outstanding': 'Conta a receber',
  'csv.book.intermediary': 'Conta transitória',
  'csv.book.defaults': 'Contas padrão',
  'csv.book.reconcile': 'A conciliar',
  'csv.book.orderId': 'ID do pedido',
  'csv.book.payment': 'pagamento',
  'csv.book.refund': 'estorno',
  'csv.book.outstandingOnly': 'só a receber',
  'csv.book.intermediaryOnly': 'só transitória',
  'csv.currency': 'Moeda',
  'csv.yes': 'sim',
  'csv.no': 'não',
  'csv.sales.payments': 'Pagamentos',

  'app.startFailedTitle': 'O Kassa não consegue iniciar',
  'app.startFailed': 'O Kassa não conseguiu iniciar (pasta de dados {folder}): {reason}',
  'app.startFailedLog': 'Se isso se repetir, chame o suporte de TI e entregue o arquivo de log: {file}',

  'printing.testSize': '{columns} colunas, {paper} mm',

  'refundFailure.release': 'Não foi possível liberar a pré-autorização.',
  'refundFailure.lostOrStolen': 'O cartão consta como perdido ou roubado: devolva o dinheiro de outra forma.',
  'refundFailure.expiredOrCanceled':
    'O cartão está vencido ou foi cancelado: devolva o dinheiro de outra forma.',
  'refundFailure.disputed': 'O pagamento está em contestação, então não pode ser estornado agora.',
  'refundFailure.other': 'O banco do cartão recusou o estorno ({code}): devolva o dinheiro de outra forma.',
};
