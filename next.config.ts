import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { FIXED_SECURITY_HEADERS } from './lib/security-headers';
import { MAX_REQUEST_BYTES } from './lib/upload-limit';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Only the driver adapter touches pg; keep it (and PGlite) out of the server bundle.
  serverExternalPackages: ['pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  poweredByHeader: false,
  typedRoutes: false,
  // Plan files are uploaded through a server action (the import checks its own 10 MB limit);
  // the proxy reads bodies as long (a longer one would reach the app cut short: it refuses them).
  experimental: { serverActions: { bodySizeLimit: MAX_REQUEST_BYTES }, proxyClientMaxBodySize: MAX_REQUEST_BYTES },
  // Every response, files included; the proxy adds the policy, HSTS and the request id (lib/request-security.ts).
  async headers() {
    return [{ source: '/:path*', headers: FIXED_SECURITY_HEADERS.map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
