import 'next-auth';

declare module 'next-auth' {
  interface Session {
    user?: { id?: string; name?: string | null; email?: string | null; image?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    /** The account's session version when the session began (lib/auth/sessions.ts). */
    sv?: number;
  }
}
