/** 简体中文：支付自动驾驶（en-autopilot.ts）。 */
import type { AutopilotMessages } from '../en-autopilot.ts';

export const autopilotMessages: AutopilotMessages = {
  'err.autopilot.chargeMoreThanDue': '金额超过订单尚欠金额。请最多输入应付金额。',
};
