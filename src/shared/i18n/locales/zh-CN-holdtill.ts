/** 简体中文：收银台上的预授权（en-holdtill.ts）。 */
import type { HoldTillMessages } from '../en-holdtill.ts';

export const holdTillMessages: HoldTillMessages = {
  'holdtill.open': '预授权金额',
  'holdtill.openHint': '现在在顾客的银行卡上冻结一笔金额，稍后在“预授权”中扣款。',
  'holdtill.title': '在银行卡上预授权金额',
  'holdtill.amount': '预授权金额',
  'holdtill.amountHint': '现在还不会扣款：银行会为您冻结这笔金额，直到您扣款或释放。',
  'holdtill.where': '银行卡',
  'holdtill.noWhere': '请为预授权选择读卡器或一张已保存的银行卡。',
  'holdtill.atReader': '在读卡器上：{reader}',
  'holdtill.onCard': '{brand} •••• {last4}，已保存的卡',
  'holdtill.hold': '冻结',
  'holdtill.close': '关闭',
  'holdtill.cancel': '取消预授权',
  'holdtill.done': '完成',
  'holdtill.held': '已在 {brand} •••• {last4} 上冻结 {amount}。请在“预授权”中扣款或释放。',
  'holdtill.failed': '未能预授权：{reason}',
  'holdtill.canceled': '预授权已取消，银行卡上没有冻结任何金额。',
  'holdtill.capturedRest': '已扣款 {amount}，其余 {rest} 已退回银行卡。',
  'holdtill.demo.visa': '出示 Visa 卡',
  'holdtill.demo.mastercard': '出示 Mastercard',
  'holdtill.demo.declined': '出示被银行拒绝的卡',
  'holdtill.demo.insufficientFunds': '出示余额不足的卡',
  'holdtill.refundReason': '原因',
  'holdtill.reason.requested_by_customer': '顾客要求退款',
  'holdtill.reason.duplicate': '重复扣款',
  'holdtill.reason.fraudulent': '欺诈：银行卡不属于该顾客',
  'holdtill.cancelSetup': '停止等待银行卡',
  'err.holds.notWaiting': '此预授权现在没有在读卡器上等待银行卡。',
  'alert.holdCaptureLess':
    '一笔预授权原本要为第 {number} 号订单扣款 {asked}，但该订单现在的欠款更少。只扣了应付的 {amount}，其余已退回银行卡。',
  'alert.holdCaptureReleased':
    '一笔预授权原本要为第 {number} 号订单扣款 {asked}，但该订单现在已无欠款（已用其他方式支付或已作废）。预授权已释放，银行卡上没有扣款。',
  'alert.holdCaptureUnrecorded':
    'Stripe 已从第 {number} 号订单的预授权中扣款 {amount}（{ref}），但在此期间该订单已用其他方式支付。请在 Stripe 控制台中退款到银行卡，或与顾客协商处理。',
  'alert.unmatchedHold':
    'Stripe 上有一笔由本收银台创建的预授权 {ref}，金额 {amount}（{status, select, requires_capture {已冻结} succeeded {已扣款} canceled {已释放} other {{status}}}），与这里的任何预授权都不对应。请在 Stripe 控制台中核查，如无人需要请释放。',
  'alert.unmatchedSetup':
    'Stripe 上有一个由本收银台创建的{kind, select, validation {银行卡验证} other {银行卡保存}} {ref}，与这里任何顾客的银行卡都不对应。请在 Stripe 控制台中核查。',
};
