// next-auth configuration: email + password sign-in, JWT sessions that carry the user id and
// the account's session version. Each request checks the version (lib/auth/sessions.ts), so
// signing out, deactivation or a change of role ends every session of the account at once;
// role, division and "active" are loaded from the database on every request.
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { recordAudit } from '@/lib/data/audit';
import { getDb } from '@/lib/db';
import { demoMode, env, servedOverHttps } from '@/lib/env';
import { SIGN_IN_LOCKED } from '@/lib/errors';
import { dummyPasswordHash, hashPassword, isLegacyHash, verifyPassword } from '@/lib/auth/passwords';
import { endSessions, SessionEnded, sessionIsCurrent } from '@/lib/auth/sessions';
import { clearFailures, lockedUntil, recordFailure, throttleKey } from '@/lib/auth/throttle';

const credentialsSchema = z.object({
  email: z.email().transform((e) => e.toLowerCase().trim()),
  password: z.string().min(1).max(1000),
});

export interface SignedIn {
  id: string;
  email: string;
  name: string;
  sessionVersion: number;
}

type Headers = Record<string, string | string[] | undefined>;

/** The client address, when a trusted proxy says it (NORTHSTAR_TRUST_PROXY); otherwise unknown. */
export function clientAddress(headers: Headers | undefined): string | null {
  if (!env().NORTHSTAR_TRUST_PROXY || !headers) return null;
  const forwarded = headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first ? first.slice(0, 64) : null;
}

/**
 * Checks an email and password, with throttling: a locked account or address is refused before
 * its password is looked at. Every success, failure and lockout of a known account is an audit
 * event of its organization.
 */
export async function verifyCredentials(raw: unknown, options: { address?: string | null; now?: Date } = {}): Promise<SignedIn | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const db = getDb();
  const now = options.now ?? new Date();
  const { email, password } = parsed.data;
  const keys = [throttleKey.account(email), ...(options.address ? [throttleKey.address(options.address)] : [])];
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, organizationId: true, email: true, name: true, active: true, isDemo: true, passwordHash: true, sessionVersion: true },
  });
  const audit = (action: string, after: Record<string, string | number | null>) =>
    user
      ? recordAudit(db, { organizationId: user.organizationId, id: user.id }, { action, entityType: 'User', entityId: user.id, after })
      : Promise.resolve();

  const locked = await lockedUntil(db, keys, now);
  if (locked) {
    await audit('auth.signin.refused', { reason: 'locked', lockedUntil: locked.toISOString(), address: options.address ?? null });
    throw new Error(SIGN_IN_LOCKED);
  }

  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  // A demo account's password is published: outside demo mode it never signs in.
  // No password yet (an unused invitation): nothing typed signs in, not even the dummy's own password.
  if (!user || !user.passwordHash || !ok || !user.active || (user.isDemo && !demoMode())) {
    const failure = await recordFailure(db, keys, now);
    await audit('auth.signin.failure', { failures: failure.failures, address: options.address ?? null });
    if (failure.locked) await audit('auth.lockout', { lockedUntil: failure.locked.toISOString(), failures: failure.failures });
    return null;
  }

  await clearFailures(db, throttleKey.account(email));
  // A hash from before argon2id is replaced now that the password is known.
  if (isLegacyHash(user.passwordHash)) await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  await audit('auth.signin.success', { address: options.address ?? null });
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: env().NORTHSTAR_SESSION_MINUTES * 60 },
  // Behind https the cookies are Secure and __Secure-/__Host- prefixed (the proxy's getToken
  // reads the same NEXTAUTH_URL to find them).
  useSecureCookies: servedOverHttps(),
  // next-auth's own error page has an inline style sheet the policy refuses: errors go to sign-in.
  pages: { signIn: '/login', error: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      authorize: (credentials, req) => verifyCredentials(credentials, { address: clientAddress(req?.headers) }),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as SignedIn).sessionVersion;
        return token;
      }
      // Throwing here makes next-auth clear the cookie and answer no session.
      if (!(await sessionIsCurrent(token))) throw new SessionEnded();
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // Signing out ends every session of the account, not only this browser's cookie.
    async signOut({ token }) {
      if (token?.sub) await endSessions(getDb(), token.sub);
    },
  },
  logger: {
    error(code, metadata) {
      // An ended session is the expected answer to an old cookie, not a fault.
      if (metadata instanceof SessionEnded || (metadata as { error?: unknown })?.error instanceof SessionEnded) return;
      console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
};
