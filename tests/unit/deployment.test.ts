import { describe, expect, it } from 'vitest';
import { missingDeploymentSettings } from '@/lib/deployment';
import { isDatabaseConnectionError } from '@/lib/db/availability';
import { nginxConfig } from '@/lib/nginx-config';

const base = { NEXTAUTH_SECRET: undefined, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined, DATABASE_URL: undefined, NORTHSTAR_INSTANCES: 1 };

describe('what a deployment must set before it starts', () => {
  it('lets the embedded try-it-now start and demo mode go without keys', () => {
    expect(missingDeploymentSettings(base, { demo: true, production: true })).toEqual([]);
    expect(missingDeploymentSettings({ ...base, DATABASE_URL: 'postgres://db/x' }, { demo: true, production: true })).toEqual([]);
    expect(missingDeploymentSettings({ ...base, DATABASE_URL: 'postgres://db/x' }, { demo: false, production: false })).toEqual([]);
  });

  it('refuses a real deployment without its own session key, saying how to make one', () => {
    const [problem, ...rest] = missingDeploymentSettings({ ...base, DATABASE_URL: 'postgres://db/x' }, { demo: false, production: true });
    expect(rest).toEqual([]);
    expect(problem).toMatch(/NEXTAUTH_SECRET is not set.*openssl rand -base64 32/);
  });

  it('asks several instances for both shared keys', () => {
    const missing = missingDeploymentSettings({ ...base, NORTHSTAR_INSTANCES: 2 }, { demo: true, production: true });
    expect(missing.map((m) => m.split(' ')[0])).toEqual(['NEXTAUTH_SECRET', 'NEXT_SERVER_ACTIONS_ENCRYPTION_KEY']);
    expect(
      missingDeploymentSettings({ ...base, NORTHSTAR_INSTANCES: 2, NEXTAUTH_SECRET: 'x'.repeat(32), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: 'k' }, { demo: false, production: true }),
    ).toEqual([]);
  });
});

describe('a database connection error', () => {
  it('is told from an error of the query itself, also when wrapped', () => {
    expect(isDatabaseConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isDatabaseConnectionError(new Error('terminating connection due to administrator command'))).toBe(true);
    expect(isDatabaseConnectionError({ code: 'P1001', message: "Can't reach database server" })).toBe(true);
    expect(isDatabaseConnectionError(new Error('render failed', { cause: { code: '57P01' } }))).toBe(true);
    expect(isDatabaseConnectionError(Object.assign(new Error('duplicate key'), { code: 'P2002' }))).toBe(false);
    expect(isDatabaseConnectionError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseConnectionError(null)).toBe(false);
  });
});

describe('the nginx configuration', () => {
  it('balances every instance, retries a failed one for reads, and pins only when asked', () => {
    const conf = nginxConfig({ listen: '80', upstreams: ['10.0.0.1:3000', '10.0.0.2:3000'], prefix: '/var/lib/x' });
    expect(conf).toContain('server 10.0.0.1:3000 max_fails=1 fail_timeout=10s;');
    expect(conf).toContain('server 10.0.0.2:3000 max_fails=1 fail_timeout=10s;');
    expect(conf).toContain('proxy_next_upstream error timeout http_502 http_503 http_504;');
    expect(conf).toContain('proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;');
    expect(conf).not.toContain('x_northstar_instance');
    expect(nginxConfig({ listen: '80', upstreams: ['a:1'], prefix: '/p', pinning: true })).toContain('map $http_x_northstar_instance');
    expect(() => nginxConfig({ listen: '80', upstreams: [], prefix: '/p' })).toThrow();
  });
});
