import { test, expect } from '@playwright/test';
import { acceptAs, setUpTwoStep, signIn } from './helpers';

test('an Admin requires two-step verification: a member is led through set-up before anything else, and the Admin can reset it', async ({ page, browser }) => {
  // Each set-up may wait for a fresh 30-second step.
  test.setTimeout(120_000);
  // A client account of its own, so that the shared e2e admin keeps signing in with a password.
  await signIn(page);
  await page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: 'Client accounts' }).click();
  await page.getByRole('button', { name: 'New client account' }).click();
  const accountForm = page.getByRole('form', { name: 'New client account' });
  await accountForm.getByLabel('Account name').fill('Policy Co');
  await accountForm.getByLabel("First admin's e-mail").fill('pat@policy.example');
  await accountForm.getByLabel("First admin's first name").fill('Pat');
  await accountForm.getByRole('button', { name: 'Create account and invite' }).click();
  await expect(accountForm.getByText('pat@policy.example was invited as the first admin')).toBeVisible();
  const pat = await acceptAs(browser, 'pat@policy.example', 'Pat', 'Pat!s3cure#1');

  // Requiring it needs the Admin's own two-step verification first.
  await setUpTwoStep(pat, 'Pat!s3cure#1');
  await pat.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Account' }).click();
  await pat.getByLabel('Require two-step verification for all members').click();
  await pat.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
  await expect(pat.getByText('Two-step verification is now required for every member.')).toBeVisible();

  await pat.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users' }).click();
  await pat.getByRole('button', { name: 'Invite people' }).click();
  const invite = pat.getByRole('dialog', { name: 'Invite people' });
  await invite.getByLabel('E-mail addresses').fill('mo@policy.example');
  await invite.getByLabel('Role').selectOption('Member');
  await invite.getByLabel('Administrators').check();
  await invite.getByRole('button', { name: 'Send invitation' }).click();

  // The member is kept on the set-up page; other pages lead back there.
  const mo = await acceptAs(browser, 'mo@policy.example', 'Mo', 'Mo!s3cure#12');
  await expect(mo).toHaveURL(/\/profile\?tab=two-step/);
  await expect(mo.getByText('Your account requires two-step verification')).toBeVisible();
  await mo.goto('/settings/users');
  await expect(mo).toHaveURL(/\/profile\?tab=two-step/);
  await setUpTwoStep(mo, 'Mo!s3cure#12');
  await expect(mo.getByText('Your account requires two-step verification')).toBeHidden();
  await mo.goto('/settings/users');
  await expect(mo.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

  // The Admin resets the member's: signed out, and led through set-up again at next sign-in.
  await pat.reload();
  await pat.getByRole('link', { name: 'Mo Tester' }).click();
  await pat.getByRole('button', { name: 'Reset two-step verification' }).click();
  await pat.getByRole('dialog').getByRole('button', { name: 'Reset two-step verification' }).click();
  await expect(pat.getByText('Two-step verification was reset and the member was signed out.')).toBeVisible();
  await mo.reload();
  await expect(mo).toHaveURL(/\/sign-in/);
});
