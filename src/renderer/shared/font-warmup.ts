/**
 * The first switch to Chinese used to wait for Chromium to find, open and read the CJK font (two files of some
 * 20 MB each, regular and bold) while it painted the till: a quarter of a second, once per window. Once the
 * window has painted and is idle, a line in each weight is laid out and painted out of sight, so the faces are
 * ready before anyone picks the language; the line goes away a frame later. Latin, Cyrillic and accented text
 * come from the first fonts of the stack, which the window already uses.
 */
const sample = '简体中文 收银台 付款 现金 银行卡 退款 订单 设置 商品 数量 合计 找零 打印 小票 确认 取消';

/** Lays the sample out in the weights the screens use (fonts-noto-cjk ships regular and bold). */
function warm(): void {
  const box = document.createElement('div');
  box.setAttribute('aria-hidden', 'true');
  box.lang = 'zh-CN';
  // Painted (not display: none or visibility: hidden, which Chromium skips), but under everything and clipped.
  box.style.cssText =
    'position:fixed;left:0;top:0;width:2px;height:2px;overflow:hidden;opacity:0.01;pointer-events:none;' +
    'z-index:-1;white-space:nowrap;contain:strict';
  for (const weight of ['400', '700']) {
    const line = document.createElement('span');
    line.style.fontWeight = weight;
    line.textContent = sample;
    box.append(line);
  }
  document.body.append(box);
  requestAnimationFrame(() => requestAnimationFrame(() => box.remove()));
}

/** Warms the CJK faces when the window is idle after its first paint, never in its way. */
export function warmFontsWhenIdle(): void {
  if (document.documentElement.lang.startsWith('zh')) return; // already painted in Chinese
  const later = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 3000 });
    else setTimeout(warm, 500);
  };
  requestAnimationFrame(() => setTimeout(later, 0));
}
