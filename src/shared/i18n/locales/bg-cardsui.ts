/** Български: запазени карти на касата и Настройки → Карти (issue 13, h-cards-ui). */
import type { CardsUiMessages } from '../en-cardsui.ts';

export const cardsUiMessages: CardsUiMessages = {
  'cardsui.open': 'Запазени карти на {name}',
  'cardsui.title': 'Запазени карти — {name}',
  'cardsui.none': 'Все още няма запазена карта. Запазете я на четеца или изпратете линк на клиента.',
  'cardsui.list': 'Запазени карти',
  'cardsui.expires': 'валидна до {date}',
  'cardsui.remove': 'Премахни',
  'cardsui.removeCard': 'Премахни {brand} с окончание {last4}',
  'cardsui.removeConfirm':
    'Да се премахне ли {brand} с окончание {last4}? Картата се премахва и в Stripe и вече не може да бъде таксувана.',
  'cardsui.keep': 'Запази картата',
  'cardsui.removeYes': 'Премахни картата',
  'cardsui.add': 'Запазване на нова карта',
  'cardsui.reader': 'Четец',
  'cardsui.close': 'Затвори',
  'cardsui.byLink': 'С линк или QR код',
  'cardsui.atReader': 'На четеца',
  'cardsui.readerTitle': 'Запазване на карта на {reader}',
  'cardsui.linkTitle': 'Запазване на карта от телефона на клиента',
  'cardsui.step.present': 'Клиентът допира или поставя картата',
  'cardsui.step.hold': 'Разрешава се проверка за {amount}',
  'cardsui.step.release': 'Проверката се освобождава (нищо не се таксува)',
  'cardsui.step.saved': 'Картата е запазена',
  'cardsui.state.creating': 'Започва…',
  'cardsui.state.waitingReader': 'Чака се картата на четеца',
  'cardsui.state.waitingLink': 'Чака се клиентът да запази картата на страницата',
  'cardsui.state.validating': 'Картата се проверява…',
  'cardsui.state.releasing': 'Проверката се освобождава…',
  'cardsui.state.saved': 'Картата е запазена',
  'cardsui.state.refused': 'Картата не е запазена',
  'cardsui.state.failed': 'Картата не е запазена',
  'cardsui.state.canceled': 'Отменено',
  'cardsui.qr': 'QR код на страницата за запазване на карта',
  'cardsui.url': 'Адрес на страницата',
  'cardsui.mailSubject': 'Запазете картата си при {store}',
  'cardsui.mailBody': 'Моля, запазете картата си за {store} на тази защитена страница на Stripe: {url}',
  'cardsui.saved': 'Запазена: {brand} с окончание {last4}.',
  'cardsui.holdReleased': 'Проверката за {amount} беше освободена.',
  'cardsui.demo.visa': 'Покажи карта Visa',
  'cardsui.demo.mastercard': 'Покажи карта Mastercard',
  'cardsui.demo.chargeDeclined': 'Покажи карта, която банката отказва',
  'cardsui.demo.insufficientFunds': 'Покажи карта без наличност',
  'cardsui.back': 'Обратно към картите',
  'cardsui.backHint': 'Можете да се върнете: когато клиентът приключи, касата пак запазва картата до минута.',
  'cardsui.fail.brand':
    'Тази каса не приема карти {brand}, затова картата не е запазена. Поискайте карта от друга марка.',
  'cardsui.fail.cvc':
    'Банката не потвърди кода за сигурност на картата, затова тя не е запазена. Помолете клиента да опита отново или да използва друга карта.',
  'cardsui.fail.linkExpired':
    'Страницата изтече, преди клиентът да запази карта. Започнете отново, за да създадете нова.',
  'cardsui.fail.notReusable':
    'Тази карта не може да бъде запазена за бъдещи плащания. Поискайте друга карта.',
  'cardsui.fail.stale':
    'Stripe не беше достъпен твърде дълго, затова четецът не беше извикан. Започнете отново.',
  'cardsui.fail.hold': 'Проверката на картата беше отказана, затова картата не е запазена: {reason}',
  'err.cards.noReader':
    'На тази каса няма настроен четец на Stripe. Добавете го в Настройки → Четци и локации в Stripe или запазете картата с линк.',
  'err.cards.readerUnknown':
    'Stripe не познава четеца на „{method}“. Проверете серийния му номер в Настройки → Платежни методи.',
  'err.cards.notWaiting': 'В момента четецът не чака карта.',
  'check.cardsValidatingAmount': 'Въведете сумата за проверка като парична сума или 0 за без проверка.',
  'check.cardsValidatingAmountMax':
    'Това е твърде много за проверка: тя е малка сума, която се освобождава веднага.',
  'check.cardsBrands': 'Изберете поне една марка карти, която приемате.',
  'prefs.cards.title': 'Карти',
  'prefs.cards.summary':
    'Запазване на картите на клиентите: сумата за проверка, страницата на Stripe, приеманите марки.',
  'prefs.cards.keywords':
    'запазени карти карта токенизация проверка блокиране cvc cvv код за сигурност адрес за фактуриране марка',
  'prefs.cards.noProfile': 'Първо свържете Stripe (Профили в Stripe): картите се запазват в Stripe.',
  'prefs.cards.profile': 'Профил в Stripe',
  'prefs.cards.helpTitle': 'Какво правят тези настройки',
  'prefs.cards.helpHold':
    'Проверката се разрешава върху картата при запазването ѝ и се освобождава веднага, така че нищо не се таксува. Карта, която банката отказва, не се запазва. 0 запазва картите без проверка.',
  'prefs.cards.helpCvc':
    'Страницата на Stripe винаги иска кода за сигурност (CVC), а картата на четеца се чете от чипа или безконтактно и няма такъв код. „Изисквай потвърден код за сигурност“ запазва карта от страницата само ако банката е потвърдила кода.',
  'prefs.cards.helpBrands':
    'Карта от марка, която не приемате, се отказва с ясно съобщение и се премахва в Stripe.',
  'prefs.cards.holdCard': 'Проверка при запазване на карта',
  'prefs.cards.validatingAmount': 'Сума за проверка ({currency})',
  'prefs.cards.validatingHint': 'Разрешава се и се освобождава веднага; 0 за без проверка.',
  'prefs.cards.pageCard': 'Страница на Stripe',
  'prefs.cards.requireCvc': 'Изисквай потвърден код за сигурност',
  'prefs.cards.requireCvcHint': 'Само за карти, запазени на страницата; на четеца няма код за проверка.',
  'prefs.cards.billingAddress': 'Искай адрес за фактуриране',
  'prefs.cards.billingAddressHint':
    'Иначе Stripe иска само каквото е нужно за картата (често пощенския код).',
  'prefs.cards.brands': 'Приемани марки',
  'prefs.cards.brandsHint': 'Карти от други марки не се запазват.',
};
