import { Browser, expect, Page } from '@playwright/test';
import * as crypto from 'crypto';
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

/** RFC 6238 with SHA-1, 6 digits, 30-second steps: what an authenticator app computes. */
export function totp(key: string, step: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of key.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = crypto.createHmac('sha1', bytes).update(counter).digest();
  const o = h[h.length - 1] & 0xf;
  return String((h.readUInt32BE(o) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}
export const nowStep = () => Math.floor(Date.now() / 30_000);

/** Turns two-step verification on from Profile → Two-step verification; returns the key. */
export async function setUpTwoStep(page: Page, password: string): Promise<string> {
  await page.goto('/profile?tab=two-step');
  const card = page.getByRole('region', { name: 'Two-step verification' });
  await card.getByLabel('Your password').fill(password);
  await card.getByRole('button', { name: 'Set up two-step verification' }).click();
  const key = (await card.getByLabel('Setup key').textContent())!;
  await card.getByLabel('Code from your app').fill(totp(key, nowStep()));
  await card.getByRole('button', { name: 'Confirm and turn on' }).click();
  await expect(card.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  await card.getByRole('button', { name: 'I have saved them' }).click();
  await expect(card.getByText('On', { exact: true })).toBeVisible();
  return key;
}

/** The newest sign-in unlock link mailed to `to`, once it has arrived. */
export async function waitForUnlockLink(to: string): Promise<string> {
  const find = () => {
    const dir = path.join(dataDir, 'mail');
    if (!fs.existsSync(dir)) return undefined;
    const texts = fs.readdirSync(dir)
      .map((f) => path.join(dir, f))
      .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)
      .map((f) => fs.readFileSync(f, 'utf8').replace(/=\r?\n/g, '').replace(/=3D/g, '='))
      .filter((t) => t.split(/\r?\n/).some((l) => l.startsWith('To:') && l.includes(to)));
    for (const t of texts) {
      const found = t.match(/https?:\/\/[^\s]+\/sign-in\?unlock=[A-Za-z0-9_-]+/);
      if (found) return found[0];
    }
    return undefined;
  };
  await expect.poll(find).toBeTruthy();
  return find()!;
}
