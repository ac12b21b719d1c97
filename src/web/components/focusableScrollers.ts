/**
 * A table that scrolls sideways (a wide table on a phone, a long one in a box) can be scrolled by
 * keyboard: its scrolling box joins the Tab order (WCAG 2.1.1; axe's scrollable-region-focusable).
 * antd gives no prop for it, so one observer of the page marks them as they appear.
 */
import { useEffect } from 'react';

const SCROLLERS = '.ant-table-content, .ant-table-body';

function mark(root: ParentNode) {
  for (const el of root.querySelectorAll<HTMLElement>(SCROLLERS)) {
    const scrolls = el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight;
    if (scrolls && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '0');
    else if (!scrolls && el.getAttribute('tabindex') === '0') el.removeAttribute('tabindex');
  }
}

/** Keeps every scrolling table box of the page focusable. */
export function useFocusableScrollers() {
  useEffect(() => {
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => mark(document));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    mark(document);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, []);
}
