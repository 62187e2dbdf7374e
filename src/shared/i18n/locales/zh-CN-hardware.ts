/** Counter hardware (issue 11, en-hardware.ts): zh-CN. */
import type { HardwareMessages } from '../en-hardware.ts';

export const hardwareMessages: HardwareMessages = {
  'hardware.receipt.attempts': '付款尝试（仅员工可见，不在顾客的收据上）',
  'hardware.zAtClose': '日结时在收据打印机上自动打印 Z 报表',
  'hardware.zAtCloseHint': '日结后自动打印，且只打印一次。之后仍可从 Z 报表中再次打印。',
  'prefs.printers.kind.serial': '串口线（COM 端口）',
  'hardware.serial.port': '串口',
  'hardware.serial.portHint':
    '线缆所插的端口：Windows 上为 COM3，Linux 上为 /dev/ttyUSB0，Mac 上为 /dev/cu.usbserial-…。',
  'hardware.serial.baud': '波特率',
  'hardware.serial.baudHint': '与打印机上的设置一致（打印机自检页上有显示），通常为 9600、19200 或 38400。',
  'err.print.badSerialPort': '请输入打印机所连接的串口，例如 COM3 或 /dev/ttyUSB0。',
  'err.print.badBaud': '请选择打印机上设置的波特率：9600、19200、38400、57600 或 115200。',
  'tax.named': '{name}（{rate}）',
};
