import { test, expect } from '@playwright/test';
import { acceptAs, signIn } from './helpers';

test('Operations turns a module off for a client account: it leaves the console and is refused, until turned on again', async ({ page, browser }) => {
  await signIn(page);
  await page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: 'Client accounts' }).click();
  await page.getByRole('button', { name: 'New client account' }).click();
  const accountForm = page.getByRole('form', { name: 'New client account' });
  await accountForm.getByLabel('Account name').fill('Modules Co');
  await accountForm.getByLabel("First admin's e-mail").fill('max@modules.example');
  await accountForm.getByLabel("First admin's first name").fill('Max');
  await accountForm.getByRole('button', { name: 'Create account and invite' }).click();
  await expect(accountForm.getByText('max@modules.example was invited as the first admin')).toBeVisible();
  const max = await acceptAs(browser, 'max@modules.example', 'Max', 'Max!s3cure#1');
  const maxNav = max.getByRole('navigation', { name: 'Settings' });
  await expect(maxNav.getByRole('link', { name: 'Buyers' })).toBeVisible();

  // Operations: the account's modules, the core ones fixed.
  await page.getByRole('link', { name: 'Modules Co' }).click();
  await expect(page.getByRole('heading', { name: 'Modules Co', level: 1 })).toBeVisible();
  const modules = page.getByRole('form', { name: 'Modules' });
  await expect(modules.getByLabel('Users')).toBeDisabled();
  await expect(modules.getByLabel('Users')).toBeChecked();
  await expect(modules.getByLabel('Billing')).not.toBeDisabled();
  await expect(modules.getByLabel('Events')).toHaveCount(0);
  await modules.getByLabel('Buyers').uncheck();
  await modules.getByRole('button', { name: 'Save modules' }).click();
  await expect(modules.getByText('Modules saved.')).toBeVisible();

  // The client's console: Buyers gone from the navigation, its page refused, not offered in groups.
  await max.reload();
  await expect(maxNav.getByRole('link', { name: 'Users' })).toBeVisible();
  await expect(maxNav.getByRole('link', { name: 'Buyers' })).toHaveCount(0);
  await max.goto('/settings/buyers');
  await expect(max.getByRole('heading', { name: 'No access', level: 1 })).toBeVisible();
  await max.goto('/settings/groups/new');
  await max.getByLabel('Group name').fill('Desk');
  await max.getByRole('button', { name: 'Next' }).click();
  await expect(max.getByLabel('Users', { exact: true })).toBeVisible();
  await expect(max.getByLabel('Buyers', { exact: true })).toHaveCount(0);

  // On again.
  await modules.getByLabel('Buyers').check();
  await modules.getByRole('button', { name: 'Save modules' }).click();
  await expect(modules.getByText('Modules saved.')).toBeVisible();
  await max.goto('/settings/buyers');
  await expect(max.getByRole('heading', { name: 'Buyers', level: 1 })).toBeVisible();
});
