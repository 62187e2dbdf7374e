/// <reference lib="dom" />
/**
 * The layout check (issue 15.19): on the screen as it is, no two interactive elements overlap, no label's text is
 * clipped, and nothing interactive lies outside the window unless a scrolling container holds it (the cashier can
 * scroll to it). Runs in the page, on what the browser really laid out.
 */
import type { Page } from 'playwright-core';

export interface LayoutProblem {
  kind: 'overlap' | 'clipped' | 'unreachable';
  what: string;
}

export async function layoutProblems(page: Page): Promise<LayoutProblem[]> {
  return page.evaluate(() => {
    const problems: { kind: 'overlap' | 'clipped' | 'unreachable'; what: string }[] = [];
    const name = (e: Element) =>
      `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.classList.length > 0 ? `.${[...e.classList].join('.')}` : ''} “${(e.textContent ?? '').trim().slice(0, 40)}”`;
    const visible = (e: Element) => {
      const style = getComputedStyle(e);
      const box = e.getBoundingClientRect();
      // Text only for screen readers (the visually-hidden pattern: 1 px, clipped) is not laid out for eyes.
      const forReaders = style.position === 'absolute' && box.width <= 1 && box.height <= 1;
      return (
        style.visibility !== 'hidden' &&
        style.display !== 'none' &&
        box.width > 0 &&
        box.height > 0 &&
        !forReaders
      );
    };
    // Only what can be seen and reached: a modal dialog makes the page behind it inert.
    const modal = document.querySelector('dialog[open]');
    const root: ParentNode = modal ?? document;
    const interactive = [
      ...root.querySelectorAll('button, input, select, textarea, a[href], [role="tab"], [role="radio"]'),
    ].filter((e) => visible(e) && !e.closest('[inert]'));

    /** The nearest ancestor that scrolls, if any: what it holds can be scrolled to. */
    const scroller = (e: Element): Element | null => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (/(auto|scroll)/.test(style.overflowX + style.overflowY)) return p;
      }
      return null;
    };
    /** The part of the element a person can see, inside every clipping ancestor and the window. */
    const shownBox = (e: Element) => {
      const box = e.getBoundingClientRect();
      let { left, top, right, bottom } = box;
      for (let p = e.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          const clip = p.getBoundingClientRect();
          left = Math.max(left, clip.left);
          top = Math.max(top, clip.top);
          right = Math.min(right, clip.right);
          bottom = Math.min(bottom, clip.bottom);
        }
      }
      right = Math.min(right, window.innerWidth);
      bottom = Math.min(bottom, window.innerHeight);
      return { left, top, right, bottom };
    };

    const boxes = interactive.map((e) => ({ e, box: shownBox(e) }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.e.contains(b.e) || b.e.contains(a.e)) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        // A pixel of shared border is not an overlap.
        if (w > 1 && h > 1) problems.push({ kind: 'overlap', what: `${name(a.e)} × ${name(b.e)}` });
      }
    }

    for (const e of interactive) {
      const box = e.getBoundingClientRect();
      const outside =
        box.bottom > window.innerHeight + 1 ||
        box.right > window.innerWidth + 1 ||
        box.top < -1 ||
        box.left < -1;
      const shown = shownBox(e);
      const hidden = shown.right - shown.left < 2 || shown.bottom - shown.top < 2;
      if ((outside || hidden) && scroller(e) === null) problems.push({ kind: 'unreachable', what: name(e) });
    }

    // Labels: short texts that must be read whole (buttons, tabs, badges, field labels, headings).
    const labels = [
      ...root.querySelectorAll(
        'button, [role="tab"], [role="radio"], label, .field__label, .badge, .header__demo strong, h1, h2, dt, th',
      ),
    ].filter(visible);
    for (const e of labels) {
      // Shortened on purpose, with the whole text in its title (a long store name, the demo explanation).
      if (e.hasAttribute('title')) continue;
      // Text past its own box (scrollWidth; a block's clientWidth), or a box cut by a container that clips it.
      const overflowing = e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1;
      const box = e.getBoundingClientRect();
      const shown = shownBox(e);
      const inScroller = scroller(e) !== null;
      const cut =
        !inScroller &&
        (shown.right - shown.left < box.width - 1 || shown.bottom - shown.top < box.height - 1);
      if (overflowing || cut) problems.push({ kind: 'clipped', what: name(e) });
    }
    return problems;
  });
}
