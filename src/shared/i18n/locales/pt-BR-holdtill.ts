/** Português (Brasil): pré-autorizações no caixa (en-holdtill.ts). */
import type { HoldTillMessages } from '../en-holdtill.ts';

export const holdTillMessages: HoldTillMessages = {
  'holdtill.open': 'Reservar um valor',
  'holdtill.openHint': 'Reserve agora um valor no cartão do cliente e capture-o depois em Pré-autorizações.',
  'holdtill.title': 'Reservar um valor em um cartão',
  'holdtill.amount': 'Valor a reservar',
  'holdtill.amountHint':
    'Nada é cobrado ainda: o banco reserva este valor para você até que você o capture ou libere.',
  'holdtill.where': 'Cartão',
  'holdtill.noWhere': 'Escolha a maquininha ou um cartão salvo para a pré-autorização.',
  'holdtill.atReader': 'Na maquininha: {reader}',
  'holdtill.onCard': '{brand} •••• {last4}, cartão salvo',
  'holdtill.hold': 'Reservar',
  'holdtill.close': 'Fechar',
  'holdtill.cancel': 'Cancelar a pré-autorização',
  'holdtill.done': 'Pronto',
  'holdtill.held': '{amount} está reservado no {brand} •••• {last4}. Capture ou libere em Pré-autorizações.',
  'holdtill.failed': 'Nenhuma pré-autorização foi feita: {reason}',
  'holdtill.canceled': 'A pré-autorização foi cancelada; nada foi reservado no cartão.',
  'holdtill.capturedRest': '{amount} capturado; os outros {rest} voltaram para o cartão.',
  'holdtill.demo.visa': 'Apresentar um cartão Visa',
  'holdtill.demo.mastercard': 'Apresentar um Mastercard',
  'holdtill.demo.declined': 'Apresentar um cartão que o banco recusa',
  'holdtill.demo.insufficientFunds': 'Apresentar um cartão sem saldo',
  'holdtill.refundReason': 'Motivo',
  'holdtill.reason.requested_by_customer': 'O cliente pediu',
  'holdtill.reason.duplicate': 'Cobrado duas vezes',
  'holdtill.reason.fraudulent': 'Fraude: o cartão não era do cliente',
  'holdtill.cancelSetup': 'Parar de esperar o cartão',
  'err.holds.notWaiting': 'Esta pré-autorização não está esperando um cartão na maquininha agora.',
  'alert.holdCaptureLess':
    'Uma pré-autorização ia capturar {asked} para o pedido nº {number}, mas agora o pedido deve menos. Só o devido, {amount}, foi capturado; o restante voltou para o cartão.',
  'alert.holdCaptureReleased':
    'Uma pré-autorização ia capturar {asked} para o pedido nº {number}, mas agora o pedido não deve nada (pago de outra forma ou cancelado). A pré-autorização foi liberada; nada foi cobrado do cartão.',
  'alert.holdCaptureUnrecorded':
    'A Stripe capturou {amount} ({ref}) de uma pré-autorização do pedido nº {number}, mas nesse meio-tempo o pedido foi pago de outra forma. Estorne o cartão no painel da Stripe ou acerte com o cliente.',
  'alert.unmatchedHold':
    'A Stripe tem uma pré-autorização {ref} de {amount} ({status, select, requires_capture {reservada} succeeded {capturada} canceled {liberada} other {{status}}}) feita por este caixa que não corresponde a nenhuma pré-autorização aqui. Confira no painel da Stripe e libere se ninguém precisar dela.',
  'alert.unmatchedSetup':
    'A Stripe tem {kind, select, validation {uma verificação de cartão} other {um cadastro de cartão}} {ref} feito por este caixa que não corresponde a nenhum cartão de cliente aqui. Confira no painel da Stripe.',
};
