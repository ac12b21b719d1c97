/**
 * A part of a page below the fold, rendered after the page's first paint (ADR 0024): its first render shows
 * nothing, an effect (after the paint) then mounts the children in a transition, which React renders in slices
 * that yield to the browser — so the part's render is neither in the first long task nor a long task of its own
 * (Lighthouse's TBT on a phone's slowed CPU). Only for what a visitor does not see before scrolling: it appears a
 * moment later.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';

export function AfterPaint({ children }: { children: ReactNode }) {
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown ? children : null;
}
