import { test, expect, Page } from '@playwright/test';
import * as fs from 'fs';
import { admin, signIn } from './helpers';

async function usersStatus(page: Page, secret: string): Promise<number> {
  const res = await page.request.get('/api/v1/users?limit=50', { headers: { Authorization: `Bearer ${secret}` } });
  return res.status();
}

async function readSecret(page: Page): Promise<string> {
  const box = page.getByLabel('Token secret');
  await expect(box).toHaveValue(/^acs_[A-Za-z0-9]{38}$/);
  return box.inputValue();
}

async function confirm(page: Page) {
  await page.getByRole('dialog', { name: 'Please confirm' }).getByRole('button', { name: 'Confirm' }).click();
}

test('create a token, see its secret once, use it, disable, rotate and delete it', async ({ page }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API tokens' }).click();
  await expect(page.getByRole('heading', { name: 'API tokens', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Create token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create API token' });
  await dialog.getByRole('button', { name: 'Create token' }).click();
  await expect(dialog.getByText('Choose at least one module the token may use.')).toBeVisible();
  await expect(dialog.getByLabel('Name *')).toHaveAttribute('aria-invalid', 'true');

  await dialog.getByLabel('Name *').fill('Deploy bot');
  await dialog.getByLabel('Users', { exact: true }).selectOption('view');
  await dialog.getByLabel('Expires after').selectOption('30');
  await dialog.getByRole('button', { name: 'Create token' }).click();

  await expect(page.getByRole('heading', { name: 'Copy the secret of “Deploy bot” now' })).toBeVisible();
  const secret = await readSecret(page);
  expect(await usersStatus(page, secret)).toBe(200);
  const body = await (await page.request.get('/api/v1/users', { headers: { Authorization: `Bearer ${secret}` } })).json();
  expect(body.data.map((u: { email: string }) => u.email)).toContain(admin.email);
  // The console's own session does not open the API.
  expect((await page.request.get('/api/v1/users')).status()).toBe(401);

  await page.getByRole('button', { name: 'I have stored it' }).click();
  await expect(page.getByLabel('Token secret')).toHaveCount(0);
  const row = page.getByRole('row', { name: /Deploy bot/ });
  await expect(row).toContainText('Users: view');
  await expect(row).toContainText(secret.slice(-4));
  await page.reload();
  await expect(page.getByRole('row', { name: /Deploy bot/ })).toBeVisible();
  expect(await page.content()).not.toContain(secret);
  // The export holds the filtered tokens, with the hint and never the secret.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('api-tokens.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8');
  expect(csv.split('\r\n')[0]).toBe('id,name,description,modules,hint,created_by,created_at,last_used_at,expires_at,status');
  expect(csv).toMatch(/"TKN-[\d-]+","Deploy bot","","users:view",/);
  expect(csv).not.toContain(secret);

  // The token's own page, with its audit trail.
  await page.getByRole('link', { name: 'Deploy bot' }).click();
  await expect(page.getByRole('heading', { name: 'Deploy bot', level: 1 })).toBeVisible();
  // Its name and description can be edited there, checked as typed.
  const edit = page.getByRole('form', { name: 'Edit' });
  await edit.getByLabel('Name *').fill('');
  await edit.getByRole('button', { name: 'Save token' }).click();
  await expect(edit.getByLabel('Name *')).toHaveAttribute('aria-invalid', 'true');
  await edit.getByLabel('Name *').fill('Deploy bot');
  await edit.getByLabel('Description').fill('Ships the releases');
  await edit.getByRole('button', { name: 'Save token' }).click();
  await expect(page.getByText('Token saved.')).toBeVisible();
  await expect(page.getByText('Ships the releases').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections of this page' }).getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('table', { name: 'Audit records of this object' })
    .getByRole('cell', { name: 'api_tokens.token.create', exact: true })).toBeVisible();
  await page.getByRole('link', { name: '← API tokens' }).click();

  await page.getByRole('button', { name: 'Disable Deploy bot' }).click();
  await confirm(page);
  await expect(page.getByRole('status').filter({ hasText: 'Disabled “Deploy bot”.' })).toBeVisible();
  expect(await usersStatus(page, secret)).toBe(401);
  await page.getByRole('button', { name: 'Enable Deploy bot' }).click();
  await confirm(page);
  await expect(page.getByRole('status').filter({ hasText: 'Enabled “Deploy bot”.' })).toBeVisible();
  expect(await usersStatus(page, secret)).toBe(200);

  await page.getByRole('button', { name: 'Rotate Deploy bot' }).click();
  const rotate = page.getByRole('dialog', { name: 'Rotate token' });
  await rotate.getByLabel('The old secret').selectOption({ label: 'Stops at once' });
  await rotate.getByRole('button', { name: 'Rotate secret' }).click();
  const rotated = await readSecret(page);
  expect(rotated).not.toBe(secret);
  expect(await usersStatus(page, secret)).toBe(401);
  expect(await usersStatus(page, rotated)).toBe(200);
  await page.getByRole('button', { name: 'I have stored it' }).click();

  await page.getByRole('button', { name: 'Delete Deploy bot' }).click();
  await confirm(page);
  await expect(page.getByRole('status').filter({ hasText: 'Deleted “Deploy bot”.' })).toBeVisible();
  expect(await usersStatus(page, rotated)).toBe(401);
  await expect(page.getByRole('row', { name: /Deploy bot/ })).toHaveCount(0);
  await page.getByLabel('Status').selectOption('Deleted');
  await expect(page.getByRole('row', { name: /Deploy bot/ })).toContainText('Deleted');
});

test('the API reference shows the OpenAPI document', async ({ page }) => {
  await signIn(page);
  await page.goto('/settings/api-tokens');
  await page.getByRole('link', { name: 'API reference' }).click();
  await expect(page.getByRole('heading', { name: 'API reference', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'users' })).toBeVisible();
  const op = page.getByRole('group').filter({ hasText: '/api/v1/users/{id}/disable' });
  await op.getByText('/api/v1/users/{id}/disable').click();
  await expect(op.getByText(/^Responses: 200 MemberRow/)).toBeVisible();
});
