/** 用已保存的卡稍后扣款（issue 13.4）。 */
export const offSessionMessages = {
  'offsession.method': '已保存的卡',
  'offsession.title': '从已保存的卡扣款',
  'offsession.forCustomer': '{name} 保存的卡',
  'offsession.card': '{brand} •••• {last4}，有效期至 {month}/{year}',
  'offsession.charge': '扣款 {amount}',
  'offsession.charging': '正在扣款…',
  'offsession.approved': '已批准：已从 {brand} •••• {last4} 扣款 {amount}。',
  'offsession.declined': '未扣款。',
  'offsession.needsCustomer':
    '银行要求顾客本人确认这笔付款。请顾客用手机扫码或打开链接；顾客确认后，这笔销售自动完成。',
  'offsession.waitingLink': '正在向 Stripe 获取链接…',
  'offsession.openLink': '打开链接',
  'offsession.tryAgain': '重新扣款',
  'offsession.cancel': '取消扣款',
  'offsession.back': '选择其他付款方式',
  'offsession.noCards': '这位顾客没有保存的卡。',
  'decline.authRequired': '银行要求顾客本人确认这笔付款。请把链接发给顾客，或请顾客换一种付款方式。',
  'decline.authFailed': '顾客没有在银行完成确认。请重新扣款以获取新链接，或请顾客换一种付款方式。',
  'err.offsession.noCard': '这张卡已不再为该顾客保存。请选择另一张已保存的卡或其他付款方式。',
  'err.offsession.otherCustomer': '这张卡属于另一位顾客。请选择本次销售顾客的卡。',
  'err.offsession.noStripeMethod':
    '保存这张卡的账户没有设置 Stripe 付款方式。请在“偏好设置 > 付款方式”中添加。',
};
