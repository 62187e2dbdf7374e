/** Counter hardware (issue 11, en-hardware.ts): zh-CN. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts': '付款尝试（仅员工可见，不在顾客的收据上）',
  'hardware.zAtClose': '日结时在收据打印机上自动打印 Z 报表',
  'hardware.zAtCloseHint': '日结后自动打印，且只打印一次。之后仍可从 Z 报表中再次打印。',
};
