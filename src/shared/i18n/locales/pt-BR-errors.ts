/** Português (Brasil): the core's errors and the card decline reasons (en-errors.ts). */
import type { ErrorMessages } from '../en-errors.ts';

export const errorMessages: ErrorMessages = {
  'err.internal':
    'Algo deu errado dentro do Kassa; nada foi alterado. Tente de novo e, se continuar, chame o suporte de TI.',
  'err.money.roundingStep':
    'O passo de arredondamento do dinheiro deve ser um número inteiro de centavos, no mínimo 1 (sem arredondamento).',
  'err.money.notARate': '“{rate}” não é uma taxa de câmbio: escreva assim: 1.0842.',
  'err.money.tooLargeToConvert': 'Esse valor é grande demais para converter.',
  'err.money.notWholeCents':
    '{amount} não é um número inteiro de centavos (unidades mínimas) que o Kassa possa registrar: digite o valor de novo.',
  'err.money.cannotFormatLocale':
    'O Kassa não consegue escrever valores para a localidade “{locale}”: use uma tag de idioma como de-DE.',
  'err.money.unknownCurrency':
    'O Kassa não conhece a moeda “{code}”. Use um código ISO 4217 de três letras, como EUR.',
  'err.money.cannotReadLocale':
    'O Kassa não consegue ler valores para a localidade “{locale}”: use uma tag de idioma como de-DE.',
  'err.cart.tenderedTooLittle':
    'O cliente entregou menos que este pagamento em dinheiro: digite o dinheiro recebido, ou diminua o pagamento e receba o resto de outra forma.',
  'err.cart.discountTooLarge': 'O desconto é maior do que o Kassa consegue registrar: divida o pedido.',
  'err.cart.taxTooLarge': 'O imposto é maior do que o Kassa consegue registrar: divida o pedido.',
  'err.cart.totalTooLarge': 'O total é maior do que o Kassa consegue registrar: divida o pedido.',
  'err.cart.lineTooLarge':
    '“{name}” × {quantity} é mais do que o Kassa consegue registrar: diminua a quantidade.',
  'err.cart.taxRateRange':
    'Uma alíquota deve ficar entre 0 % e 100 %, em centésimos de ponto percentual (2100 é 21 %); recebido {rate}.',
  'err.cart.quantityRange': 'A quantidade de “{name}” deve ser um número inteiro de 1 a {max, number}.',
  'err.cart.priceWholeCents': 'O preço de “{name}” deve ser um número inteiro de centavos, zero ou mais.',
  'err.cart.lineDiscountTooLarge': 'O desconto em “{name}” é maior que o valor da linha.',
  'err.cart.discountPercentRange':
    'Um desconto fica entre 0 % e 100 %, em centésimos de ponto percentual (1000 é 10 %).',
  'err.cart.discountWholeCents': 'Um valor de desconto é um número inteiro de centavos, zero ou mais.',
  'err.cart.orderDiscountTooLarge': 'O desconto do pedido é maior que o valor do pedido.',
  'err.amount.moreThanZero': 'Digite um valor maior que zero.',
  'err.stripe.amountTooLarge':
    'A Stripe aceita no máximo {max} em um único pagamento com cartão. Divida em vários pagamentos.',
  'err.stripe.amountSteps':
    'A Stripe cobra {currency} em passos de 0.010: arredonde {amount} para {lower} ou {upper}.',
  'err.stripe.amountTooSmall':
    'A Stripe não aceita pagamentos com cartão abaixo de {min}. Receba esse valor em dinheiro ou junte-o a um pagamento maior.',
  'err.store.notSetUp': 'Este caixa ainda não tem uma loja configurada.',
  'err.store.noTill': 'Este banco de dados não tem caixa. Inicie o Kassa com uma pasta de dados nova.',
  'err.catalog.unknownBarcode':
    'Nenhum produto tem o código de barras {barcode}. Confira a etiqueta ou procure o produto pelo nome.',
  'err.order.paidInFull': 'Este pedido já está totalmente pago.',
  'err.order.onlyDueInCash':
    'Só {due} são devidos em dinheiro. Digite a nota que o cliente entrega como valor recebido; o Kassa calcula o troco.',
  'err.order.cashRounded': 'Nesta loja os valores em dinheiro são arredondados para {step}.',
  'err.order.tenderedLessThanPaid':
    'O cliente entregou {tendered}, menos que os {amount} pagos em dinheiro. Peça mais ou pague o resto de outra forma.',
  'err.order.noTenderForMethod': '“{method}” não recebe valor entregue; só dinheiro tem troco.',
  'err.order.moreThanDue': '{amount} é mais que os {due} ainda devidos.',
  'err.order.moreThanDueHeld':
    '{amount} é mais que os {due} ainda devidos (um pagamento com cartão em andamento reserva o resto).',
  'err.order.methodNeedsCustomer':
    '“{method}” precisa de um cliente no pedido: procure ou cadastre um primeiro.',
  'err.order.methodUnavailable': 'Essa forma de pagamento não está disponível. Escolha outra.',
  'err.order.methodOnTerminal': '“{method}” é pago na maquininha: use Enviar na tela de pagamento.',
  'err.order.notSignedIn': 'Ninguém entrou neste caixa: entre com o seu PIN para vender.',
  'err.order.customerUnknown': 'Esse cliente não está neste caixa. Procure de novo ou cadastre o cliente.',
  'err.order.productGone':
    'A linha {line} é um produto que não é mais vendido. Remova a linha e escaneie o item de novo.',
  'err.order.noMorePayments':
    'Este pedido está {status, select, paid {pago} voided {cancelado} other {aberto}}; não aceita mais pagamentos.',
  'err.order.voidOnlyUnpaid':
    'Só um pedido não pago pode ser cancelado; este está {status, select, paid {pago} voided {cancelado} other {aberto}}.',
  'err.order.cardInProgress':
    'Um pagamento com cartão deste pedido ainda está em andamento. Conclua ou cancele primeiro.',
  'err.order.cardWentThrough':
    '{amount} foram pagos com cartão neste pedido e foram aprovados: receba o resto do pagamento, ou mantenha a venda aberta e estorne o cartão pelo Histórico primeiro.',
  'err.order.methodSwitchedOff':
    '“{method}” está desligado: o proprietário pode ligar as maquininhas dele nas preferências (Maquininhas).',
  'err.order.customerLocked':
    'Este pedido está {status, select, paid {pago} voided {cancelado} other {aberto}}; o cliente não pode mais ser trocado.',
  'err.order.customerStays': '“{method}” neste pedido precisa do cliente: o cliente permanece.',
  'err.order.unknown': 'Esse pedido não existe neste caixa.',
  'err.order.alreadySaved': 'Este pedido já foi salvo. Adicione os próximos pagamentos a ele.',
  'err.history.pageGone': 'Essa página do histórico não existe mais; pesquise de novo.',
  'err.return.noCashMethod': 'Este caixa não tem uma forma de pagamento em dinheiro para pagar o reembolso.',
  'err.return.onlyLeft': 'Dos pagamentos deste pedido, só restam {amount} para devolver.',
  'err.return.lineNotOnOrder': 'A linha {line} da devolução não está neste pedido.',
  'err.return.listedTwice': '“{name}” aparece duas vezes: coloque-o uma vez com a quantidade.',
  'err.return.allReturned': 'Todos os {sold} × “{name}” já foram devolvidos.',
  'err.return.onlySomeLeft': 'Dos {sold} × “{name}” vendidos, só {left} ainda podem ser devolvidos.',
  'err.return.productNotSold': 'Linha {line}: escolha um produto vendido aqui.',
  'err.return.onlyPaidOrders':
    'Só um pedido pago aceita devoluções; este está {status, select, paid {pago} voided {cancelado} other {aberto}}.',
  'err.shift.noneOpenTo':
    'Nenhum turno está aberto neste caixa. Abra um turno para {action, select, payIn {fazer um suprimento} payOut {fazer uma sangria} payment {receber um pagamento} cardPayment {receber com cartão} refund {fazer um estorno} return {aceitar uma devolução} void {cancelar uma venda} other {vender}}.',
  'err.shift.countedCloseTo':
    'A gaveta deste turno já foi contada: feche o turno (e abra o próximo) para {action, select, payIn {fazer um suprimento} payOut {fazer uma sangria} payment {receber um pagamento} cardPayment {receber com cartão} refund {fazer um estorno} return {aceitar uma devolução} void {cancelar uma venda} other {vender}}.',
  'err.shift.notADenomination': '{value} não é uma cédula nem uma moeda de {currency}: conte em outro valor.',
  'err.shift.countMismatch': 'As cédulas e moedas somam {sum}, não {total}: confira a contagem.',
  'err.shift.cardStillOpen':
    'Um pagamento com cartão de {amount} em “{method}” ainda está aberto neste caixa{more, plural, =0 {} one { (e mais #)} many { (e mais #)} other { (e mais #)}}. Conclua primeiro na tela de pagamento ou com Verificar de novo (recuperação); depois feche o turno.',
  'err.shift.alreadyOpen': 'Já há um turno aberto neste caixa desde {time}. Feche-o primeiro.',
  'err.shift.payOutTooLarge':
    'A gaveta deveria ter só {inDrawer}: uma sangria de {amount} é mais do que isso.',
  'err.shift.alreadyCounted': 'Este turno já foi contado.',
  'err.shift.notWaitingToClose': 'Este turno não está aguardando fechamento.',
  'err.shift.noZReport': 'Não há redução Z número {number} neste caixa.',
  'err.shift.nothingToReport': 'Nenhum turno está aberto neste caixa: ainda não há nada para relatar.',
  'err.shift.nothingToCount': 'Nenhum turno está aberto neste caixa: não há nada para contar.',
  'err.shift.countedClose': 'A gaveta deste turno já foi contada: feche o turno.',
  'err.shift.methodNotCounted': 'Essa forma de pagamento não é contada neste caixa.',
  'err.shift.countToo': 'Conte também “{method}” (digite 0 se estiver vazio).',
  'err.shift.noneOpen': 'Nenhum turno está aberto neste caixa.',
  'err.shift.countFirst': 'Conte a gaveta primeiro: o turno fecha depois da contagem às cegas.',
  'err.shift.overGiveReason': '“{method}” tem {amount} a mais: informe o motivo da diferença.',
  'err.shift.shortGiveReason': '“{method}” tem {amount} a menos: informe o motivo da diferença.',
  'err.store.ordersStillOpen':
    '{count, plural, one {# pedido ainda está aberto em {currency}. Conclua ou cancele antes de trocar a moeda.} many {# pedidos ainda estão abertos em {currency}. Conclua ou cancele esses pedidos antes de trocar a moeda.} other {# pedidos ainda estão abertos em {currency}. Conclua ou cancele esses pedidos antes de trocar a moeda.}}',
  'err.store.confirmCurrency':
    'Esta loja tem {orders, plural, one {# pedido registrado} many {# pedidos registrados} other {# pedidos registrados}} em {currency}. Leia o que muda ao passar para {next} e depois confirme.',
  'err.store.confirmCurrencyRunning':
    'Esta loja tem {orders, plural, one {# pedido registrado} many {# pedidos registrados} other {# pedidos registrados}} em {currency} e {running, plural, one {# pagamento com cartão ou estorno ainda em andamento} many {# pagamentos com cartão ou estornos ainda em andamento} other {# pagamentos com cartão ou estornos ainda em andamento}}. Leia o que muda ao passar para {next} e depois confirme.',
  'err.mp.paymentInProgress':
    'Um pagamento do Mercado Pago ainda está em andamento no balcão: conclua ou cancele e salve de novo.',
  'err.mp.refundBeingSent':
    'Um estorno do Mercado Pago ainda está sendo enviado: espere terminar (o Kassa tenta de novo a cada minuto) e salve de novo.',
  'err.stripeKey.publishableInSecret':
    'Esta é uma chave publicável (pk_…). Cole aqui a chave secreta (sk_…) ou uma chave restrita (rk_…); a chave publicável tem campo próprio.',
  'err.stripeKey.secretFormat':
    'Uma chave secreta da Stripe começa com sk_live_ ou sk_test_ (chaves restritas: rk_live_ ou rk_test_). Copie de novo em Desenvolvedores → Chaves de API no Dashboard da Stripe.',
  'err.stripeKey.secretNotLive':
    'Um perfil de produção só aceita chaves de produção (sk_live_ ou rk_live_): esta é uma chave de teste. Desligue “produção” para usar chaves de teste.',
  'err.stripeKey.secretInPublishable':
    'Esta é uma chave secreta: ela vai no campo da chave secreta, nunca no da chave publicável. Cole aqui a chave que começa com pk_.',
  'err.stripeKey.publishableFormat':
    'Uma chave publicável começa com pk_live_ ou pk_test_. Copie de novo em Desenvolvedores → Chaves de API, ou deixe o campo vazio.',
  'err.stripeKey.publishableNotLive':
    'Um perfil de produção só aceita chaves de produção: use a chave publicável que começa com pk_live_.',
  'err.stripeKey.mixedLiveTest':
    'Chaves de teste e de produção não podem ser misturadas: a chave secreta é de produção e a publicável é de teste.',
  'err.stripeKey.mixedTestLive':
    'Chaves de teste e de produção não podem ser misturadas: a chave secreta é de teste e a publicável é de produção.',
  'err.stripeKey.notAccepted':
    'A Stripe não aceitou esta chave: ela está errada, foi trocada ou foi excluída. Copie a chave atual em Desenvolvedores → Chaves de API. Nada foi salvo.',
  'err.stripeKey.restrictedNoBalance':
    'Esta chave restrita não pode ler o saldo. Dê a ela “Balance: read” (e acesso ao Terminal) no Dashboard da Stripe, ou use a chave secreta. Nada foi salvo.',
  'err.stripeKey.unreachable':
    'Não foi possível falar com a Stripe para verificar a chave, então nada foi salvo. Confira a conexão com a internet e salve de novo.',
  'err.methods.serialOnlyTerminal':
    'Só uma forma de pagamento com maquininha tem número de série: apague-o ou escolha a maquininha.',
  'err.methods.profileOnlyStripe': 'Só uma forma de pagamento Stripe tem perfil Stripe.',
  'err.methods.terminalBankJournal':
    'Uma forma de pagamento com maquininha é lançada em um diário de banco: escolha “banco”.',
  'err.methods.readerSerial':
    'Digite o número de série do leitor: ele fica embaixo do leitor e no Dashboard da Stripe (Leitores).',
  'err.methods.terminalSerial': 'Digite o número de série da maquininha que está na etiqueta de trás.',
  'err.methods.terminalTaken':
    'A forma de pagamento “{method}” já usa a maquininha {terminal}. Cada maquininha atende uma só forma de pagamento.',
  'err.methods.chooseProfile': 'Escolha o perfil Stripe que recebe esses pagamentos.',
  'err.methods.noStripeYet':
    'Este caixa ainda não tem conexão com a Stripe: adicione primeiro um perfil Stripe (Perfis Stripe).',
  'err.methods.profileGone': 'Esse perfil Stripe não existe mais: escolha outro.',
  'err.methods.profileInactive':
    'O perfil “{profile}” não está ativo (a chave dele não foi verificada): verifique primeiro.',
  'err.methods.cardStillOpen':
    'Um pagamento com cartão em “{method}” ainda está aberto. Conclua no caixa antes de trocar a maquininha ou desativar a forma de pagamento.',
  'err.methods.gone': 'Essa forma de pagamento não existe mais. Recarregue a lista.',
  'err.methods.nameTaken': 'Já existe uma forma de pagamento chamada “{name}”. Use outro nome.',
  'err.methods.nameTakenInactive':
    'Já existe uma forma de pagamento chamada “{name}” (inativa). Use outro nome.',
  'err.methods.unknown': 'Não existe a forma de pagamento “{name}”. Recarregue a lista.',
  'err.methods.orderIncomplete':
    'Informe cada forma de pagamento uma vez, ativas e inativas, na nova ordem. Recarregue a lista e tente de novo.',
  'err.methods.voucherNeedsBank':
    'Uma forma de pagamento com vale não tem maquininha e é lançada em um diário de banco: escolha “banco” e nenhuma maquininha, ou desmarque Vale.',
  'err.rates.storeCurrency': '{currency} é a moeda da loja: não precisa de taxa de câmbio.',
  'err.rates.none': 'Não há taxa de câmbio para {currency}.',
  'err.provisioning.noProfile': 'Nenhum perfil Stripe tem o id “{id}”.',
  'err.provisioning.notJson':
    'O arquivo da loja {file} não é um JSON válido ({detail}). Corrija ou remova o arquivo.',
  'err.provisioning.notValid':
    'O arquivo da loja {file} não é válido: {detail} Corrija (veja store-config.schema.json) ou remova o arquivo.',
  'err.profiles.gone': 'Esse perfil Stripe não existe mais. Recarregue a lista.',
  'err.profiles.builtInReadOnly':
    'O perfil embutido vem da demonstração ou da TI (KASSA_STRIPE_SECRET_KEY) e não pode ser editado aqui. Adicione um perfil novo.',
  'err.profiles.nameTaken': 'Já existe um perfil chamado {name}. Escolha outro nome.',
  'err.profiles.pasteSecret':
    'Cole a chave secreta (ou uma chave restrita): no Dashboard da Stripe, em Desenvolvedores → Chaves de API.',
  'err.profiles.testKey':
    'A Stripe diz que esta é uma chave de modo de teste: um perfil de produção precisa de uma chave de produção. Nada foi salvo.',
  'err.profiles.otherAccount':
    'Esta chave pertence à conta Stripe {found}, não a {expected}. Confira o id da conta (Configurações → Detalhes da conta) ou a chave. Nada foi salvo.',
  'err.profiles.noBuiltIn': 'Este caixa não tem conexão Stripe embutida.',
  'err.profiles.noSecretYet': 'Este perfil ainda não tem chave secreta: cole a chave e salve o perfil.',
  'err.profiles.keyRevoked':
    'A Stripe não aceita mais a chave deste perfil: ela foi trocada ou excluída. Cole a chave atual e salve. Até lá o perfil fica inativo.',
  'err.profiles.builtInStays': 'O perfil embutido não pode ser removido aqui.',
  'err.profiles.inUse': 'A forma de pagamento “{method}” usa este perfil: escolha outro perfil lá primeiro.',
  'err.staff.prefsLocked':
    'As preferências estão bloqueadas. Abra de novo pelo caixa com o PIN de um proprietário.',
  'err.staff.ownerExists': 'Esta loja já tem um proprietário. Entre com o seu PIN.',
  'err.staff.ownerPinToChange': 'Digite o PIN de um proprietário para alterar a equipe.',
  'err.staff.notActive': 'Essa pessoa da equipe não está ativa neste caixa. Escolha o seu nome de novo.',
  'err.staff.noPinYet':
    '{name} ainda não tem PIN: peça ao proprietário para definir um nas preferências (Equipe).',
  'err.staff.lockedFor': 'PINs errados demais para {name}. Tente de novo em {seconds} s.',
  'err.staff.wrongPinLocked':
    'Esse PIN não está certo. PINs errados demais para {name}: tente de novo em {seconds} s.',
  'err.staff.wrongPin': 'Esse PIN não está certo. Tente de novo.',
  'err.staff.tooManyWrong': 'PINs errados demais. Tente de novo em {seconds} s.',
  'err.staff.noManagerPin':
    'Ninguém neste caixa é gerente ou proprietário com PIN. Peça ao proprietário para adicionar um nas preferências (Equipe).',
  'err.staff.noOwnerPin':
    'Esta loja ainda não tem um proprietário com PIN. Configure o proprietário primeiro.',
  'err.staff.notManagerPin': 'Esse não é o PIN de um gerente ou proprietário.',
  'err.staff.notManagerPinLocked':
    'Esse não é o PIN de um gerente ou proprietário (quem foi bloqueado após PINs errados precisa esperar).',
  'err.staff.notOwnerPin': 'Esse não é o PIN de um proprietário.',
  'err.staff.notOwnerPinLocked':
    'Esse não é o PIN de um proprietário (quem foi bloqueado após PINs errados precisa esperar).',
  'err.staff.gone': 'Essa pessoa da equipe não existe mais. Recarregue a lista.',
  'err.staff.newNeedsPin': 'Uma pessoa nova na equipe precisa de um PIN.',
  'err.staff.nameTaken': 'Já existe alguém na equipe chamado {name}. Use outro nome ou edite esse cadastro.',
  'err.staff.nameTakenInactive':
    'Já existe alguém na equipe chamado {name} (inativo). Use outro nome ou edite esse cadastro.',
  'err.staff.lastOwner':
    'O Kassa precisa de pelo menos um proprietário ativo com PIN. Torne outra pessoa proprietária primeiro.',
  'err.approval.returnWithoutOrder':
    'Uma devolução de {amount} sem o pedido original precisa de um gerente ou proprietário: ele aprova com o PIN dele.',
  'err.approval.cashForCard':
    'Devolver em dinheiro {amount} de um pagamento com cartão precisa de um gerente ou proprietário: ele aprova com o PIN dele.',
  'err.approval.payIn':
    'Um suprimento de {amount} é mais que os {limit} que um operador de caixa pode movimentar sozinho: um gerente ou proprietário aprova com o PIN dele.',
  'err.approval.payOut':
    'Uma sangria de {amount} é mais que os {limit} que um operador de caixa pode movimentar sozinho: um gerente ou proprietário aprova com o PIN dele.',
  'err.approval.closeDifference':
    'Uma diferença de {amount} é mais que os {limit} com que um operador de caixa pode fechar: um gerente ou proprietário aprova com o PIN dele.',
  'err.approval.discount':
    '{percent} % de desconto em {item} é mais que os {limit} % que um operador de caixa pode dar: um gerente ou proprietário aprova com o PIN dele.',
  'err.approval.everyRefund':
    'Um estorno de {amount} precisa de aprovação (nesta loja todos precisam): um gerente ou proprietário aprova com o PIN dele.',
  'err.approval.refundsAddUp':
    'Com este, os estornos deste pedido somam {total}, mais que os {limit} que um operador de caixa pode dar: um gerente ou proprietário aprova com o PIN dele.',
  'err.approval.refundOverLimit':
    'Um estorno de {amount} é mais que os {limit} que um operador de caixa pode dar: um gerente ou proprietário aprova com o PIN dele.',
  'err.approval.noSale': 'Abrir a gaveta sem venda: um gerente ou proprietário aprova com o PIN dele.',
  'err.secrets.keyInDataDir':
    'O arquivo da chave secreta {file} está dentro da pasta de dados {dataDir}: guarde-o em outro lugar (KASSA_SECRET_KEY_FILE), para que uma cópia da pasta de dados não leve a própria chave.',
  'err.secrets.keyDamaged':
    'O arquivo da chave secreta {file} está danificado (deve conter 32 bytes em base64). Restaure-o de um backup.',
  'err.secrets.keyMissing':
    'O arquivo da chave secreta {file} sumiu, então as chaves de API salvas não podem ser lidas. Restaure o arquivo ou digite as chaves de novo nas preferências.',
  'err.secrets.unreadable': 'Um segredo salvo não está em um formato que este Kassa consiga ler.',
  'err.secrets.wrongBox':
    'Um segredo salvo ({name}) foi guardado com {box}, que este caixa não consegue ler agora. Digite-o de novo nas preferências.',
  'err.secrets.keyFileReplaced':
    'Um segredo salvo não pode ser decifrado com {file}: o arquivo da chave foi substituído. Digite as chaves de novo nas preferências.',
  'err.secrets.keyringChanged':
    'Um segredo salvo não pode ser decifrado com a chave guardada em {keyring}. Digite as chaves de novo nas preferências.',
  'err.refund.notOnOrder': 'Esse pagamento com cartão não está neste pedido.',
  'err.refund.notConfirmed':
    'Só um pagamento com cartão confirmado pelo provedor pode ser estornado no cartão.',
  'err.refund.alreadyFull': 'Este pagamento com cartão já foi totalmente estornado.',
  'err.refund.atMost': 'Deste pagamento com cartão ainda podem ser estornados no máximo {amount}.',
  'err.refund.releaseInFull':
    'Este pagamento com cartão nunca foi capturado: só pode ser liberado por inteiro.',
  'err.refund.unknown': 'Esse estorno nunca foi registrado.',
  'err.pay.providerNotSetUp': '{provider} não está configurado neste caixa.',
  'err.pay.providerNotSetUpOther':
    '{provider} não está configurado neste caixa. Receba o pagamento de outra forma.',
  'err.pay.unknownAttempt': 'Esse pagamento com cartão não existe neste caixa.',
  'err.pay.terminalBusy':
    'Esta maquininha ainda está ocupada com um pagamento deste pedido. Espere ou cancele primeiro.',
  'err.pay.terminalRecovering':
    'O Kassa ainda está concluindo um pagamento anterior nesta maquininha. Espere um momento; isso se resolve sozinho.',
  'err.pay.wentThroughRefund': 'Este pagamento foi aprovado; estorne-o em vez disso.',
  'err.pay.cannotCancel': 'Este pagamento não pode mais ser cancelado aqui.',
  'err.pay.onlyDeclinedRetry': 'Só um pagamento recusado pode ser tentado de novo.',
  'err.pay.forceDoneOnlyOffline':
    'Forçar conclusão só aparece quando o provedor fica inacessível no meio do pagamento.',
  'err.pay.notWaitingForCheck':
    'Só um pagamento aguardando conferência na maquininha pode ser registrado assim.',
  'err.pay.testCardsSimulatedOnly': 'Cartões de teste só podem ser usados em uma maquininha simulada.',
  'err.pay.notWaitingForCard': 'A maquininha não está esperando um cartão.',
  'err.pay.methodNoTerminal':
    'Essa forma de pagamento com cartão não tem maquininha configurada. Escolha outra forma.',
  'err.pay.noSettlementRate':
    'O perfil Stripe “{profile}” liquida em {currency}, e esta loja não tem taxa de câmbio para {currency}. Adicione uma nas preferências (Moedas e taxas de câmbio).',
  'err.pay.noTerminalFor': '“{method}” não tem maquininha configurada. Escolha outra forma de pagamento.',
  'err.pay.stripeNotSetUpFor':
    'A Stripe não está configurada neste caixa, então “{method}” não pode receber pagamentos.',
  'err.pay.mpNotSetUpFor':
    'O Mercado Pago não está configurado neste caixa, então “{method}” não pode receber pagamentos.',
  'err.pay.mpMethodCurrency':
    '“{method}” (Mercado Pago Point) só recebe em {accepted}, não em {currency}. Receba este pagamento de outra forma.',
  'err.stripe.notSetUp': 'A Stripe não está configurada neste caixa. Adicione primeiro uma chave secreta.',
  'err.stripe.readerTaken':
    'O leitor {serial} já é usado pela forma de pagamento “{method}”. Cada leitor atende uma só forma de pagamento.',
  'err.stripe.noSuchReader':
    'A Stripe não tem leitor com o número de série {serial}. Veja embaixo do leitor ou no Dashboard da Stripe.',
  'err.mp.demoCurrency':
    'A maquininha de demonstração do Mercado Pago funciona como uma de {country} e só recebe em {accepted}; esta loja vende em {currency}, que o Mercado Pago não aceita. Use aqui o cartão de demonstração da Stripe, ou mude a moeda da loja para ARS, BRL, MXN ou CLP para testar o Mercado Pago.',
  'err.mp.accountCurrency':
    'Esta conta do Mercado Pago é de {country} e só recebe pagamentos com cartão em {accepted}, não em {currency}: receba este pagamento de outra forma.',
  'err.mp.noPaymentToPresent': 'A maquininha ainda não tem um pagamento para o cartão.',
  'err.mp.currencyNotTaken':
    'O Mercado Pago Point só recebe pagamentos com cartão em ARS, BRL, MXN e CLP, não em {currency}: receba este pagamento de outra forma ou use uma forma de pagamento de outro provedor.',
  'err.mp.wholeCents': 'Um valor é um número inteiro de centavos, não negativo.',
  'err.mp.amountUnreadable':
    'O Mercado Pago enviou um valor que o Kassa não consegue ler (“{amount}” {currency}): confira o pagamento no app do Mercado Pago.',
  'err.mp.amountBelow':
    'O Mercado Pago aceita pagamentos com cartão em {currency} de {min} a {max}. {amount} fica abaixo disso: receba em dinheiro ou de outra forma.',
  'err.mp.amountAbove':
    'O Mercado Pago aceita pagamentos com cartão em {currency} de {min} a {max}. {amount} fica acima disso: divida em vários pagamentos com cartão.',
  'err.mp.notSetUp':
    'O Mercado Pago não está configurado neste caixa. Adicione primeiro o token de acesso nas configurações do Mercado Pago.',
  'err.mp.expirationRange':
    'Um pagamento do Mercado Pago pode esperar na maquininha de 30 segundos a 3 horas: escolha um tempo nesse intervalo.',
  'err.db.tooNew':
    'Este banco de dados foi gravado por uma versão mais nova do Kassa (esquema {version}; este app conhece até {latest}). Instale essa versão ou uma mais nova. O Kassa não alterou o arquivo.',
  'err.alerts.unknown': 'Não há alerta número {id}.',
  'err.ipc.notSignedIn':
    'Ninguém entrou neste caixa: entre com o seu PIN e tente de novo. Nada foi alterado.',
  'decline.issuer': 'Recusado pelo emissor do cartão. Peça outro cartão ou outra forma de pagamento.',
  'decline.callIssuer':
    'Recusado: o banco quer que o cliente ligue para ele primeiro. Peça outro cartão ou outra forma de pagamento.',
  'decline.notAllowed': 'Recusado: este cartão não pode ser usado nesta compra. Peça outro cartão.',
  'decline.insufficientFunds':
    'Recusado: saldo insuficiente no cartão. Peça outro cartão ou outra forma de pagamento.',
  'decline.limit': 'Recusado: o valor passa do limite do cartão. Peça outro cartão ou divida o pagamento.',
  'decline.expired': 'Recusado: o cartão está vencido. Peça outro cartão.',
  'decline.cvc':
    'Recusado: o código de segurança (CVV) está errado. Envie o pagamento de novo e confira o código.',
  'decline.wrongPin': 'Recusado: senha errada. O cliente pode tentar de novo.',
  'decline.pinTries': 'Recusado: tentativas demais com este cartão. Peça outro cartão.',
  'decline.pinRequired':
    'O cartão exige senha: envie o pagamento de novo e peça ao cliente para inserir o cartão e digitar a senha.',
  'decline.processing': 'Não foi possível processar o cartão. Envie o pagamento de novo.',
  'decline.bankRefused': 'Recusado pelo banco. Peça outra forma de pagamento.',
  'decline.highRisk': 'Recusado pela análise antifraude. Peça outra forma de pagamento.',
  'decline.cardUnreadable': 'Recusado: o cartão não foi lido corretamente. Envie o pagamento de novo.',
  'decline.cardDisabled': 'Recusado: o cartão está bloqueado. Peça outro cartão.',
  'decline.notSupported': 'Recusado: este cartão não pode ser usado aqui. Peça outro cartão.',
  'decline.installments': 'Recusado: o cartão não permite essas parcelas. Envie de novo à vista.',
  'decline.duplicate':
    'Recusado como duplicado de um pagamento que acabou de ser feito. Confira os últimos pagamentos antes de enviar de novo.',
  'decline.amount': 'Recusado: o valor não é válido para este cartão. Confira e envie o pagamento de novo.',
  'decline.testCard':
    'Recusado: foi usado um cartão de teste em uma maquininha real. Use um cartão de verdade.',
  'decline.unknown':
    'O pagamento não foi aprovado (motivo: {code}). Peça outro cartão ou outra forma de pagamento.',
  'payFailure.customerCanceled': 'O cliente cancelou no leitor.',
  'payFailure.terminalStandalone':
    'A maquininha está em modo standalone. Mude-a para o modo integrado (PDV) no Kassa e reinicie a maquininha.',
  'payFailure.readerOffline':
    'O leitor de cartão está offline. Confira se está ligado e conectado ao Wi-Fi e tente de novo.',
  'payFailure.readerBusy':
    'O leitor de cartão está ocupado com outra coisa (outro pagamento, uma atualização ou um cartão ainda inserido). Espere um momento e tente de novo.',
  'payFailure.readerTimeout': 'O leitor de cartão não respondeu a tempo.',
  'payFailure.intentInvalid':
    'Este pagamento está em um estado em que o leitor não pode recebê-lo. Comece um novo pagamento com cartão.',
  'payFailure.amountTooSmall': 'A Stripe não aceita um pagamento com cartão tão pequeno.',
  'payFailure.amountTooLarge': 'A Stripe não aceita um pagamento com cartão tão grande.',
  'payFailure.resourceMissing':
    'A Stripe não conhece este leitor ou pagamento. Confira o leitor configurado para esta forma de pagamento.',
  'payFailure.canceled': 'O pagamento foi cancelado.',
  'payFailure.canceledOnTerminal': 'O pagamento foi cancelado na maquininha.',
  'payFailure.expired':
    'Ninguém pagou na maquininha a tempo, então o Mercado Pago deixou o pagamento expirar. Envie de novo se o cliente ainda quiser pagar com cartão.',
  'payFailure.actionRequired':
    'Confira a maquininha: o Mercado Pago perdeu o contato com ela durante o pagamento. Veja a tela da maquininha ou o último comprovante e registre se o pagamento foi aprovado (PIN de gerente).',
  'payFailure.cancelTooLate':
    'O cartão já está sendo lido; o pagamento não pode mais ser cancelado. Aguarde o resultado.',
  'payFailure.cancelOnTerminal':
    'Esta maquininha não pode ser parada pelo Kassa: cancele o pagamento na própria maquininha. O Kassa acompanha o pagamento até ele terminar.',
  'payFailure.noRecord': 'O provedor não tem registro deste pagamento. Envie de novo.',
  'payFailure.connection': 'Não é possível falar com o provedor de pagamento agora.',
  'payFailure.authentication':
    'O provedor de pagamento recusou a chave de API. Confira a chave nas preferências.',
  'payFailure.checkedPaid':
    'Registrado como pago pelo que a maquininha mostrou (PIN de gerente). Marcado para conciliação.',
  'payFailure.checkedNotPaid': 'Registrado como não pago pelo que a maquininha mostrou (PIN de gerente).',
  'update.waitingFor.card_payment': 'o fim do pagamento com cartão em andamento',
  'update.waitingFor.shift': 'o fechamento do turno',
};
