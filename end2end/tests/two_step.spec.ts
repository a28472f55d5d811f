import { test, expect, Page } from '@playwright/test';
import { acceptAs, nowStep, signIn, totp } from './helpers';

async function signOutAndIn(page: Page, email: string, password: string) {
  await page.getByRole('button', { name: 'Tess Tester' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByLabel('Verification code')).toBeVisible();
}

test('two-step verification: set up from the page, sign in with a code, replay refused, recovery code once', async ({ page, browser }) => {
  // A code is usable once per 30-second step, so the last sign-in may wait for the next step.
  test.setTimeout(90_000);
  await signIn(page);
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'Invite people' }).click();
  const invite = page.getByRole('dialog', { name: 'Invite people' });
  await invite.getByLabel('E-mail addresses').fill('tess@e2e.test');
  await invite.getByLabel('Role').selectOption('Member');
  await invite.getByLabel('Administrators').check();
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  const tess = await acceptAs(browser, 'tess@e2e.test', 'Tess', 'Tess!s3cure');

  await tess.goto('/profile?tab=two-step');
  const card = tess.getByRole('region', { name: 'Two-step verification' });
  await card.getByLabel('Your password').fill('wrong-Passw0rd!');
  await card.getByRole('button', { name: 'Set up two-step verification' }).click();
  await expect(card.getByRole('alert')).toBeVisible();
  await card.getByLabel('Your password').fill('Tess!s3cure');
  await card.getByRole('button', { name: 'Set up two-step verification' }).click();
  await expect(card.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await expect(card.getByRole('img', { name: 'QR code for your authenticator app' }).locator('svg')).toHaveCount(1);
  const key = (await card.getByLabel('Setup key').textContent())!;
  await card.getByLabel('Code from your app').fill('000000' === totp(key, nowStep()) ? '111111' : '000000');
  await card.getByRole('button', { name: 'Confirm and turn on' }).click();
  await expect(card.getByRole('alert')).toBeVisible();
  await card.getByLabel('Code from your app').fill(totp(key, nowStep()));
  await card.getByRole('button', { name: 'Confirm and turn on' }).click();
  const codes = card.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  await card.getByRole('button', { name: 'I have saved them' }).click();
  await expect(card.getByText('On', { exact: true })).toBeVisible();

  // Signing in now asks for a code; the next step's code works (the current one was used).
  await signOutAndIn(tess, 'tess@e2e.test', 'Tess!s3cure');
  const usedStep = nowStep() + 1;
  const code = totp(key, usedStep);
  await tess.getByLabel('Verification code').fill(code);
  await tess.getByRole('button', { name: 'Verify' }).click();
  await expect(tess.getByRole('navigation', { name: 'Settings' })).toBeVisible();

  // The same code again is a replay.
  await signOutAndIn(tess, 'tess@e2e.test', 'Tess!s3cure');
  await tess.getByLabel('Verification code').fill(code);
  await tess.getByRole('button', { name: 'Verify' }).click();
  await expect(tess.getByText('That code is not valid.')).toBeVisible();
  // A recovery code works once.
  await tess.getByLabel('Verification code').fill(recovery);
  await tess.getByRole('button', { name: 'Verify' }).click();
  await expect(tess.getByRole('navigation', { name: 'Settings' })).toBeVisible();
  await signOutAndIn(tess, 'tess@e2e.test', 'Tess!s3cure');
  await tess.getByLabel('Verification code').fill(recovery);
  await tess.getByRole('button', { name: 'Verify' }).click();
  await expect(tess.getByText('That code is not valid.')).toBeVisible();


  // Signed in with a fresh code: its sessions, and a password change that keeps this session.
  // Codes of steps up to the one used are spent: wait, if need be, until a later one is valid.
  if (nowStep() < usedStep) await tess.waitForTimeout(30_000 - (Date.now() % 30_000) + 500);
  await tess.getByLabel('Verification code').fill(totp(key, nowStep() + 1));
  await tess.getByRole('button', { name: 'Verify' }).click();
  await expect(tess.getByRole('navigation', { name: 'Settings' })).toBeVisible();
  await tess.goto('/profile?tab=sessions');
  await expect(tess.getByRole('table', { name: 'Sessions' })).toContainText('This session');
  await tess.goto('/profile?tab=password');
  await tess.getByLabel('Current password').fill('Tess!s3cure');
  await tess.getByLabel('New password').fill('Tess!n3wer1');
  await tess.getByRole('button', { name: 'Change password' }).click();
  await expect(tess.getByText('Password changed. Your other sessions were signed out.')).toBeVisible();
});
