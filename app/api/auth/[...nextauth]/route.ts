import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

const handler = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

/** Signing in with a password is a POST; next-auth answers a GET of its callback with a 500. */
async function GET(request: Request, context: Context) {
  const [action, provider] = (await context.params).nextauth;
  if (action === 'callback' && provider === 'credentials') {
    return new Response('Sign in at /login.\n', { status: 405, headers: { Allow: 'POST', 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return handler(request, context);
}

export { GET, handler as POST };
