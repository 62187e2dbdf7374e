/** Português (Brasil): cartões salvos no caixa e Preferências → Cartões (issue 13, h-cards-ui). */
import type { CardsUiMessages } from '../en-cardsui.ts';

export const cardsUiMessages: CardsUiMessages = {
  'cardsui.open': 'Cartões salvos de {name}',
  'cardsui.title': 'Cartões salvos — {name}',
  'cardsui.none': 'Nenhum cartão salvo ainda. Salve um no leitor ou envie um link ao cliente.',
  'cardsui.list': 'Cartões salvos',
  'cardsui.expires': 'vence {date}',
  'cardsui.remove': 'Remover',
  'cardsui.removeCard': 'Remover {brand} com final {last4}',
  'cardsui.removeConfirm':
    'Remover {brand} com final {last4}? Ele também é removido na Stripe e não poderá mais ser cobrado.',
  'cardsui.keep': 'Manter o cartão',
  'cardsui.removeYes': 'Remover o cartão',
  'cardsui.add': 'Salvar um novo cartão',
  'cardsui.reader': 'Leitor',
  'cardsui.close': 'Fechar',
  'cardsui.byLink': 'Por link ou QR code',
  'cardsui.atReader': 'No leitor',
  'cardsui.readerTitle': 'Salvando um cartão em {reader}',
  'cardsui.linkTitle': 'Salvando um cartão no celular do cliente',
  'cardsui.step.present': 'O cliente aproxima ou insere o cartão',
  'cardsui.step.hold': 'Uma verificação de {amount} é autorizada',
  'cardsui.step.release': 'A verificação é liberada (nada é cobrado)',
  'cardsui.step.saved': 'O cartão é salvo',
  'cardsui.state.creating': 'Iniciando…',
  'cardsui.state.waitingReader': 'Aguardando o cartão no leitor',
  'cardsui.state.waitingLink': 'Aguardando o cliente salvar o cartão na página',
  'cardsui.state.validating': 'Verificando o cartão…',
  'cardsui.state.releasing': 'Liberando a verificação…',
  'cardsui.state.saved': 'Cartão salvo',
  'cardsui.state.refused': 'Cartão não salvo',
  'cardsui.state.failed': 'Cartão não salvo',
  'cardsui.state.canceled': 'Cancelado',
  'cardsui.qr': 'QR code da página para salvar um cartão',
  'cardsui.url': 'Endereço da página',
  'cardsui.mailSubject': 'Salve seu cartão na {store}',
  'cardsui.mailBody': 'Salve seu cartão para {store} nesta página segura da Stripe: {url}',
  'cardsui.saved': 'Salvo: {brand} com final {last4}.',
  'cardsui.holdReleased': 'A verificação de {amount} foi liberada.',
  'cardsui.demo.visa': 'Apresentar um cartão Visa',
  'cardsui.demo.mastercard': 'Apresentar um Mastercard',
  'cardsui.demo.chargeDeclined': 'Apresentar um cartão que o banco recusa',
  'cardsui.demo.insufficientFunds': 'Apresentar um cartão sem saldo',
  'cardsui.back': 'Voltar aos cartões',
  'cardsui.backHint':
    'Você pode voltar: quando o cliente terminar, o caixa ainda salva o cartão em até um minuto.',
  'cardsui.fail.brand':
    'Este caixa não aceita cartões {brand}, então o cartão não foi salvo. Peça um cartão de outra bandeira.',
  'cardsui.fail.cvc':
    'O banco não confirmou o código de segurança do cartão, então ele não foi salvo. Peça ao cliente para tentar de novo ou usar outro cartão.',
  'cardsui.fail.linkExpired':
    'A página expirou antes de o cliente salvar um cartão. Comece de novo para criar outra.',
  'cardsui.fail.notReusable': 'Este cartão não pode ser salvo para cobranças futuras. Peça outro cartão.',
  'cardsui.fail.stale':
    'A Stripe ficou inacessível por tempo demais, então o leitor não foi acionado. Comece de novo.',
  'cardsui.fail.hold': 'A verificação no cartão foi recusada, então o cartão não foi salvo: {reason}',
  'err.cards.noReader':
    'Nenhum leitor Stripe está configurado neste caixa. Adicione um em Preferências → Leitores e locais Stripe, ou salve o cartão por link.',
  'err.cards.readerUnknown':
    'A Stripe não conhece o leitor de “{method}”. Confira o número de série em Preferências → Formas de pagamento.',
  'err.cards.notWaiting': 'O leitor não está aguardando um cartão agora.',
  'check.cardsValidatingAmount':
    'Informe o valor da verificação como quantia em dinheiro, ou 0 para não verificar.',
  'check.cardsValidatingAmountMax': 'É demais para uma verificação: é um valor pequeno, liberado na hora.',
  'check.cardsBrands': 'Escolha pelo menos uma bandeira de cartão para aceitar.',
  'prefs.cards.title': 'Cartões',
  'prefs.cards.summary':
    'Salvar os cartões dos clientes: valor de verificação, página da Stripe, bandeiras aceitas.',
  'prefs.cards.keywords':
    'cartões salvos cartão tokenizar verificação pré-autorização cvc cvv código de segurança endereço de cobrança bandeira',
  'prefs.cards.noProfile': 'Conecte a Stripe primeiro (Perfis Stripe): os cartões são salvos na Stripe.',
  'prefs.cards.profile': 'Perfil Stripe',
  'prefs.cards.helpTitle': 'O que estas configurações fazem',
  'prefs.cards.helpHold':
    'A verificação é autorizada no cartão quando ele é salvo e liberada na hora, então nada é cobrado. Um cartão que o banco recusa não é salvo. Com 0, os cartões são salvos sem verificação.',
  'prefs.cards.helpCvc':
    'A página da Stripe sempre pede o código de segurança (CVC), e um cartão no leitor é lido pelo chip ou por aproximação, então não tem código. “Exigir código de segurança confirmado” só salva um cartão da página se o banco confirmou o código.',
  'prefs.cards.helpBrands':
    'Um cartão de uma bandeira não aceita é recusado com uma mensagem clara e removido na Stripe.',
  'prefs.cards.holdCard': 'Verificação ao salvar um cartão',
  'prefs.cards.validatingAmount': 'Valor da verificação ({currency})',
  'prefs.cards.validatingHint': 'Autorizado e liberado na hora; 0 para não verificar.',
  'prefs.cards.pageCard': 'Página da Stripe',
  'prefs.cards.requireCvc': 'Exigir código de segurança confirmado',
  'prefs.cards.requireCvcHint': 'Só para cartões salvos na página; no leitor não há código a verificar.',
  'prefs.cards.billingAddress': 'Pedir o endereço de cobrança',
  'prefs.cards.billingAddressHint':
    'Caso contrário, a Stripe pede só o que o cartão precisa (muitas vezes o CEP).',
  'prefs.cards.brands': 'Bandeiras aceitas',
  'prefs.cards.brandsHint': 'Cartões de outras bandeiras não são salvos.',
};
