/** Português (Brasil): as verificações dos campos dos formulários e as recusas do Mercado Pago (en-fields.ts). */
import type { FieldMessages } from '../en-fields.ts';

export const fieldMessages: FieldMessages = {
  'check.accountCodeLettersDigits': 'Um código de conta tem letras, dígitos, pontos ou hifens, por ex. 1360.',
  'check.amountMoreThanZero': 'O valor precisa ser maior que zero.',
  'check.amountTooLarge': 'Esse valor é grande demais.',
  'check.amountsWholeNumbersCents': 'Os valores são números inteiros de centavos.',
  'check.barcode464Letters': 'Um código de barras tem de 4 a 64 letras ou dígitos.',
  'check.cardLast4Four': 'Os 4 últimos dígitos do cartão são quatro dígitos.',
  'check.cartEmpty': 'O carrinho está vazio.',
  'check.cashRoundingStepLeast': 'O passo de arredondamento do dinheiro é pelo menos 1 (sem arredondamento).',
  'check.cashRoundingStepMost': 'O passo de arredondamento do dinheiro é no máximo 10.000 centavos.',
  'check.cashRoundingStepWhole': 'O passo de arredondamento do dinheiro é um número inteiro de centavos.',
  'check.chooseCountry': 'Escolha um país.',
  'check.chooseCountryFromList': 'Escolha o país na lista.',
  'check.chooseCurrency': 'Escolha uma moeda.',
  'check.chooseJournalCashBank': 'Escolha o diário: dinheiro ou banco.',
  'check.chooseLanguageRegion': 'Escolha um idioma e uma região.',
  'check.chooseLeastOneItem': 'Escolha pelo menos um item para devolver.',
  'check.chooseFulfilment':
    'Escolha como o pedido chega ao cliente: retirada na loja, entrega ou por telefone.',
  'check.chooseLeastOneWay': 'Escolha pelo menos uma forma de pagamento por link.',
  'check.choosePaymentTerminalNone': 'Escolha a maquininha: nenhuma, Stripe ou Mercado Pago.',
  'check.chooseRoleCashierManager': 'Escolha uma função: operador de caixa, gerente ou proprietário.',
  'check.chooseWhatGroupSales':
    'Escolha como agrupar as vendas: por dia, hora, categoria, produto, funcionário ou forma de pagamento.',
  'check.colorWritten3b82f6': 'Uma cor se escreve como #3b82f6.',
  'check.countLeastCash': 'Conte pelo menos o dinheiro.',
  'check.countNegative': 'Uma contagem não pode ser negativa.',
  'check.countedAmountNegative': 'Um valor contado não pode ser negativo.',
  'check.discountEitherPercentageAmount': 'Um desconto é uma porcentagem ou um valor, não os dois.',
  'check.discountLimitLeast0': 'O limite de desconto é pelo menos 0 % (todo desconto precisa de um gerente).',
  'check.discountLimitMost100':
    'O limite de desconto é no máximo 100 % (nenhum desconto precisa de um gerente).',
  'check.discountMoreThan100': 'Um desconto não pode passar de 100 %.',
  'check.discountNegative': 'Um desconto não pode ser negativo.',
  'check.eMailAddressMost': 'Um endereço de e-mail tem no máximo 254 caracteres.',
  'check.enterMinutesWholeNumber': 'Digite os minutos como número inteiro.',
  'check.fileMaxDays':
    'Um arquivo cobre no máximo {days} dias: escolha um primeiro dia mais tarde ou um último dia mais cedo.',
  'check.giveDateYyyyMm': 'Informe a data como AAAA-MM-DD (YYYY-MM-DD).',
  'check.giveDiscountWholeNumber':
    'Informe o desconto como número inteiro de centésimos de ponto percentual.',
  'check.giveMethodsTheirNew': 'Informe as formas de pagamento na nova ordem.',
  'check.givePrinterName': 'Dê um nome à impressora.',
  'check.giveReasonReturn': 'Informe um motivo para a devolução.',
  'check.giveReasonReturnLeast': 'Informe um motivo para a devolução (pelo menos 3 caracteres).',
  'check.id164Letters': 'Um id tem de 1 a 64 letras, dígitos, - ou _.',
  'check.idRequired': 'É preciso um id.',
  'check.idUuid': 'Um id precisa ser um UUID.',
  'check.kassaDoesNotKnow': 'O Kassa não conhece este código de moeda: confira com a ISO 4217.',
  'check.kassaReadsStoreFiles': 'Esta versão do Kassa lê arquivos de loja da versão 1.',
  'check.labelMaxChars': '{label}: no máximo {max} caracteres.',
  'check.labelRequired': '{label}: campo obrigatório.',
  'check.labelText': '{label}: precisa ser texto.',
  'check.lastDayAfterFirst': 'O último dia precisa ser igual ou posterior ao primeiro.',
  'check.least1ItemComes': 'Em uma linha de devolução volta pelo menos 1 item.',
  'check.limitNegative0Means':
    'O limite não pode ser negativo: 0 significa que todo suprimento e toda sangria precisam de um gerente.',
  'check.limitNegative0Means2':
    'O limite não pode ser negativo: 0 significa que toda diferença precisa de um gerente.',
  'check.limitTooLarge': 'Esse limite é grande demais.',
  'check.limitWholeNumberCents': 'O limite é um número inteiro de centavos.',
  'check.mercadoPagoAccessToken':
    'Um Access Token do Mercado Pago começa com APP_USR- (produção) ou TEST- (credenciais de teste).',
  'check.mercadoPagoPointWorks':
    'O Mercado Pago Point funciona na Argentina, no Brasil, no México e no Chile: escolha um deles.',
  'check.methodAppearsTwiceOrder': 'Uma forma de pagamento aparece duas vezes na ordem.',
  'check.moreNotesCoinsThan': 'São mais cédulas ou moedas do que cabem numa gaveta: confira a contagem.',
  'check.most9999Items': 'Em uma linha voltam no máximo 9.999 itens.',
  'check.noSuchCategory': 'Nenhuma categoria tem o id “{id}”: use um de categories[].id.',
  'check.noSuchStripeProfile': 'Nenhum perfil Stripe tem o id “{id}”: use um de stripeProfiles[].id.',
  'check.noSuchTaxRate': 'Nenhuma alíquota tem o id “{id}”: use um de taxRates[].id.',
  'check.notEMailAddress':
    'Isso não é um endereço de e-mail: confira e digite de novo, como nome@exemplo.com.br.',
  'check.onlyOnePrinterPrint':
    'Só uma impressora pode imprimir os recibos: defina "receipts": true em apenas uma delas.',
  'check.onlyStripeMethodHas': 'Só uma forma de pagamento Stripe tem perfil Stripe.',
  'check.onlyTerminalMethodHas':
    'Só uma forma de pagamento com maquininha tem número de série: remova-o ou escolha a maquininha.',
  'check.orderHaveMost500': 'Um pedido pode ter no máximo 500 linhas.',
  'check.passwordMost512Characters': 'Uma senha tem no máximo 512 caracteres.',
  'check.pasteAccessToken': 'Cole o Access Token, ou deixe o campo como está para manter o salvo.',
  'check.pasteSecretKeyLeave': 'Cole a chave secreta, ou deixe o campo como está para manter a salva.',
  'check.pasteWebhookSecret':
    'Cole a chave secreta do webhook, ou deixe o campo como está para manter a salva.',
  'check.paymentLinkStaysOpen': 'Um link de pagamento fica aberto pelo menos 30 minutos.',
  'check.paymentLinkStaysOpen2': 'Um link de pagamento fica aberto no máximo 24 horas (1.440 minutos).',
  'check.paymentTerminalMethodPosts':
    'Uma forma de pagamento com maquininha é lançada num diário de banco: defina journal como "bank".',
  'check.phoneNumberDigitsSpaces': 'Um telefone tem só dígitos, espaços e + ( ) - / .',
  'check.pin48Digits': 'Um PIN tem de 4 a 8 dígitos.',
  'check.portBetween165535': 'A porta fica entre 1 e 65535, normalmente 465 ou 587.',
  'check.portNumberUsually465': 'A porta é um número, normalmente 465 ou 587.',
  'check.portWholeNumberUsually': 'A porta é um número inteiro, normalmente 465 ou 587.',
  'check.priceNegative': 'Um preço não pode ser negativo.',
  'check.publishableKeyStartsPk': 'Uma chave publicável começa com pk_test_ ou pk_live_.',
  'check.quantityLeast1': 'A quantidade precisa ser pelo menos 1.',
  'check.quantityMost9999': 'A quantidade pode ser no máximo 9.999.',
  'check.quantityNumber': 'A quantidade precisa ser um número.',
  'check.quantityWholeNumber': 'A quantidade precisa ser um número inteiro.',
  'check.rateMoreThanZero': 'Uma taxa de câmbio precisa ser maior que zero.',
  'check.reasonDifference': 'Informe um motivo para a diferença.',
  'check.reasonDifferenceShort': 'Informe um motivo para a diferença (pelo menos 3 caracteres).',
  'check.reasonMost200Characters': 'Um motivo tem no máximo 200 caracteres.',
  'check.reasonPayInOut': 'Informe um motivo para o suprimento ou a sangria.',
  'check.reasonPayInOutShort': 'Informe um motivo para o suprimento ou a sangria (pelo menos 3 caracteres).',
  'check.refundLimitNegative0':
    'O limite de estorno não pode ser negativo: 0 significa que todo estorno precisa de um gerente.',
  'check.refundLimitTooLarge': 'Esse limite de estorno é grande demais.',
  'check.refundLimitWholeNumber':
    'O limite de estorno é um número inteiro da menor unidade da moeda (centavos).',
  'check.reportMaxDays':
    'Um relatório cobre no máximo {days} dias: escolha um primeiro dia mais tarde ou um último dia mais cedo.',
  'check.sayWhetherMemberActive': 'Informe se este funcionário está ativo.',
  'check.sayWhetherMercadoPago': 'Informe se as maquininhas do Mercado Pago estão ligadas.',
  'check.sayWhetherMethodActive': 'Informe se esta forma de pagamento está ativa.',
  'check.sayWhetherMethodNeeds': 'Informe se esta forma de pagamento precisa de um cliente.',
  'check.sayWhetherMethodVoucher': 'Informe se esta forma de pagamento é um vale.',
  'check.sayWhetherPricesInclude': 'Informe se os preços incluem impostos.',
  'check.sayWhetherProductionProfile': 'Informe se este é um perfil de produção.',
  'check.sayWhetherStripeTerminals': 'Informe se as maquininhas da Stripe estão ligadas.',
  'check.sayWhyDrawerOpened': 'Informe por que a gaveta é aberta.',
  'check.sayWhyDrawerOpened2': 'Informe por que a gaveta é aberta (pelo menos 3 caracteres).',
  'check.serialNumberMost100': 'Um número de série tem no máximo 100 caracteres.',
  'check.serialNumberText': 'O número de série precisa ser texto.',
  'check.serverAddressHasOnly':
    'O endereço de um servidor tem só letras, dígitos, pontos e hifens, como smtp.example.com.',
  'check.serverAddressMost253': 'O endereço de um servidor tem no máximo 253 caracteres.',
  'check.startDateBeforeEnd': 'A data de início precisa ser anterior à data de fim.',
  'check.storeCurrencyNeedsNo': 'A moeda da loja não precisa de taxa de câmbio.',
  'check.storeNeedsLeastOne': 'Uma loja precisa de pelo menos uma alíquota.',
  'check.storeNeedsLeastOne2': 'Uma loja precisa de pelo menos uma forma de pagamento.',
  'check.stripeAccountIdStarts': 'Um id de conta Stripe começa com acct_.',
  'check.stripeSecretKeyStarts':
    'Uma chave secreta Stripe começa com sk_test_, sk_live_, rk_test_ ou rk_live_.',
  'check.taxRateMost100': 'Uma alíquota é no máximo 100 % (10000).',
  'check.taxRateNegative': 'Uma alíquota não pode ser negativa.',
  'check.taxRateWholeNumber':
    'Uma alíquota é um número inteiro de centésimos de ponto percentual (1900 = 19 %).',
  'check.thereNoSuchDay': 'Esse dia não existe: confira a data.',
  'check.twoCategoriesHaveSame': 'Duas categorias têm o mesmo id.',
  'check.twoPaymentMethodsHave': 'Duas formas de pagamento têm o mesmo id.',
  'check.twoPaymentMethodsUse': 'Duas formas de pagamento usam o mesmo número de série de maquininha.',
  'check.twoPrintersHaveSame': 'Duas impressoras têm o mesmo id.',
  'check.twoStaffMembersHave': 'Dois funcionários têm o mesmo nome.',
  'check.twoStripeProfilesHave': 'Dois perfis Stripe têm o mesmo id.',
  'check.twoTaxRatesHave': 'Duas alíquotas têm o mesmo id.',
  'check.typeCountedAmount': 'Digite o valor contado.',
  'check.typeCustomerSE': 'Digite o endereço de e-mail do cliente.',
  'check.typeDiscountLimitWhole': 'Digite o limite de desconto como porcentagem inteira, de 0 a 100.',
  'check.typeHowManyCome': 'Digite quantos voltam, como número inteiro.',
  'check.typeHowManyNotes': 'Digite quantas cédulas ou moedas, como número inteiro.',
  'check.typeLeastOneCharacter': 'Digite pelo menos um caractere.',
  'check.typeLimitAmountE': 'Digite o limite como valor, por ex. 50.00.',
  'check.typeLimitAmountE2': 'Digite o limite como valor, por ex. 5.00.',
  'check.typeMailServerS': 'Digite o endereço do servidor de e-mail, como smtp.example.com.',
  'check.typeManagerPin4': 'Digite o PIN do gerente: de 4 a 8 dígitos.',
  'check.typePin48': 'Digite o PIN: de 4 a 8 dígitos.',
  'check.typePrinterSAddress': 'Digite o endereço da impressora (host ou host:porta).',
  'check.typeRateDecimalNumber': 'Digite a taxa como número decimal, por ex. 1.0834.',
  'check.typeRateDecimalNumber2':
    'Digite a taxa como número decimal com ponto, por ex. 1.0834 (no máximo 10 casas decimais).',
  'check.typeRefundLimitAmount': 'Digite o limite de estorno como valor, por ex. 20.00.',
  'check.useThreeLetterIso': 'Use um código ISO 4217 de três letras, como BRL.',
  'check.userNameMost254': 'Um nome de usuário tem no máximo 254 caracteres.',
  'check.writeEMailAddress': 'Escreva o endereço de e-mail como nome@exemplo.com.br.',
  'check.writeLocaleEnDe': 'Escreva o idioma e a região como pt-BR ou en-DE.',
  'check.writeRate10834': 'Escreva uma taxa como 1.0834.',
  'check.receiverNeedsSecret':
    'O receptor de notificações do Mercado Pago precisa da chave secreta do webhook (KASSA_MP_WEBHOOK_SECRET) para conferir as assinaturas.',
  'err.display.cannotRestart':
    'Aqui o Kassa não consegue reiniciar sozinho: feche e abra de novo para os campos de data seguirem o idioma.',
  'err.display.restartWaits': 'Há um pagamento com cartão na maquininha: conclua e depois reinicie o Kassa.',
  'header.datesAfterRestart': 'Os campos de data mudam para este idioma depois de reiniciar.',
  'header.restartNow': 'Reiniciar agora',
  'prefs.mp.note.PDV': 'Modo integrado (PDV): aceita pagamentos com cartão do Kassa.',
  'prefs.mp.note.STANDALONE':
    'Modo autônomo: não aceita pagamentos do Kassa. Mude para o modo integrado e reinicie a maquininha.',
  'prefs.mp.note.UNDEFINED':
    'O Mercado Pago não informa em que modo esta maquininha está. Mude para o modo integrado e reinicie a maquininha.',
  'terminal.modeAlready':
    'A maquininha {serial} já está no modo integrado (PDV). Se ainda recusar pagamentos, reinicie-a.',
  'terminal.modeSwitched':
    'A maquininha {serial} agora está no modo integrado (PDV). Reinicie a maquininha (segure o botão de ligar e toque em Reiniciar) antes do próximo pagamento com cartão.',
  'label.accessToken': 'Access Token',
  'label.accountCode': 'Código da conta',
  'label.accountId': 'Id da conta',
  'label.categoryName': 'Nome da categoria',
  'label.city': 'Cidade',
  'label.customerName': 'Nome do cliente',
  'label.note': 'Observação',
  'label.email': 'Endereço de e-mail',
  'label.label': 'Rótulo',
  'label.location': 'Local',
  'label.methodName': 'Nome da forma de pagamento',
  'label.name': 'Nome',
  'label.phone': 'Telefone',
  'label.postalCode': 'CEP',
  'label.productName': 'Nome do produto',
  'label.profileName': 'Nome do perfil',
  'label.publishableKey': 'Chave publicável',
  'label.registrationCode': 'Código de registro',
  'label.secretKey': 'Chave secreta',
  'label.serialNumber': 'Número de série',
  'label.storeName': 'Nome da loja',
  'label.street': 'Rua e número',
  'label.taxRateName': 'Nome da alíquota',
  'label.tillName': 'Nome do caixa',
  'label.webhookSecret': 'Chave secreta do webhook',
  'label.yourName': 'Seu nome',
  'err.mp.credentials':
    'O Mercado Pago recusou o Access Token: cole o Access Token de produção de “Suas integrações” nas configurações do Mercado Pago.',
  'err.mp.notTerminalOwner':
    'Esta maquininha não pertence à conta do Mercado Pago do Access Token: confira o número de série da maquininha e o Access Token nas configurações do Mercado Pago.',
  'err.mp.terminalQueued':
    'A maquininha ainda tem um pagamento anterior esperando: conclua ou cancele na maquininha e tente de novo.',
  'err.mp.standalone':
    'A maquininha está no modo autônomo e não aceita pagamentos do Kassa: mude para o modo integrado (PDV) nas configurações do Mercado Pago e reinicie a maquininha.',
  'err.mp.modeNotAllowed':
    'O Mercado Pago não deixa o Kassa mudar o modo desta maquininha: mude na própria maquininha.',
  'err.mp.noStorePos':
    'A maquininha não está vinculada a uma loja e a um caixa: configure-os primeiro no app do Mercado Pago.',
  'err.mp.idempotencyUsed':
    'O Mercado Pago já recebeu outra solicitação com a mesma chave: comece uma nova tentativa de pagamento.',
  'err.mp.cannotCancel':
    'O pagamento já chegou à maquininha: cancele na maquininha (botão no canto inferior direito, depois Sim).',
  'err.mp.alreadyCanceled': 'Este pagamento já estava cancelado.',
  'err.mp.orderNotFound':
    'O Mercado Pago não conhece este pagamento: ele nunca foi criado ou tem mais de 3 meses.',
  'err.mp.transactionNotFound':
    'Esse pagamento com cartão não faz parte deste pedido do Mercado Pago: faça o estorno pela venda original.',
  'err.mp.refundExceeds': 'É mais do que resta para estornar neste pagamento: diminua o valor do estorno.',
  'err.mp.refundInProgress':
    'Um estorno deste pagamento ainda está sendo processado: espere alguns minutos e confira de novo.',
  'err.mp.settling':
    'O Mercado Pago ainda está liquidando este pagamento: espere alguns minutos e tente o estorno de novo.',
  'err.mp.refundNotYet': 'O Mercado Pago ainda não permite estornar este pagamento: tente mais tarde.',
  'err.mp.alreadyRefunded': 'Este pagamento já foi estornado por completo.',
  'err.mp.cannotRefund': 'Só um pagamento com cartão concluído pode ser estornado.',
  'err.mp.refundPeriod':
    'O Mercado Pago só estorna pagamentos com cartão por 90 dias e este é mais antigo: devolva o dinheiro ao cliente de outra forma (dinheiro ou transferência bancária).',
  'err.mp.tipFullRefund':
    'Um pagamento com gorjeta só pode ser estornado por completo: estorne o pagamento inteiro.',
  'err.mp.noPartialRefund':
    'O Mercado Pago não permite estorno parcial deste pagamento: estorne por completo ou de outra forma.',
  'err.mp.refundFunds':
    'A conta do Mercado Pago não tem saldo suficiente para este estorno: adicione saldo ou devolva em dinheiro.',
  'err.mp.serverProblem': 'O Mercado Pago teve um problema enquanto o Kassa tentava {doing}. {whenUnsure}',
  'err.mp.tooManyRequests':
    'O Mercado Pago está recebendo solicitações demais: espere alguns segundos e tente de novo.',
  'err.mp.refused':
    'O Mercado Pago se recusou a {doing}. Tente de novo; se continuar, fale com o suporte do Kassa com esta mensagem.',
  'err.mp.refusedSaying':
    'O Mercado Pago se recusou a {doing} ({said}). Tente de novo; se continuar, fale com o suporte do Kassa com esta mensagem.',
  'err.mp.unreachable':
    'O Kassa não conseguiu falar com o Mercado Pago para {doing}: confira a conexão com a internet e tente de novo.',
  'err.mp.connectionBroke':
    'A conexão com o Mercado Pago caiu enquanto o Kassa tentava {doing}. {whenUnsure}',
  'err.mp.timeout':
    'O Mercado Pago não respondeu em {seconds, number} s quando o Kassa tentou {doing}. {whenUnsure}',
  'err.mp.unexpected':
    'O Mercado Pago respondeu de um jeito que o Kassa não entende quando tentou {doing}: confira o pagamento na maquininha ou no app do Mercado Pago.',
  'mp.doing.listTerminals': 'ler a lista de maquininhas',
  'mp.doing.setMode': 'mudar o modo da maquininha',
  'mp.doing.createOrder': 'enviar o pagamento para a maquininha',
  'mp.doing.getOrder': 'consultar o pagamento',
  'mp.doing.cancelOrder': 'cancelar o pagamento',
  'mp.doing.refundOrder': 'estornar o pagamento',
  'mp.doing.forceStatus': 'definir o status do pedido de teste',
  'mp.unsure.tryAgain': 'Tente de novo daqui a pouco.',
  'mp.unsure.setMode': 'O modo pode ter mudado: leia a lista de maquininhas antes de tentar de novo.',
  'mp.unsure.createOrder': 'O pagamento pode ter chegado à maquininha: confira antes de enviar de novo.',
  'mp.unsure.cancelOrder': 'O pagamento pode ter sido cancelado: confira antes de tentar de novo.',
  'mp.unsure.refundOrder': 'O estorno pode ter sido feito: confira o pagamento antes de tentar de novo.',
  'mp.unsure.forceStatus': 'O status pode ter sido definido: confira o pedido antes de tentar de novo.',
};
