/** 稍后从已保存的卡扣款（issue 13，STO-9）。 */
import type { LaterMessages } from '../en-later.ts';

export const laterMessages: LaterMessages = {
  'later.open': '稍后扣款…',
  'later.title': '稍后从卡中扣款',
  'later.when': '扣款时间（日期和时间）',
  'later.hint': '自动执行会在该时间自行从卡中扣款。在此之前销售保持未结。',
  'later.submit': '安排扣款 {amount}',
  'later.cancel': '取消',
  'later.noCard': '请先选择该顾客已保存的一张卡。',
  'later.noTime': '请输入扣款的日期和时间。',
  'later.scheduled':
    '将于 {when} 从 {card} 扣款 {amount}。在此之前销售保持未结；扣款列在偏好设置的“自动执行”中。',
  'later.nextSale': '下一笔销售',
  'tabs.prepayCash': '先收取现金 {amount}',
  'tabs.prepaying': '正在收取预付款 {amount}…',
  'tabs.prepaid': '已收取现金预付款 {amount}。',
  'err.autopilot.dueInPast': '该时间已经过去。请选择将来的日期和时间。',
};
