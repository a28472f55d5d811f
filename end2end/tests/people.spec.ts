import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import { acceptAs, signIn, waitForLink } from './helpers';

test('invite two at once, accept from the mailed link, disable signs out, forgot password', async ({ page, browser }) => {
  // Three people and two mailed links: 32 s in a loaded CI run, so more than the default 30 s.
  test.setTimeout(60_000);
  await signIn(page);
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite people' });
  await dialog.getByLabel('E-mail addresses').fill('ann@e2e.test, not-an-email');
  await expect(dialog.getByText('Not e-mail addresses: not-an-email')).toBeVisible();
  await dialog.getByLabel('E-mail addresses').fill('ann@e2e.test, bob@e2e.test');
  await dialog.getByLabel('Role').selectOption('Member');
  await dialog.getByLabel('Administrators').check();
  await dialog.getByRole('button', { name: 'Invite 2 people' }).click();
  await expect(page.getByText('Invited ann@e2e.test, bob@e2e.test.')).toBeVisible();
  const users = page.getByRole('table', { name: 'Users' });
  await expect(users.getByRole('row').filter({ hasText: 'ann@e2e.test' })).toContainText('Invited');

  const ann = await acceptAs(browser, 'ann@e2e.test', 'Ann', 'Ann!s3cure');
  // Member role united with the Administrators group: Users is in her navigation.
  await expect(ann.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users' })).toBeVisible();

  await page.reload();
  const annRow = users.getByRole('row').filter({ hasText: 'ann@e2e.test' });
  await expect(annRow).toContainText('Active');
  await annRow.getByText('Actions').click();
  await annRow.getByRole('button', { name: 'Disable' }).click();
  await page.getByRole('dialog', { name: 'Please confirm' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('Disabled ann@e2e.test.')).toBeVisible();
  await expect(annRow).toContainText('Disabled');
  // Her open session ends on its next request.
  await ann.reload();
  await expect(ann).toHaveURL(/\/sign-in/);

  // Bob joins, then forgets his password.
  await acceptAs(browser, 'bob@e2e.test', 'Bob', 'Bob!s3cure');
  const anon = await (await browser.newContext()).newPage();
  await anon.goto('/sign-in');
  await anon.getByRole('link', { name: 'Forgot your password?' }).click();
  await expect(anon.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
  await anon.getByLabel('E-mail').fill('bob@e2e.test');
  await anon.getByRole('button', { name: 'Send the link' }).click();
  await expect(anon.getByText('If an account exists for that e-mail')).toBeVisible();
  await anon.goto(await waitForLink('bob@e2e.test', 'reset-password'));
  await anon.getByLabel('New password', { exact: true }).fill('Bob!n3wpass');
  await anon.getByLabel('Repeat the new password').fill('Bob!n3wpass');
  await anon.getByRole('button', { name: 'Set the new password' }).click();
  await expect(anon.getByText('Your password was changed')).toBeVisible();
  await signIn(anon, 'bob@e2e.test', 'Bob!n3wpass');
});

test('the users list keeps its state in the URL and exports CSV', async ({ page }) => {
  await signIn(page);
  await page.goto('/settings/users?limit=10&sort=email&role=Admin');
  await expect(page.getByLabel('Role')).toHaveValue('Admin');
  await expect(page.getByLabel('Sort by')).toHaveValue('email');
  await expect(page.getByText('1 user matches')).toBeVisible();
  await page.getByLabel('Role').selectOption('');
  await expect(page).not.toHaveURL(/role=Admin/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  const text = fs.readFileSync(await file.path(), 'utf8');
  expect(text.split('\n')[0]).toBe('user_id,name,email,role,groups,status,joined_at_utc,last_login_utc');
  expect(text).toContain('admin@e2e.test');
});

test('a group made with the wizard changes what a member sees after reload', async ({ page, browser }) => {
  await signIn(page);
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await nav.getByRole('link', { name: 'Groups' }).click();
  await page.getByRole('link', { name: 'New group' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Enter the group name.')).toBeVisible();
  await page.getByLabel('Group name').fill('Auditors');
  await page.getByLabel('Description').fill('Read the audit trail');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Grant at least one module.')).toBeVisible();
  await page.getByLabel('Audit trail').selectOption('view');
  await page.getByRole('button', { name: 'Next' }).click();
  // Buyers: every buyer unless limited.
  await expect(page.getByLabel('All buyers')).toBeChecked();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Audit trail (view)')).toBeVisible();
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText('Group created.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Groups' }).getByRole('link', { name: 'Auditors' })).toBeVisible();

  await nav.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite people' });
  await dialog.getByLabel('E-mail addresses').fill('carol@e2e.test');
  await dialog.getByLabel('Administrators').check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const carol = await acceptAs(browser, 'carol@e2e.test', 'Carol', 'Carol!s3cure');
  const carolNav = carol.getByRole('navigation', { name: 'Settings' });
  await expect(carolNav.getByRole('link', { name: 'Users' })).toBeVisible();

  await page.reload();
  const row = page.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: 'carol@e2e.test' });
  await row.getByText('Actions').click();
  await row.getByRole('button', { name: 'Edit access' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit access' });
  await edit.getByLabel('Administrators').uncheck();
  await edit.getByLabel('Auditors').check();
  await edit.getByRole('button', { name: 'Save access' }).click();
  await expect(page.getByText('Saved the access of carol@e2e.test.')).toBeVisible();
  await expect(row).toContainText('Auditors');

  // A Member views every module (SPEC: view only): Users stays, but without inviting.
  await carol.reload();
  await expect(carolNav.getByRole('link', { name: 'Audit trail' })).toBeVisible();
  await carolNav.getByRole('link', { name: 'Users' }).click();
  await expect(carol.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await expect(carol.getByRole('button', { name: 'Invite people' })).toHaveCount(0);
});
