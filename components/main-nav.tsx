'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface NavItem {
  href: string;
  label: string;
  match: string[];
  /** What waits there for the signed-in person, e.g. 3 with "3 updates due". */
  count?: number;
  countLabel?: string;
}

export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
      <ul className="flex flex-wrap gap-1">
        {items.map((item) => {
          const active = item.match.some((m) => pathname === m || pathname.startsWith(`${m}/`));
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className="inline-flex min-h-10 items-center gap-2 rounded-md px-3 text-sm font-medium text-blue-100 no-underline hover:bg-white/10 hover:text-white hover:no-underline aria-[current=page]:bg-white/15 aria-[current=page]:text-white"
              >
                {item.label}
                {item.count ? (
                  <span className="rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-slate-900">
                    <span aria-hidden="true">{item.count}</span>
                    <span className="sr-only">({item.countLabel})</span>
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
