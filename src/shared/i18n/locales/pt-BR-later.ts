/** Cobrança posterior em um cartão salvo (issue 13, STO-9). */
import type { LaterMessages } from '../en-later.ts';

export const laterMessages: LaterMessages = {
  'later.open': 'Cobrar mais tarde…',
  'later.title': 'Cobrar o cartão mais tarde',
  'later.when': 'Cobrar em (data e hora)',
  'later.hint': 'O piloto automático cobra o cartão sozinho nesse horário. A venda fica aberta até lá.',
  'later.submit': 'Agendar {amount}',
  'later.cancel': 'Cancelar',
  'later.noCard': 'Escolha primeiro um dos cartões salvos do cliente.',
  'later.noTime': 'Informe a data e a hora da cobrança.',
  'later.scheduled':
    '{amount} serão cobrados em {card} em {when}. A venda fica aberta até lá; a cobrança aparece em Preferências, Piloto automático.',
  'later.nextSale': 'Próxima venda',
  'tabs.prepayCash': 'Receber antes {amount} em dinheiro',
  'tabs.prepaying': 'Recebendo o adiantamento de {amount}…',
  'tabs.prepaid': 'O adiantamento de {amount} foi recebido em dinheiro.',
  'err.autopilot.dueInPast': 'Esse horário já passou. Escolha uma data e uma hora no futuro.',
};
