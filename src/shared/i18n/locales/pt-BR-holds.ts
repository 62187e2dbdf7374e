/** Português (Brasil): pré-autorizações e comandas (en-holds.ts). */
import type { HoldMessages } from '../en-holds.ts';

export const holdMessages: HoldMessages = {
  'holds.title': 'Pré-autorizações',
  'holds.empty': 'Nenhuma pré-autorização de cartão aberta.',
  'holds.colAmount': 'Reservado',
  'holds.colCard': 'Cartão',
  'holds.colCustomer': 'Cliente',
  'holds.colOrder': 'Pedido',
  'holds.colExpires': 'Expira',
  'holds.colState': 'Situação',
  'holds.orderOpen': 'Aberto, faltam {remaining}',
  'holds.orderNumber': 'Nº {number}',
  'holds.noCustomer': 'Sem cliente',
  'holds.cardUnknown': 'Cartão ainda não lido',
  'holds.expiresSoon': 'Expira em breve: capture ou libere',
  'holds.capture': 'Capturar',
  'holds.captureAll': 'Capturar tudo',
  'holds.captureAmount': 'Valor a capturar',
  'holds.captureHint': 'Até {amount}. O restante volta para o cartão.',
  'holds.increase': 'Aumentar',
  'holds.increaseTo': 'Novo valor reservado',
  'holds.release': 'Liberar',
  'holds.capturedDone': '{amount} capturados; o restante da pré-autorização foi liberado.',
  'holds.releasedDone': 'A pré-autorização foi liberada; nada foi cobrado do cartão.',
  'holds.increasedDone': 'A pré-autorização agora é de {amount}.',
  'holds.state.opening': 'Consultando a Stripe…',
  'holds.state.waiting': 'Aguardando o cartão na maquininha',
  'holds.state.held': 'Reservado',
  'holds.state.capturing': 'Capturando…',
  'holds.state.captured': 'Capturado',
  'holds.state.releasing': 'Liberando…',
  'holds.state.released': 'Liberado',
  'holds.state.expired': 'Expirado: o banco liberou',
  'holds.state.failed': 'Não reservado',
  'err.holds.notConnected':
    'A Stripe ainda não está conectada neste caixa, então não é possível reservar. Tente de novo em instantes.',
  'err.holds.unknown': 'Esta pré-autorização não está neste caixa. Abra a lista de novo.',
  'err.holds.notStripe':
    'Uma pré-autorização precisa de um método de cartão da Stripe. Escolha um que envie para uma maquininha Stripe.',
  'err.holds.amountPositive': 'Digite um valor maior que zero.',
  'err.holds.readerUnknown':
    'A Stripe não tem maquininha com o número de série {serial}. Verifique o método de cartão em Preferências.',
  'err.holds.cardUnknown':
    'Este cartão não está mais salvo para o cliente. Escolha outro cartão ou use a maquininha.',
  'err.holds.captureMoreThanHeld':
    'É mais do que o reservado. Capture no máximo o valor reservado ou aumente a reserva antes.',
  'err.holds.captureMoreThanDue':
    'É mais do que o pedido ainda deve. Capture no máximo o devido; o restante é liberado.',
  'err.holds.notHeld':
    'Esta pré-autorização não está mais aberta e não pode ser alterada. Abra a lista de novo.',
  'err.holds.increaseOnline':
    'A Stripe não pode aumentar uma reserva em cartão salvo (na UE reservas on-line não podem ser aumentadas). Libere-a e abra uma nova com o valor maior.',
  'err.holds.increaseNotSupported':
    'Este cartão ou reserva não permite aumento (só Visa, Mastercard, American Express e Discover na maquininha). Libere-a e abra uma nova com o valor maior.',
  'err.holds.increaseNotMore': 'Digite um novo valor maior que o reservado agora.',
  'err.holds.increaseDeclined': 'O banco recusou o aumento ({code}). A reserva mantém o valor anterior.',
  'err.holds.increaseRefused': 'A Stripe recusou o aumento ({code}). A reserva mantém o valor anterior.',
};
