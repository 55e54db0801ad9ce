// Prints the nginx configuration for several app instances behind one address:
//   npm run --silent nginx:config -- --listen 80 --upstream 127.0.0.1:3001 --upstream 127.0.0.1:3002 [--prefix /var/lib/northstar-nginx]
// See README, "Running several instances".
import { nginxConfig } from '@/lib/nginx-config';

const args = process.argv.slice(2);
const values = (name: string) => args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]!] : []));
const upstreams = values('--upstream');
const listen = values('--listen')[0] ?? '80';
const prefix = values('--prefix')[0] ?? '/var/lib/northstar-nginx';
if (upstreams.length === 0) {
  console.error('usage: npm run --silent nginx:config -- --listen <port> --upstream <host:port> [--upstream <host:port> …] [--prefix <dir>]');
  process.exit(2);
}
process.stdout.write(nginxConfig({ listen, upstreams, prefix }));
