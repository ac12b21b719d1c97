/** A button that is a link: one `<a href>` (no button nested in a link), navigating inside the app. */
import { Button, type ButtonProps } from 'antd';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler } from 'react-router-dom';

/** An antd button rendered as a router link to `to`; ctrl/middle-click still open a new tab. */
export function LinkButton({ to, ...props }: Omit<ButtonProps, 'href' | 'onClick'> & { to: string }) {
  const href = useHref(to);
  const follow = useLinkClickHandler<HTMLElement>(to);
  return <Button {...props} href={href} onClick={(e: MouseEvent<HTMLElement>) => follow(e)} />;
}
