'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';

export interface NavItem {
  href: string;
  label: string;
  match: string[];
  /** What waits there for the signed-in person, e.g. 3 with "3 updates due". */
  count?: number;
  countLabel?: string;
}

const linkClass =
  'inline-flex min-h-10 items-center gap-2 rounded-md px-3 text-sm font-medium text-blue-100 no-underline hover:bg-white/10 hover:text-white hover:no-underline aria-[current=page]:bg-white/15 aria-[current=page]:text-white';

const isActive = (item: NavItem, pathname: string) => item.match.some((m) => pathname === m || pathname.startsWith(`${m}/`));

/**
 * The administration links, folded into one "Admin" button so the header stays one row on a
 * phone. A disclosure (not an ARIA menu): Tab moves through the links, Escape closes it.
 */
function AdminMenu({ items, pathname }: { items: NavItem[]; pathname: string }) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLLIElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const active = items.some((item) => isActive(item, pathname));

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <li ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className={`${linkClass} cursor-pointer ${active ? 'bg-white/15 text-white' : ''}`}
      >
        Admin
        <svg viewBox="0 0 12 12" className={`h-3 w-3 transition-transform ${open ? 'rotate-180' : ''}`} aria-hidden="true" focusable="false">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
      <ul
        id={panelId}
        hidden={!open}
        className="absolute right-0 z-20 mt-1 w-56 rounded-lg border border-white/20 bg-brand-900 p-1 shadow-lg sm:right-auto sm:left-0"
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isActive(item, pathname) ? 'page' : undefined}
              className={`${linkClass} w-full`}
              onClick={() => setOpen(false)}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}

export function MainNav({ items, admin = [] }: { items: NavItem[]; admin?: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} aria-current={isActive(item, pathname) ? 'page' : undefined} className={linkClass}>
              {item.label}
              {item.count ? (
                <span className="rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-slate-900">
                  <span aria-hidden="true">{item.count}</span>
                  <span className="sr-only">({item.countLabel})</span>
                </span>
              ) : null}
            </Link>
          </li>
        ))}
        {admin.length > 0 && <AdminMenu items={admin} pathname={pathname} />}
      </ul>
    </nav>
  );
}
