'use client';
// Where keyboard focus goes when the page changes under it, so a keyboard or screen-reader user
// is not left on <body> (issue 16, item 10):
//   - FocusHere: a result the person just caused (an approval, a return): focused when it appears;
//   - FocusHeadingOnNavigate: after a move to another page inside the app, its main heading.
// A full page load needs neither: it starts at the top, with the skip link first.
import { usePathname } from 'next/navigation';
import { useEffect, useRef, type ReactNode } from 'react';

export function FocusHere({ children, className = '', role }: { children: ReactNode; className?: string; role?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role={role} className={`outline-none focus-visible:ring-2 focus-visible:ring-brand-700 ${className}`}>
      {children}
    </div>
  );
}

export function FocusHeadingOnNavigate() {
  const pathname = usePathname();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }, [pathname]);
  return null;
}
