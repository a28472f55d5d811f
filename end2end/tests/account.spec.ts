import { test, expect } from '@playwright/test';
import { admin, openAccount, signIn } from './helpers';

test('an admin signs in, edits the account, reveals the credentials and finds it all in the audit trail', async ({ page }) => {
  await signIn(page);
  const nav = page.getByRole('navigation', { name: 'Settings' });
  await expect(nav.getByRole('link', { name: 'Account' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Audit trail' })).toBeVisible();
  await expect(page.getByTestId('account-name')).toHaveText('My Company');

  await openAccount(page);
  const website = page.getByLabel('Website');
  await website.fill('not a website');
  // Refused on the field as the user types, before any save.
  await expect(page.getByText('Enter a web address like https://example.com.')).toBeVisible();
  await expect(website).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Some fields need your attention; nothing was saved.')).toBeVisible();
  await expect(website).toHaveValue('not a website');

  await website.fill('northwind.example');
  await expect(website).toHaveAttribute('aria-invalid', 'false');
  await page.getByLabel('Account name *').fill('Northwind Traders');
  await page.getByLabel('Account time zone').selectOption('Europe/Berlin');
  await page.getByLabel('Address line 1').fill('Friedrichstraße 123');
  await page.getByLabel('City').fill('Berlin');
  await page.getByLabel('Country').selectOption('DE');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Account saved.')).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Account name *')).toHaveValue('Northwind Traders');
  await expect(page.getByLabel('Website')).toHaveValue('https://northwind.example');
  await expect(page.getByLabel('Account time zone')).toHaveValue('Europe/Berlin');
  await expect(page.getByTestId('account-name')).toHaveText('Northwind Traders');

  const passcode = page.getByTestId('passcode');
  await expect(passcode).toHaveText(/^•+$/);
  await page.getByRole('button', { name: 'Show passcode' }).click();
  await expect(passcode).toHaveText(/^[A-Za-z2-9]{32}$/);
  const revealed = await passcode.textContent();
  await page.getByRole('button', { name: 'Hide passcode' }).click();
  await expect(passcode).toHaveText(/^•+$/);

  await page.getByRole('button', { name: 'Regenerate passcode' }).click();
  const dialog = page.getByRole('dialog', { name: 'Regenerate the passcode?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Regenerate' }).click();
  await expect(page.getByText('A new passcode was generated. The old one no longer works.')).toBeVisible();
  await expect(passcode).not.toHaveText(revealed ?? '');

  await nav.getByRole('link', { name: 'Audit trail' }).click();
  const table = page.getByRole('table', { name: 'Audit records' });
  await expect(table).toBeVisible();
  for (const action of ['account.account.update', 'account.credentials.reveal', 'account.credentials.regenerate', 'auth.session.sign_in']) {
    await expect(table.getByRole('cell', { name: action, exact: true }).first()).toBeVisible();
  }
  await expect(table.getByText('Northwind Traders').first()).toBeVisible();
  await expect(table).not.toContainText(revealed ?? 'no-passcode');
  // The update's before/after is on the record's own page.
  const update = table.getByRole('row').filter({ hasText: 'account.account.update' }).first();
  await expect(update).toContainText(/changed field/);
  await update.getByRole('link', { name: /Open record AUD-/ }).click();
  const changes = page.getByRole('table', { name: 'Changed fields' });
  await expect(changes.getByRole('row').filter({ hasText: 'name' }).first()).toContainText('My Company');
  await expect(changes).toContainText('Northwind Traders');
});

test('the server refuses a bad value even when the browser is bypassed', async ({ page }) => {
  await signIn(page);
  const origin = new URL(page.url()).origin;
  const res = await page.request.post('/sf/account/update', {
    headers: { Origin: origin },
    data: { input: { name: '', website: 'javascript:alert(1)', support_email: 'x', description: '', language: 'en',
      address_line1: '', address_line2: '', city: '', region: '', postcode: '', country: '', timezone: 'UTC',
      legal_name: '', tax_id: '', industry: '', company_size: '' }, revision: 999 },
  });
  expect(res.status()).toBe(422);
  const body = await res.json();
  expect(Object.keys(body.Validation)).toEqual(expect.arrayContaining(['name', 'website', 'support_email']));
  const foreign = await page.request.post('/sf/account/get', { headers: { Origin: 'https://evil.example' }, data: {} });
  expect(foreign.status()).toBe(403);
});

test('two editors: the second save compares field by field and keeps what was typed', async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await signIn(a);
  await signIn(b);
  await openAccount(a);
  await openAccount(b);
  await a.getByLabel('Description').fill('Edited by A');
  await a.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(a.getByText('Account saved.')).toBeVisible();

  await b.getByLabel('Description').fill('Edited by B');
  await b.getByRole('button', { name: 'Save', exact: true }).click();
  const choice = b.getByRole('region', { name: 'Someone else changed this meanwhile' });
  await expect(choice.getByRole('group', { name: 'Description' })).toBeVisible();
  await expect(b.getByLabel('Description', { exact: true })).toHaveValue('Edited by B');
  // Theirs this time: the form takes A's text and saves it over the latest revision.
  await choice.getByRole('radio', { name: 'Theirs: Edited by A' }).check();
  await choice.getByRole('button', { name: 'Use these choices' }).click();
  await expect(b.getByText('Account saved.')).toBeVisible();
  await b.reload();
  await expect(b.getByLabel('Description', { exact: true })).toHaveValue('Edited by A');
});

test('wrong password, sign-out, protected pages and unknown pages', async ({ page }) => {
  await page.goto('/settings/account');
  await expect(page).toHaveURL(/\/sign-in\?next=\/settings\/account/);
  await page.getByLabel('E-mail').fill(admin.email);
  await page.getByLabel('Password').fill('Wrong!passw0rd');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('The e-mail or password is incorrect.');

  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/settings\/account$/);

  await page.getByRole('button', { name: 'Account Admin' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.goto('/settings/audit');
  await expect(page).toHaveURL(/\/sign-in\?next=\/settings\/audit/);

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('works at phone width and from the keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page);
  await openAccount(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await page.reload();
  await expect(page.getByLabel('Account name *')).not.toHaveValue('');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  // The page's tabs come first, then its first control.
  const sections = page.getByRole('navigation', { name: 'Sections of this page' });
  await page.keyboard.press('Tab');
  await expect(sections.getByRole('link', { name: 'General' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sections.getByRole('link', { name: 'Details' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(sections.getByRole('link', { name: 'Audit trail' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Upload logo' }).or(page.getByLabel('Upload logo'))).toBeFocused();
});
