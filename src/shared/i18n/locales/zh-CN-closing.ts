/** 简体中文: closing the day, the check of the Z reports' hash chain (en-closing.ts). */
import type { ClosingMessages } from '../en-closing.ts';

export const closingMessages: ClosingMessages = {
  'chain.missing': '缺少 Z 报表 {number}。',
  'chain.missingRange': '缺少 Z 报表 {from} 至 {to}。',
  'chain.unlinked': 'Z 报表 {number} 未承接 Z 报表 {previous}：其中一张已被改动。',
  'chain.changed': 'Z 报表 {number} 在写入后被改动过。',
  'chain.unknownFormat': 'Z 报表 {number} 使用格式 {format}，此版本的 Kassa 无法校验：请更新 Kassa。',
};
