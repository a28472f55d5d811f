import { test, expect } from '@playwright/test';
import { acceptAs, signIn, waitForUnlockLink } from './helpers';

test('a delegated admin is offered only what they may give', async ({ page, browser }) => {
  await signIn(page);
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await nav.getByRole('link', { name: 'Groups' }).click();
  await page.getByRole('link', { name: 'New group' }).click();
  await page.getByLabel('Group name').fill('People managers');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Users', { exact: true }).selectOption('edit');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText('Group created.')).toBeVisible();

  await nav.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Invite people' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite people' });
  await invite.getByLabel('E-mail addresses').fill('dana@e2e.test');
  await invite.getByLabel('Role').selectOption('Member');
  await invite.getByLabel('People managers').check();
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Invited dana@e2e.test.')).toBeVisible();

  // Dana, a Member with Users edit, invites: only roles below hers, never Administrators.
  const dana = await acceptAs(browser, 'dana@e2e.test', 'Dana', 'Dana!s3cure');
  await dana.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users' }).click();
  await expect(dana.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await dana.getByRole('button', { name: 'Invite people' }).click();
  const hers = dana.getByRole('dialog', { name: 'Invite people' });
  await expect(hers.getByLabel('Role').locator('option')).toHaveText(['Agent']);
  await expect(hers.getByLabel('Administrators')).toBeDisabled();
  await expect(hers.getByLabel('People managers')).toBeEnabled();
  await dana.keyboard.press('Escape');
  // No actions on an Admin's row.
  const adminRow = dana.getByRole('table', { name: 'Users' }).getByRole('row').filter({ hasText: 'admin@e2e.test' });
  await expect(adminRow).toBeVisible();
  await expect(adminRow.getByText('Actions')).toHaveCount(0);
});

test('a locked e-mail lets its owner in with the password and the mailed link', async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  for (let i = 0; i < 5; i++) {
    await page.getByLabel('E-mail').fill('dana@e2e.test');
    await page.getByLabel('Password').fill('Not!herpass1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  }
  await page.getByLabel('E-mail').fill('dana@e2e.test');
  await page.getByLabel('Password').fill('Dana!s3cure');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('we will e-mail you a link');

  await page.goto(await waitForUnlockLink('dana@e2e.test'));
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('E-mail').fill('dana@e2e.test');
  await page.getByLabel('Password').fill('Dana!s3cure');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible();
});
