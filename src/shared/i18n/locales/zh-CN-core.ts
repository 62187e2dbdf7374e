import type { enCore } from '../en-core.ts';

/** 窗口之外由核心说出的文字：警报、CSV 文件的表头、打印测试页、启动失败对话框。 */
export const coreMessages: Record<keyof typeof enCore, string> = {
  'alert.integrityUnchecked':
    '本次启动时无法检查数据库是否损坏。销售照常进行；如果反复出现，请告知 IT 人员并把日志文件交给他们。',
  'alert.integrityFailed': '数据库未通过完整性检查。请只收现金，并请 IT 人员恢复最近的备份。',
  'alert.mpReceiver':
    'Kassa 无法在 {host}:{port} 上接收 Mercado Pago 的通知（{error}）。刷卡付款仍会每隔几秒查询一次并更新；请在 Mercado Pago 设置中换一个地址或端口。',
  'alert.unmatchedPayment':
    '{provider} 有一笔金额为 {amount} 的付款 {ref}（{phase, select, succeeded {已付款} authorized {已预授权，尚未请款} canceled {已取消} declined {已拒绝} failed {失败} other {{phase}}}），与本收银台的任何订单都不匹配。请在 {provider} 控制台 (Dashboard) 中核查。',
  'alert.unmatchedEvent':
    'Stripe 有一笔金额为 {amount} 的付款 {ref}（{event}），与本收银台的任何订单都不匹配。请在 Stripe 控制台 (Dashboard) 中核查。',
  'alert.disputed':
    '有顾客向其银行对一笔 {amount} 的付款提出争议（{reason}）。请在 {due} 之前在 Stripe 控制台 (Dashboard) 中答复。',
  'alert.remotePaid':
    '{name} 已通过链接支付了{fulfilment, select, pickup {自提} delivery {送货} phone {电话} other {{fulfilment}}}订单。',
  'alert.forcedNotReceived':
    '一笔被强制标记为已付款的 {amount} 刷卡付款，{provider} 并未收到。请用其他方式收款。',
  'alert.repairOrderClosed':
    '一笔 {amount} 的刷卡付款在服务商处已成功，但其订单{status, select, paid {已付款} voided {已作废} other {仍未结}}，无法计入这笔付款。请核对订单，如顾客重复付款，请退款到卡上。',
  'alert.repairNoAttempt':
    '一笔 {amount} 的刷卡付款记录为已付款，但 Kassa 没有把它发送到终端的记录。请查看服务商的控制台，如果没有这笔付款，请用其他方式收款。',
  'alert.repairEnded':
    '一笔 {amount} 的刷卡付款记录为已付款，但服务商将其结束为{state, select, declined {已拒绝} canceled {已取消} failed {失败} other {{state}}}。请查看服务商的控制台，如果款项未到，请用其他方式收款。',
  'alert.noKeyring':
    '这台电脑没有可供 Kassa 使用的密钥环（{backend}），因此支付服务商的密钥只由一个密钥文件保护，任何能登录这个电脑账户的人都能读取。请 IT 人员设置 GNOME Keyring 或 KWallet，然后重新启动 Kassa。',
  'alert.secretUnreadable':
    'Kassa 无法再读取{name}：这台电脑的密钥环已更改。请在偏好设置的 Stripe 配置或 Mercado Pago 中重新输入。',

  'secret.mpAccessToken': 'Mercado Pago 访问令牌',
  'secret.mpWebhookSecret': 'Mercado Pago Webhook 密钥',
  'secret.stripeKey': '配置“{profile}”的 Stripe 密钥',

  'csv.book.at': '日期和时间',
  'csv.book.order': '订单号',
  'csv.book.type': '类型',
  'csv.book.method': '付款方式',
  'csv.book.journal': '日记账',
  'csv.book.amount': '金额',
  'csv.book.brand': '卡组织',
  'csv.book.last4': '卡号后 4 位',
  'csv.book.outstanding': '应收账户',
  'csv.book.intermediary': '过渡账户',
  'csv.book.defaults': '默认账户',
  'csv.book.reconcile': '需要对账',
  'csv.book.orderId': '订单 ID',
  'csv.book.payment': '付款',
  'csv.book.refund': '退款',
  'csv.book.outstandingOnly': '仅应收账户',
  'csv.book.intermediaryOnly': '仅过渡账户',
  'csv.currency': '币种',
  'csv.yes': '是',
  'csv.no': '否',
  'csv.sales.payments': '付款笔数',

  'app.startFailedTitle': 'Kassa 无法启动',
  'app.startFailed': 'Kassa 未能启动（数据文件夹 {folder}）：{reason}',
  'app.startFailedLog': '如果反复出现，请联系 IT 人员并把日志文件交给他们：{file}',

  'printing.testSize': '{columns} 列，{paper} 毫米',

  'refundFailure.release': '无法释放预授权。',
  'refundFailure.lostOrStolen': '该卡已挂失或被盗：请用其他方式退还款项。',
  'refundFailure.expiredOrCanceled': '该卡已过期或已注销：请用其他方式退还款项。',
  'refundFailure.disputed': '这笔付款正在争议中，目前无法退款。',
  'refundFailure.other': '发卡行拒绝了这笔退款（{code}）：请用其他方式退还款项。',
};
