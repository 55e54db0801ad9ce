// next-auth configuration: email + password sign-in, JWT sessions that carry only the
// user id. Role, division and "active" are loaded from the database on every request.
import 'server-only';
import bcrypt from 'bcryptjs';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { getDb } from '@/lib/db';
import { demoMode } from '@/lib/env';

const credentialsSchema = z.object({
  email: z.email().transform((e) => e.toLowerCase().trim()),
  password: z.string().min(1).max(200),
});

// Compared against when the email is unknown, so a miss costs as long as a hit.
let dummyHash: string | undefined;
const getDummyHash = () => (dummyHash ??= bcrypt.hashSync('no-such-user', 10));

export async function verifyCredentials(raw: unknown): Promise<{ id: string; email: string; name: string } | null> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const user = await getDb().user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, active: true, isDemo: true, passwordHash: true },
  });
  const ok = await bcrypt.compare(parsed.data.password, user?.passwordHash ?? getDummyHash());
  // A demo account's password is published: outside demo mode it never signs in.
  // No password yet (an unused invitation): nothing typed signs in, not even the dummy's own password.
  if (!user || !user.passwordHash || !ok || !user.active || (user.isDemo && !demoMode())) return null;
  return { id: user.id, email: user.email, name: user.name };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      authorize: (credentials) => verifyCredentials(credentials),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
