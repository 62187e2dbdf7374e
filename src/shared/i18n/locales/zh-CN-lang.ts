import type { enLang } from '../en-lang.ts';

/** 以前以英文代码显示的词：记账文件的日记账列，以及提醒中 Stripe 代码的含义。 */
export const langMessages: Record<keyof typeof enLang, string> = {
  'csv.book.journalCash': '现金',
  'csv.book.journalBank': '银行',

  'stripe.dispute.bank_cannot_process': '银行无法处理',
  'stripe.dispute.check_returned': '支票被退回',
  'stripe.dispute.credit_not_processed': '退款未处理',
  'stripe.dispute.customer_initiated': '由客户发起',
  'stripe.dispute.debit_not_authorized': '扣款未经授权',
  'stripe.dispute.duplicate': '重复扣款',
  'stripe.dispute.fraudulent': '欺诈',
  'stripe.dispute.general': '一般',
  'stripe.dispute.incorrect_account_details': '账户信息有误',
  'stripe.dispute.insufficient_funds': '余额不足',
  'stripe.dispute.noncompliant': '不符合卡组织规则',
  'stripe.dispute.product_not_received': '未收到商品',
  'stripe.dispute.product_unacceptable': '商品与描述不符',
  'stripe.dispute.subscription_canceled': '订阅已取消',
  'stripe.dispute.unrecognized': '无法识别的付款',

  'stripe.event.payment_intent.succeeded': '付款成功',
  'stripe.event.checkout.session.completed': '付款页面已完成',
  'stripe.event.checkout.session.async_payment_succeeded': '延迟付款成功',
  'stripe.event.charge.dispute.created': '已发起争议',

  'payFailure.bankDebitFailed': '顾客的银行没有付款：银行扣款失败。请换一种付款方式。',
};
