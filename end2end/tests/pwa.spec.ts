import { test, expect } from '@playwright/test';
import { openAccount, signIn } from './helpers';

test('the console is installable: manifest with icons, and a service worker', async ({ page, request }) => {
  await page.goto('/sign-in');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');
  const sizes = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose?.includes('maskable'))).toBe(true);
  for (const icon of manifest.icons) {
    expect((await request.get(icon.src)).status()).toBe(200);
  }
  const active = await page.evaluate(async () => !!(await navigator.serviceWorker.ready).active);
  expect(active).toBe(true);
});

test('installed, it opens with the network off and says it is offline', async ({ page, context }) => {
  await signIn(page);
  await openAccount(page);
  await expect(page.getByLabel('Account name *')).toHaveValue(/.+/);
  const name = await page.getByLabel('Account name *').inputValue();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // Reload once so the page is controlled by the worker, then cut the network.
  await page.reload();
  await expect(page.getByLabel('Account name *')).toHaveValue(name);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^Offline: showing data from/ })).toBeVisible();
  await expect(page.getByTestId('connection')).toHaveText('Offline');
  await expect(page.getByLabel('Account name *')).toHaveValue(name);
  // Typing is kept as a draft; saving waits for the network, and says so.
  await expect(page.getByLabel('Account name *')).toBeEditable();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(page.getByRole('form', { name: 'Details' }).getByText('You are offline; your changes are kept here.')).toBeVisible();
  await context.setOffline(false);
});

test('server functions and hashed files are cached as intended', async ({ request, page }) => {
  await page.goto('/sign-in');
  const index = await request.get('/');
  expect(index.headers()['cache-control']).toBe('no-cache');
  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control']).toBe('no-cache');
  const swText = await sw.text();
  expect(swText).not.toContain('__PRECACHE_LIST__');
  const script = await page.locator('link[rel="modulepreload"]').first().getAttribute('href');
  const js = await request.get(script!);
  expect(js.headers()['cache-control']).toContain('immutable');
  expect(swText).toContain(script!);
  const deep = await request.get('/settings/account');
  expect(await deep.text()).toContain('<title>Account Settings</title>');
});

test('the app shell sends a strict content security policy, and the console runs under it', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  const shell = await request.get('/settings/account');
  const csp = shell.headers()['content-security-policy'];
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("connect-src 'self'");
  await signIn(page);
  for (const path of ['/settings/account', '/settings/users', '/settings/notifications', '/settings/audit', '/profile']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/profile?tab=two-step');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(violations).toEqual([]);
});

test('pages load their code on first visit, and every page opens offline once the worker has the build', async ({ page, context }) => {
  const bundles: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('.bin')) bundles.push(new URL(r.url()).pathname.split('/').pop()!); });
  await signIn(page);
  await openAccount(page);
  // Account's own file, and the one the signed-in pages share.
  expect(bundles).toEqual(expect.arrayContaining(['common.bin', 'account.bin']));
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // Never opened before, and the network is off: the worker has precached its code.
  await context.setOffline(true);
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await nav.getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  await expect(page).toHaveTitle('Audit trail – Account Settings');
  // Focus moved to the new page, so a screen reader starts reading it.
  await expect(page.locator('#main')).toBeFocused();
  await context.setOffline(false);
});
