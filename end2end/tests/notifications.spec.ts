import * as fs from 'fs';
import { test, expect, Page } from '@playwright/test';
import { admin, openAccount, signIn } from './helpers';

async function changeAccountDescription(page: Page, text: string) {
  await openAccount(page);
  await page.getByLabel('Description').fill(text);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved/i })).toBeVisible();
}

test('a disabled category discards its e-mails with the note; enabled again, they are sent', async ({ page }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Notifications' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();

  // User updates cannot be switched off.
  await page.getByRole('button', { name: 'Edit User updates' }).click();
  const userUpdates = page.getByRole('form', { name: 'Edit User updates' });
  await expect(userUpdates.getByLabel('Enabled')).toBeDisabled();
  await userUpdates.getByRole('button', { name: 'Cancel' }).click();

  // The admin receives the Account category, and it is switched off with a note.
  await page.getByRole('button', { name: 'Edit Account' }).click();
  const form = page.getByRole('form', { name: 'Edit Account' });
  await form.getByLabel(new RegExp(admin.email.replace('.', '\\.'))).check();
  await form.getByLabel('Enabled').uncheck();
  await form.getByLabel('Note').fill('Paused during the migration');
  await form.getByRole('button', { name: 'Save category' }).click();
  await expect(page.getByText('Category saved.')).toBeVisible();
  const row = page.getByRole('row', { name: /^Account/ });
  await expect(row.getByText('Disabled')).toBeVisible();
  await expect(row.getByText('Paused during the migration')).toBeVisible();

  // A change to the account would notify the category's recipients: logged as Discarded.
  await changeAccountDescription(page, 'Changed while notices are paused.');
  await page.goto('/settings/notifications/messages?category=account');
  const discarded = page.getByRole('row', { name: /account details changed/ }).first();
  await expect(discarded.getByText('Discarded')).toBeVisible();
  await expect(discarded.getByRole('cell', { name: admin.email })).toBeVisible();
  // The kit's page sizes, and an export of exactly the filtered log.
  await page.getByLabel('Rows per page').selectOption('10');
  await expect(page).toHaveURL(/size=10/);
  await expect(page).toHaveURL(/category=account/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const lines = fs.readFileSync(await download.path(), 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('id,created_at,recipient,subject,category,status,attempts');
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.slice(1).every((l) => l.includes(',"Account",'))).toBe(true);
  expect(lines.slice(1).some((l) => l.includes('Discarded'))).toBe(true);
  await discarded.getByRole('link').click();
  await expect(page.getByText('Category disabled: Paused during the migration')).toBeVisible();

  // Enabled again: the next change is queued and delivered by the worker.
  await page.goto('/settings/notifications');
  await page.getByRole('button', { name: 'Edit Account' }).click();
  await page.getByRole('form', { name: 'Edit Account' }).getByLabel('Enabled').check();
  await page.getByRole('form', { name: 'Edit Account' }).getByRole('button', { name: 'Save category' }).click();
  await expect(page.getByText('Category saved.')).toBeVisible();
  await changeAccountDescription(page, 'Changed with notices on.');
  await expect(async () => {
    await page.goto('/settings/notifications/messages?status=Sent&category=account');
    await expect(page.getByRole('row', { name: /account details changed/ }).first()).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});

test('a person turns a category off on their profile; a required one stays locked', async ({ page }) => {
  await signIn(page);
  await page.goto('/profile?tab=notifications');
  const prefs = page.getByRole('group', { name: 'Send me e-mails about' });
  await expect(prefs.getByLabel('User updates')).toBeDisabled();
  await expect(prefs.getByLabel('User updates')).toBeChecked();
  await prefs.getByLabel('News and updates').uncheck();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByText('Preferences saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Send me e-mails about' }).getByLabel('News and updates')).not.toBeChecked();
});
