// The headers and error paths as a browser and a client meet them (lib/request-security.ts):
// public pages allow no script, signed-in pages only their own nonced scripts, and every answer
// — a page, a 404, an API route, a redirect, a refusal, an error — carries the security headers.
// Requests that used to end in a bare 500 get a clear refusal, and an error page names its request.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { expectNoAxeViolations, storageState } from './support';

const PORT = Number(process.env.E2E_PORT ?? 3100);

function expectSecurityHeaders(response: APIResponse | { headers(): Record<string, string> }, what: string) {
  const headers = response.headers();
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], what).toContain('camera=()');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy'], what).toContain("object-src 'none'");
  expect(headers['x-request-id'], what).toMatch(/^[0-9a-f]{12}$/);
  // The test servers are reached over http: no HSTS (see "behind https" below).
  expect(headers['strict-transport-security'], what).toBeUndefined();
  return headers;
}

/** Console messages a Content-Security-Policy violation (or a bad policy header) leaves. */
function watchPolicyViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  return violations;
}

/**
 * Whether an inline script would run that an attacker got into the page's markup (the way
 * stored XSS arrives): the page is served with one added, under its own headers.
 */
async function injectedScriptRuns(page: Page, path: string): Promise<boolean> {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response, body });
  });
  await page.goto(path);
  await page.unroute(`**${path}`);
  return page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true);
}

test.describe('public pages', () => {
  test('are plain documents under a policy that lets no script run', async ({ page }) => {
    const violations = watchPolicyViolations(page);
    const response = (await page.goto('/scorecard/lacoe/2022-2025'))!;
    expect(response.status()).toBe(200);
    const headers = expectSecurityHeaders(response, 'public page');
    expect(headers['content-security-policy']).toMatch(/^script-src 'none';/);
    expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
    expect(await injectedScriptRuns(page, '/scorecard/lacoe/2022-2025')).toBe(false);
    // The injected script is the only violation: the page's own content needs none.
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain("script-src 'none'");
  });

  test('in both languages, and their not-found pages, load without any policy violation', async ({ page }) => {
    const violations = watchPolicyViolations(page);
    const paths = ['/', '/scorecard/lacoe', '/scorecard/lacoe/2022-2025', '/scorecard/lacoe/2022-2025/goals/so-1', '/no-such-page'];
    for (const path of paths) {
      for (const address of [path, path === '/' ? '/es' : `/es${path}`]) {
        const response = (await page.goto(address))!;
        expect(response.status(), address).toBe(path === '/no-such-page' ? 404 : 200);
        expectSecurityHeaders(response, address);
        await expect(page.locator('h1').first()).toBeVisible();
      }
    }
    expect(violations).toEqual([]);
  });
});

test.describe('signed-in pages', () => {
  test.use({ storageState: storageState('admin') });

  test('run their own scripts with a new nonce for each request, and nothing injected', async ({ page }) => {
    const violations = watchPolicyViolations(page);
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const response = (await page.goto('/dashboard'))!;
      const policy = expectSecurityHeaders(response, 'dashboard')['content-security-policy']!;
      const nonce = /^script-src 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic';/.exec(policy)?.[1];
      expect(nonce, policy).toBeTruthy();
      // Every script Next rendered carries this request's nonce.
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => /\bnonce="([^"]+)"/.exec(tag)?.[1] ?? tag);
      expect(scripts.length).toBeGreaterThan(0);
      expect(new Set(scripts)).toEqual(new Set([nonce]));
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
    // The page hydrated: the Admin menu is a client component.
    await page.getByRole('button', { name: 'Admin' }).click();
    await expect(page.getByRole('link', { name: 'People' })).toBeVisible();
    await expectNoAxeViolations(page);
    expect(await injectedScriptRuns(page, '/dashboard')).toBe(false);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain("'strict-dynamic'");
  });

  const pagesOf = {
    admin: [
      '/dashboard',
      '/dashboard/report',
      '/review',
      '/admin',
      '/admin/plans',
      '/admin/plans/new',
      '/admin/plans/2022-2025',
      '/admin/plans/2022-2025/structure',
      '/admin/plans/2022-2025/observations',
      '/admin/users',
      '/admin/divisions',
      '/admin/student-groups',
      '/admin/periods',
      '/admin/no-such-page',
      '/logout',
    ],
    staff: ['/dashboard', '/updates'],
  } as const;

  for (const [role, paths] of Object.entries(pagesOf)) {
    test(`every page of ${role === 'admin' ? 'an administrator' : 'a staff member'} loads and works without a policy violation`, async ({ browser, baseURL }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ baseURL, storageState: storageState(role as keyof typeof pagesOf) });
      const page = await context.newPage();
      const violations = watchPolicyViolations(page);
      for (const path of paths) {
        const response = (await page.goto(path))!;
        expect(response.status(), path).toBe(path.includes('no-such-page') ? 404 : 200);
        expect(expectSecurityHeaders(response, path)['content-security-policy'], path).toContain("'strict-dynamic'");
        await expect(page.locator('h1').first(), path).toBeVisible();
      }
      // A goal page draws its charts with recharts (style attributes, client rendering).
      await page.goto('/dashboard');
      await page.locator('a[href^="/goals/"]').first().click();
      await expect(page).toHaveURL(/\/goals\//);
      await expect(page.locator('.recharts-surface').first()).toBeVisible();
      if (role === 'staff') {
        await page.goto('/updates');
        await page.locator('a[href^="/updates/"]').first().click();
        await expect(page).toHaveURL(/\/updates\/./);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      }
      expect(violations).toEqual([]);
      await context.close();
    });
  }

  test('the pages for someone not signed in load, and signing in works, without a policy violation', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const violations = watchPolicyViolations(page);
    for (const path of ['/login', '/setup', '/invite/not-a-token']) {
      const response = (await page.goto(path))!;
      expectSecurityHeaders(response, path);
      await expect(page.locator('h1').first(), path).toBeVisible();
    }
    await page.goto('/login');
    await page.getByLabel('Email').fill('cabinet@example.org');
    await page.getByLabel('Password').fill('northstar-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/dashboard$/);
    expect(violations).toEqual([]);
    await context.close();
  });
});

test.describe('every answer carries the security headers', () => {
  test('a 404, an API route, a download, a redirect and a refusal', async ({ request }) => {
    const cases: [string, number][] = [
      ['/no-such-page', 404],
      ['/api/health', 200],
      ['/api/auth/session', 200],
      ['/scorecard/lacoe/2022-2025/data.csv', 200],
      ['/dashboard', 307],
      ['/admin/plans/2022-2025/export.json', 401],
      ['/favicon.ico', 200],
    ];
    for (const [path, status] of cases) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(status);
      if (path === '/favicon.ico') {
        // Files are served before the proxy: the fixed headers only (next.config.ts).
        expect(response.headers()['x-content-type-options']).toBe('nosniff');
        expect(response.headers()['permissions-policy']).toContain('camera=()');
        continue;
      }
      const headers = expectSecurityHeaders(response, path);
      // Data and redirects are no pages: no script at all.
      if (path !== '/no-such-page') expect(headers['content-security-policy'], path).toMatch(/^script-src 'none';/);
    }
  });
});

test.describe('requests that used to end in a 500 get a clear answer', () => {
  test('an address with malformed percent-encoding is 400', async ({ request }) => {
    for (const path of ['/scorecard/%E0%A4%A', '/es/scorecard/%ZZ', '/%', '/admin/plans/%E0']) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(400);
      expect(await response.text()).toBe('This address is not valid.\n');
      expectSecurityHeaders(response, path);
    }
  });

  test('a server action from another site is 403, one from this site is not', async ({ browser, baseURL }) => {
    const admin = await browser.newContext({ baseURL, storageState: storageState('admin') });
    const action = { 'Next-Action': '7f0000000000000000000000000000000000000000', 'Content-Type': 'text/plain;charset=UTF-8' };
    for (const origin of ['https://evil.example', 'null']) {
      const response = await admin.request.post('/admin/plans/new', { headers: { ...action, Origin: origin }, data: '[]' });
      expect(response.status(), origin).toBe(403);
      expect(await response.text()).toBe('Cross-site requests are refused.\n');
      expectSecurityHeaders(response, origin);
    }
    // The same request from this site reaches Next.js, which answers the unknown action itself.
    const own = await admin.request.post('/admin/plans/new', { headers: { ...action, Origin: baseURL! }, data: '[]' });
    expect(own.status()).not.toBe(403);
    expect(own.status()).toBeLessThan(500);
    await admin.close();
  });

  test('a body over the limit is 413 with words', async ({ browser, baseURL }) => {
    const admin = await browser.newContext({ baseURL, storageState: storageState('admin') });
    const response = await admin.request.post('/admin/plans/new', {
      headers: { 'Next-Action': '7f0000000000000000000000000000000000000000', Origin: baseURL! },
      multipart: { file: { name: 'plan.json', mimeType: 'application/json', buffer: Buffer.alloc(12 * 1024 * 1024, 'a') } },
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain('That file is larger than 10 MB');
    expectSecurityHeaders(response, '413');
    await admin.close();
  });

  test('GET of the password sign-in callback is 405: signing in is a POST', async ({ request }) => {
    const response = await request.get('/api/auth/callback/credentials', { maxRedirects: 0 });
    expect(response.status()).toBe(405);
    expect(response.headers().allow).toBe('POST');
    expectSecurityHeaders(response, 'callback');
  });
});

/**
 * The built app started once more, next to the test servers, on a database that does not exist:
 * every page that reads data fails, as it would with the database down.
 */
async function startBrokenApp(port: number, publicUrl: string): Promise<{ server: ChildProcess; log: () => string; stop: () => Promise<void> }> {
  let output = '';
  const server = spawn('node_modules/.bin/next', ['start', '-p', String(port)], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/northstar_e2e_no_such_database',
      NEXTAUTH_SECRET: fs.readFileSync('.data/e2e/auth-secret', 'utf8').trim(),
      NEXTAUTH_URL: publicUrl,
      NORTHSTAR_DEMO: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  await expect
    .poll(async () => fetch(`http://localhost:${port}/login`).then((r) => r.status, () => 0), { timeout: 30_000 })
    .toBeGreaterThan(0);
  return {
    server,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}

test.describe('when the server fails', () => {
  const port = PORT + 2;
  const base = `http://localhost:${port}`;
  let app: Awaited<ReturnType<typeof startBrokenApp>>;
  test.beforeAll(async () => {
    app = await startBrokenApp(port, base);
  });
  test.afterAll(async () => app?.stop());

  test('a public page answers a plain error page in its language that names the logged request id', async ({ page }) => {
    const response = (await page.goto(`${base}/es/scorecard/lacoe`))!;
    expect(response.status()).toBe(500);
    const id = expectSecurityHeaders(response, 'public error')['x-request-id']!;
    await expect(page.getByRole('heading', { level: 1, name: 'Algo salió mal' })).toBeVisible();
    await expect(page.locator('code')).toHaveText(id);
    await page.screenshot({ path: test.info().outputPath('public-error.png'), fullPage: true });
    await expectNoAxeViolations(page);
    await expect.poll(app.log).toContain(`request ${id} failed: GET /es/scorecard/lacoe answered 500`);
  });

  test('an app page shows the error page with the request id, which the log names with the error', async ({ page }) => {
    const violations = watchPolicyViolations(page);
    // An invitation link reads its token from the database: a page with the app's scripts.
    const response = (await page.goto(`${base}/invite/some-invitation-token`))!;
    expect(response.status()).toBe(500);
    const id = expectSecurityHeaders(response, 'app error')['x-request-id']!;
    expect(response.headers()['content-security-policy']).toContain("'strict-dynamic'");
    await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    await expect(page.locator('code')).toHaveText(id);
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('app-error.png'), fullPage: true });
    await expectNoAxeViolations(page);
    expect(violations).toEqual([]);
    await expect.poll(app.log).toMatch(new RegExp(`request ${id} failed \\(digest \\d+\\): GET /invite/some-invitation-token in render /invite/\\[token\\]`));
  });

  test('an error after a navigation within the app shows the digest, which the log names with its request', async ({ page }) => {
    const violations = watchPolicyViolations(page);
    // The sign-in page reads no data; its logo links to the home page, which does.
    const response = (await page.goto(`${base}/login`))!;
    expect(response.status()).toBe(200);
    const documentId = response.headers()['x-request-id']!;
    await page.getByRole('link').filter({ hasText: 'Northstar' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeVisible();
    // Not the sign-in page's request: the one that failed, found in the log by its digest.
    const reference = (await page.locator('code').textContent())!;
    expect(reference).toMatch(/^\d+$/);
    expect(reference).not.toBe(documentId);
    await expect.poll(app.log).toMatch(new RegExp(`request [0-9a-f]{12} failed \\(digest ${reference}\\): GET /\\S* in render`));
    expect(violations).toEqual([]);
  });
});

test.describe('behind https', () => {
  const port = PORT + 3;
  let app: Awaited<ReturnType<typeof startBrokenApp>>;
  // Served over http here; NEXTAUTH_URL says what the visitor's address is.
  test.beforeAll(async () => {
    app = await startBrokenApp(port, `https://localhost:${port}`);
  });
  test.afterAll(async () => app?.stop());

  test('every answer carries HSTS and the cookies are Secure', async ({ request }) => {
    for (const path of ['/api/auth/csrf', '/login', '/scorecard/lacoe', '/dashboard']) {
      const response = await request.get(`http://localhost:${port}${path}`, { maxRedirects: 0 });
      expect(response.headers()['strict-transport-security'], path).toBe('max-age=31536000; includeSubDomains');
      expect(response.headers()['content-security-policy'], path).toContain('upgrade-insecure-requests');
      expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
      if (path === '/api/auth/csrf') {
        const cookies = response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
        expect(cookies.length).toBeGreaterThan(0);
        for (const cookie of cookies) {
          expect(cookie).toMatch(/^__(Host|Secure)-next-auth\./);
          expect(cookie).toMatch(/;\s*Secure/i);
        }
      }
    }
  });
});
