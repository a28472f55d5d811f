import { Browser, expect, Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';
import { admin, dataDir } from '../playwright.config';

export { admin };

export async function signIn(page: Page, email = admin.email, password = admin.password) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible();
}

export async function openAccount(page: Page) {
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Account', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Account name *')).not.toHaveValue('');
}

/** The newest link of `kind` mailed to `to` (the file transport writes .eml files). */
export function mailedLink(to: string, kind: 'accept-invitation' | 'reset-password'): string | undefined {
  const dir = path.join(dataDir, 'mail');
  if (!fs.existsSync(dir)) return undefined;
  const mails = fs.readdirSync(dir)
    .map((f) => path.join(dir, f))
    .map((f) => ({ t: fs.statSync(f).mtimeMs, text: fs.readFileSync(f, 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '=') }))
    .filter((m) => m.text.split(/\r?\n/).some((l) => l.startsWith('To:') && l.includes(to)))
    .sort((a, b) => a.t - b.t);
  for (const m of mails.reverse()) {
    const found = m.text.match(new RegExp(`https?://[^\\s]+/${kind}\\?token=[A-Za-z0-9_-]+`));
    if (found) return found[0];
  }
  return undefined;
}

export async function waitForLink(to: string, kind: 'accept-invitation' | 'reset-password') {
  await expect.poll(() => mailedLink(to, kind)).toBeTruthy();
  return mailedLink(to, kind)!;
}


/** Accepts the mailed invitation of `email` in a fresh browser context, signed in after. */
export async function acceptAs(browser: Browser, email: string, first: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(await waitForLink(email, 'accept-invitation'));
  await expect(page.getByText('invited you to join')).toBeVisible();
  await page.getByLabel('First name').fill(first);
  await page.getByLabel('Last name').fill('Tester');
  const pw = page.getByLabel('Choose a password');
  await pw.fill('short');
  await expect(page.getByRole('list', { name: 'Password rules' }).getByText('at least 8 characters')).toContainText('not met yet');
  await pw.fill(password);
  await expect(page.getByRole('list', { name: 'Password rules' })).not.toContainText('not met yet');
  await page.getByRole('button', { name: 'Create my access' }).click();
  await expect(page.getByRole('navigation', { name: 'Settings' })).toBeVisible();
  return page;
}
