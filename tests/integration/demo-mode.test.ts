// Demo accounts publish their password: with demo mode off (a real deployment) they neither
// sign in nor keep a session; switched back on, they work again.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyCredentials } from '@/lib/auth/options';
import { loadActor } from '@/lib/data/current-user';
import { getDb } from '@/lib/db';
import { demoMode, reloadEnv } from '@/lib/env';

function setDemo(value: string | undefined) {
  if (value === undefined) delete process.env.NORTHSTAR_DEMO;
  else process.env.NORTHSTAR_DEMO = value;
  reloadEnv();
}

afterEach(() => setDemo('1'));

const base = { PORT: 3000, NORTHSTAR_DATA_DIR: '.data', NORTHSTAR_DB_POOL_SIZE: 10, NODE_ENV: 'test' as const };

describe('demo accounts outside demo mode', () => {
  it('are refused at sign-in and on their next request when NORTHSTAR_DEMO=0', async () => {
    const admin = await getDb().user.findUniqueOrThrow({ where: { email: 'admin@example.org' } });
    expect(admin.isDemo).toBe(true);
    setDemo('0');
    expect(demoMode()).toBe(false);
    expect(await verifyCredentials({ email: 'admin@example.org', password: 'northstar-demo' })).toBeNull();
    expect(await loadActor(admin.id)).toBeNull();
    setDemo('1');
    expect(await verifyCredentials({ email: 'admin@example.org', password: 'northstar-demo' })).toMatchObject({ id: admin.id });
    expect(await loadActor(admin.id)).toMatchObject({ id: admin.id, role: 'ADMIN' });
  });

  it('demo mode is off by default with DATABASE_URL, on by default only with the embedded database', () => {
    expect(demoMode({ ...base, DATABASE_URL: 'postgres://db/northstar', NORTHSTAR_DEMO: undefined })).toBe(false);
    expect(demoMode({ ...base, DATABASE_URL: undefined, NORTHSTAR_DEMO: undefined })).toBe(true);
    expect(demoMode({ ...base, DATABASE_URL: 'postgres://db/northstar', NORTHSTAR_DEMO: true })).toBe(true);
  });
});
