/**
 * Which of antd's breakpoints the window reaches, right on the first render and re-rendering only when one
 * changes. antd's `Grid.useBreakpoint` answers `{}` on the first render (every layout started as a phone's) and
 * forces a render of its component on subscribing, whether anything changed or not: the portal's frame rendered
 * its whole page again in the first long task of every load (ADR 0024).
 */
import { useSyncExternalStore } from 'react';

/** antd's breakpoints (its theme's screenSM… tokens, which the app's themes leave as they are). */
const MIN_WIDTH = { sm: 576, md: 768, lg: 992 } as const;

export type Screens = Record<keyof typeof MIN_WIDTH, boolean>;

const lists = new Map<number, MediaQueryList>();

function mediaList(px: number): MediaQueryList {
  let list = lists.get(px);
  if (!list) lists.set(px, (list = window.matchMedia(`(min-width: ${px}px)`)));
  return list;
}

function useMinWidth(px: number): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = mediaList(px);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => mediaList(px).matches,
  );
}

/** The breakpoints the window is at least as wide as (sm ≥ 576 px, md ≥ 768 px, lg ≥ 992 px). */
export function useScreens(): Screens {
  return { sm: useMinWidth(MIN_WIDTH.sm), md: useMinWidth(MIN_WIDTH.md), lg: useMinWidth(MIN_WIDTH.lg) };
}
