/** Attributes carrying a `data-testid`, for props typed as plain HTML attributes (table rows, cells). */
import type { HTMLAttributes } from 'react';

/** `{ 'data-testid': id, ...data }` typed so it can be returned from `onRow` / `onCell`. */
export function testIdAttrs(id: string, data: Record<string, string> = {}): HTMLAttributes<HTMLElement> {
  const attrs: Record<string, string> = { 'data-testid': id };
  for (const [k, v] of Object.entries(data)) attrs[`data-${k}`] = v;
  return attrs as HTMLAttributes<HTMLElement>;
}

/** `{ 'data-testid': id }` as props of a component that forwards unknown attributes (e.g. `okButtonProps`). */
export function dataTestId<T extends object>(id: string): T {
  const attrs: Record<string, string> = { 'data-testid': id };
  return attrs as T;
}
