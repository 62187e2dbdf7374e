/** Български: orders kept open and guarantee policies (en-tabs.ts). */
import type { TabMessages } from '../en-tabs.ts';

export const tabMessages: TabMessages = {
  'tabs.keepOpen': 'Задръж отворена',
  'tabs.keepTitle': 'Задържане на поръчката отворена',
  'tabs.for': 'За {name} · {total}',
  'tabs.noCustomer': 'Поръчката се задържа отворена за клиент. Първо добавете клиента.',
  'tabs.addCustomer': 'Добавяне на клиент',
  'tabs.kind': 'Вид поръчка',
  'tabs.kindTab': 'Сметка',
  'tabs.kindPickup': 'Поръчка за вземане',
  'tabs.kindTabHint': 'Клиентът остава, поръчва още и плаща накрая.',
  'tabs.kindPickupHint': 'Приема се сега, взема се и се плаща по-късно.',
  'tabs.policy': 'Магазинът изисква {need}.',
  'tabs.policyNone': 'Магазинът не изисква гаранция за този вид поръчка.',
  'tabs.need.hold': 'задържане по карта от поне {hold}',
  'tabs.need.card': 'запазена карта',
  'tabs.need.prepay': 'предплащане от {percent} % ({prepay})',
  'tabs.need.holdCard': 'задържане по карта от поне {hold} или запазена карта',
  'tabs.need.holdPrepay': 'задържане по карта от поне {hold} или предплащане от {percent} % ({prepay})',
  'tabs.need.cardPrepay': 'запазена карта или предплащане от {percent} % ({prepay})',
  'tabs.need.holdCardPrepay':
    'задържане по карта от поне {hold}, запазена карта или предплащане от {percent} % ({prepay})',
  'tabs.holdOnCard': 'Задържане на {amount} по {card}',
  'tabs.holding': 'Задържане на {amount} по {card}…',
  'tabs.held': '{amount} е задържана по {card}.',
  'tabs.keep': 'Задръж отворена',
  'tabs.keeping': 'Поръчката се задържа отворена…',
  'tabs.cancel': 'Отказ',
  'tabs.keptTab': 'Сметката на {name} остава отворена.',
  'tabs.keptPickup': 'Поръчката за вземане на {name} е задържана.',
  'tabs.listButton':
    '{count, plural, one {# задържана отворена поръчка} other {# задържани отворени поръчки}}',
  'tabs.showList': 'Сметки и поръчки за вземане',
  'tabs.listTitle': 'Сметки и поръчки за вземане',
  'tabs.empty': 'Няма задържани отворени поръчки.',
  'tabs.clearFirst':
    'Първо приключете или изчистете количката, за да добавите артикули или да платите поръчка.',
  'tabs.colCustomer': 'Клиент',
  'tabs.colKind': 'Вид',
  'tabs.colDue': 'Дължимо',
  'tabs.colHeld': 'Задържано',
  'tabs.colAge': 'Отворена',
  'tabs.colActions': 'Действия',
  'tabs.ageMinutes': 'преди {count} мин',
  'tabs.ageHours': 'преди {count} ч',
  'tabs.ageDays': '{count, plural, one {преди # ден} other {преди # дни}}',
  'tabs.approvedBy': 'Задържана с одобрението на {name}',
  'tabs.addItems': 'Добавяне на артикули',
  'tabs.payFromHold': 'Плащане от задържането',
  'tabs.pay': 'Плащане',
  'tabs.close': 'Затваряне',
  'tabs.captured': '{amount} са платени от задържането. Остатъкът се връща по картата.',
  'tabs.addingTab': 'Добавяне на артикули към сметката на {name}.',
  'tabs.addingPickup': 'Добавяне на артикули към поръчката за вземане на {name}.',
  'tabs.soFar': 'Досега {total}.',
  'tabs.addToOrder': 'Добавяне към поръчката',
  'tabs.stopAdding': 'Край на добавянето',
  'tabs.added': 'Добавено към поръчката на {name}. Тя вече е {total}.',
  'tabs.noDiscountWhenAdding':
    'Артикулите, добавени към задържана поръчка, не може да имат отстъпка. Махнете отстъпката; тя може да се даде при плащането.',
  'err.tabs.alreadyKept':
    'Тази поръчка вече е задържана отворена. Намерете я в „Сметки и поръчки за вземане“.',
  'err.tabs.notKept':
    'Тази поръчка вече не е задържана отворена. Отворете отново „Сметки и поръчки за вземане“.',
  'err.tabs.closed':
    'Тази поръчка е платена или анулирана: не може да се задържи отворена или да се променя.',
  'err.tabs.needsCustomer': 'Първо добавете клиента: сметка или поръчка за вземане се задържа за някого.',
  'err.tabs.linesLocked': 'Тази поръчка е {status}: към нея не може да се добавят артикули.',
  'err.tabs.tabNeeds':
    'Сметката изисква {need}. Поръчката има задържани {held}, платени {paid} и {cards, plural, =0 {няма запазена карта} one {една запазена карта} other {# запазени карти}}. Управител може да я задържи отворена с ПИН.',
  'err.tabs.pickupNeeds':
    'Поръчката за вземане изисква {need}. Поръчката има задържани {held}, платени {paid} и {cards, plural, =0 {няма запазена карта} one {една запазена карта} other {# запазени карти}}. Управител може да я задържи отворена с ПИН.',
  'check.tabsHoldMoreThanZero': 'Задържането трябва да е повече от нула, или оставете полето празно.',
  'check.tabsPrepayPercent':
    'Въведете предплащането като цял процент от 1 до 100, или оставете полето празно.',
  'prefs.guarantee.title': 'Правила за гаранция',
  'prefs.guarantee.summary':
    'Какво е нужно за сметка или поръчка за вземане, преди касата да я задържи отворена',
  'prefs.guarantee.keywords': 'сметка, вземане, депозит, задържане, предплащане, гаранция, запазена карта',
  'prefs.guarantee.tab': 'Сметки',
  'prefs.guarantee.pickup': 'Поръчки за вземане',
  'prefs.guarantee.hold': 'Задържане по карта от поне ({currency})',
  'prefs.guarantee.holdHint': 'Оставете празно, ако задържането не е един от начините.',
  'prefs.guarantee.prepay': 'Предплащане (%)',
  'prefs.guarantee.prepayHint':
    'Част от поръчката, платена предварително. Оставете празно, ако не е един от начините.',
  'prefs.guarantee.card': 'Запазена карта е достатъчна',
  'prefs.guarantee.cardHint': 'Клиентът има карта, запазена в магазина.',
  'prefs.guarantee.percentFormat': 'Въведете цял процент от 1 до 100, или оставете полето празно.',
  'prefs.guarantee.helpTitle': 'Как касата ги прилага',
  'prefs.guarantee.help1':
    'Достатъчен е който и да е от зададените начини. Без зададен начин касата задържа такива поръчки без въпроси.',
  'prefs.guarantee.help2':
    'Когато поръчка не отговаря на правилото, касата казва какво липсва и управител може да я задържи отворена с ПИН. Правилата и всяко одобрение са в дневника за одит.',
};
