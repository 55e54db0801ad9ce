import Link from 'next/link';
import { MainNav, type NavItem } from '@/components/main-nav';

export interface HeaderUser {
  name: string;
  roleLabel: string;
  organizationName: string;
  nav: NavItem[];
  /** Administration links, shown folded under one button. */
  adminNav?: NavItem[];
}

export function Logo() {
  return (
    <span className="flex items-center gap-2 font-bold tracking-tight text-white">
      <svg viewBox="0 0 24 24" className="h-6 w-6" aria-hidden="true" focusable="false">
        <path fill="#fbbf24" d="M12 1l2.6 8.4H23l-6.8 5 2.6 8.6L12 17.8 5.2 23l2.6-8.6L1 9.4h8.4z" />
      </svg>
      Northstar
    </span>
  );
}

export function SiteHeader({ user }: { user: HeaderUser | null }) {
  return (
    <header className="no-print bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={user ? '/dashboard' : '/'} className="rounded text-white no-underline hover:no-underline">
          <Logo />
        </Link>
        {user && <MainNav items={user.nav} admin={user.adminNav} />}
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="hidden text-right leading-tight md:block">
                <span className="block font-semibold">{user.name}</span>
                <span className="block text-xs text-blue-200">
                  {user.roleLabel} · {user.organizationName}
                </span>
              </span>
              <Link
                href="/logout"
                className="inline-flex min-h-10 items-center rounded-md border border-white/30 px-3 font-medium text-white no-underline hover:bg-white/10 hover:no-underline"
              >
                Sign out
              </Link>
            </>
          ) : (
            <Link
              href="/login"
              className="inline-flex min-h-10 items-center rounded-md border border-white/30 px-3 font-medium text-white no-underline hover:bg-white/10 hover:no-underline"
            >
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
