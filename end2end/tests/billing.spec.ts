import { test, expect, Page } from '@playwright/test';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { dataDir } from '../playwright.config';
import { acceptAs, signIn } from './helpers';

/** The keys of the drafts this browser keeps (IndexedDB). */
async function draftKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => new Promise<string[]>((resolve) => {
    const open = indexedDB.open('account-settings');
    open.onerror = () => resolve([]);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('drafts')) { db.close(); resolve([]); return; }
      const req = db.transaction('drafts', 'readonly').objectStore('drafts').getAllKeys();
      req.onsuccess = () => { db.close(); resolve(req.result.map(String)); };
    };
  }));
}

test('billing: the operator makes a 3-seat plan and assigns it; the client sees its usage, the 4th invitation is refused, amounts read in German', async ({ page, browser }) => {
  test.setTimeout(90_000);
  await signIn(page);
  const ops = page.getByRole('navigation', { name: 'Operations' });

  // The plan catalogue: a bad amount is refused on its field as typed.
  await ops.getByRole('link', { name: 'Plans' }).click();
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Plans' })).toContainText('Free');
  const form = page.getByRole('form', { name: 'New plan' });
  await form.getByLabel('Plan name *').fill('Team of three');
  // What is typed is kept through a reload and offered back.
  await expect.poll(async () => (await draftKeys(page)).some((k) => k.includes('plan:new'))).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Plans', level: 1 })).toBeVisible();
  await expect(form.getByText(/^Unsaved changes from/)).toBeVisible();
  await form.getByRole('button', { name: 'Restore' }).click();
  await expect(form.getByLabel('Plan name *')).toHaveValue('Team of three');
  await form.getByLabel('Seats *').fill('3');
  await form.getByLabel('API calls per month *').fill('10,000');
  await form.getByLabel('Events per month *').fill('0');
  const monthly = form.getByLabel('Monthly price (EUR)');
  await monthly.fill('1234.567');
  await expect(form.getByText('Use at most two decimals.')).toBeVisible();
  await monthly.fill('1234.56');
  await expect(form.getByText('Use at most two decimals.')).toHaveCount(0);
  await form.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByText('Plan Team of three saved.')).toBeVisible();
  const row = page.getByRole('table', { name: 'Plans' }).getByRole('row').filter({ hasText: 'Team of three' });
  await expect(row).toContainText('€1,234.56');
  // A bigger plan to upgrade to.
  await form.getByLabel('Plan name *').fill('Scale');
  await form.getByLabel('Seats *').fill('25');
  await form.getByLabel('API calls per month *').fill('100000');
  await form.getByLabel('Events per month *').fill('0');
  await form.getByLabel('Monthly price (EUR)').fill('2000');
  await form.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByText('Plan Scale saved.')).toBeVisible();

  // A client account on that plan.
  await ops.getByRole('link', { name: 'Client accounts' }).click();
  await page.getByRole('button', { name: 'New client account' }).click();
  const accountForm = page.getByRole('form', { name: 'New client account' });
  await accountForm.getByLabel('Account name').fill('Billing Traders');
  await accountForm.getByLabel("First admin's e-mail").fill('bill@billing.example');
  await accountForm.getByLabel("First admin's first name").fill('Bill');
  await accountForm.getByRole('button', { name: 'Create account and invite' }).click();
  await accountForm.getByRole('link', { name: 'Open the account to add buyers and sellers' }).click();
  await expect(page.getByRole('heading', { name: 'Billing Traders', level: 1 })).toBeVisible();
  const accountId = page.url().split('/').pop()!;
  await page.getByRole('combobox', { name: 'Plan' }).selectOption({ label: 'Team of three — €1,234.56' });
  await page.getByRole('button', { name: 'Change plan' }).click();
  await expect(page.getByText('Billing Traders is now on the Team of three plan.')).toBeVisible();

  // The client's admin: one seat of three taken, the price and what is included.
  const bill = await acceptAs(browser, 'bill@billing.example', 'Bill', 'Bill!s3cure12');
  await bill.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Billing' }).click();
  await expect(bill.getByRole('heading', { name: 'Billing', level: 1 })).toBeVisible();
  const plan = bill.getByRole('region', { name: 'Current plan' });
  await expect(plan).toContainText('Team of three');
  await expect(plan).toContainText('€1,234.56 per month');
  const usage = bill.getByRole('region', { name: 'Usage this period' });
  await expect(usage.getByRole('meter', { name: 'Seats' })).toHaveAttribute('aria-valuetext', '1 of 3 (33%)');
  await expect(usage).toContainText('Events are counted once events are sent');

  // Two invitations fill the plan; the fourth seat is refused, naming the limit.
  await bill.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users' }).click();
  await bill.getByRole('button', { name: 'Invite people' }).click();
  let dialog = bill.getByRole('dialog', { name: 'Invite people' });
  await dialog.getByLabel('E-mail addresses').fill('ann@billing.example, bob@billing.example');
  await dialog.getByLabel('Administrators').check();
  await dialog.getByRole('button', { name: 'Invite 2 people' }).click();
  await expect(bill.getByText('Invited ann@billing.example, bob@billing.example.')).toBeVisible();
  await bill.getByRole('button', { name: 'Invite people' }).click();
  dialog = bill.getByRole('dialog', { name: 'Invite people' });
  await dialog.getByLabel('E-mail addresses').fill('cy@billing.example');
  await dialog.getByLabel('Administrators').check();
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog.getByText('The Team of three plan includes 3 seats and 3 are taken by members and open invitations.')).toBeVisible();
  await bill.keyboard.press('Escape');
  await expect(bill.getByRole('table', { name: 'Users' })).not.toContainText('cy@billing.example');

  await bill.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Billing' }).click();
  await expect(bill.getByRole('meter', { name: 'Seats' })).toHaveAttribute('aria-valuetext', '3 of 3 (100%)');
  await expect(bill.getByRole('status').filter({ hasText: 'Seats: 100% of your plan is used; the limit is reached.' })).toBeVisible();

  // The usage chart: one tab stop, arrow keys read the days; the same figures as a table.
  const chart = bill.getByRole('application', { name: /^API calls from/ });
  await chart.focus();
  await bill.keyboard.press('Home');
  await expect(bill.locator('#chart-readout')).toHaveText(/^\d{4}-\d{2}-\d{2}: 0$/);
  await bill.getByRole('button', { name: 'Show as table' }).click();
  await expect(bill.getByRole('table', { name: 'API calls' }).getByRole('row')).toHaveCount(31);

  // The admin upgrades: at once, and the fourth seat is there.
  await bill.getByRole('button', { name: 'Switch to Scale' }).click();
  await expect(bill.getByText('Plan change to Scale saved.')).toBeVisible();
  await expect(bill.getByRole('region', { name: 'Current plan' })).toContainText('€2,000.00 per month');

  // A card with a wrong check digit is refused as typed; a valid one keeps only its summary.
  const cardForm = bill.getByRole('form', { name: 'Payment method' });
  await cardForm.getByLabel('Card number *').fill('4242 4242 4242 4241');
  await expect(cardForm.getByText('Brand: Visa')).toBeVisible();
  await expect(cardForm.getByText('This card number is not valid: check the digits.')).toBeVisible();
  await cardForm.getByLabel('Card number *').fill('4242 4242 4242 4242');
  await expect(cardForm.getByText('This card number is not valid: check the digits.')).toHaveCount(0);
  await cardForm.getByLabel('Expiry *').fill('12/39');
  await cardForm.getByLabel('Security code *').fill('987');
  await cardForm.getByLabel("Cardholder's name *").fill('Bill Tester');
  await cardForm.getByRole('button', { name: 'Save card' }).click();
  await expect(bill.getByText('Card saved: Visa •••• 4242.')).toBeVisible();
  await expect(bill.getByTestId('card-on-file')).toHaveText('Visa •••• 4242, expires 12/2039, Bill Tester');
  await expect(cardForm.getByLabel('Card number *')).toHaveValue('');

  // The period closes (the operator's command, as the closing job does): the invoice is listed,
  // its page shows the lines and the total, and the CSV export has the row.
  const now = new Date();
  const nextMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 15)).toISOString().slice(0, 10);
  const out = execFileSync(path.resolve(__dirname, '../../target/debug/server'),
    ['billing', 'close-period', '--account', accountId, '--at', nextMonth],
    { env: { ...process.env, DATA_DIR: dataDir, RUST_LOG: 'warn' } }).toString();
  const number = out.match(/INV-\d{4}-\d{6}/)![0];
  await bill.reload();
  const latest = bill.getByRole('region', { name: 'Invoices' });
  await expect(latest.getByRole('row').filter({ hasText: number })).toContainText('Open');
  await latest.getByRole('link', { name: 'All invoices' }).click();
  await expect(bill.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  // The filters live in the URL; the CSV export has the filtered rows.
  await bill.getByRole('combobox', { name: 'Status' }).selectOption('Open');
  await expect(bill).toHaveURL(/status=Open/);
  const invoices = bill.getByRole('table', { name: 'Invoices' });
  await expect(invoices.getByRole('row').filter({ hasText: number })).toContainText('Open');
  const download = bill.waitForEvent('download');
  await bill.getByRole('button', { name: 'Export CSV' }).click();
  const csv = fs.readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain(number);
  await bill.getByLabel('Issued until').fill('2001-01-01');
  await expect(bill.getByText('No invoices match these filters.')).toBeVisible();
  await bill.goBack();
  await invoices.getByRole('link', { name: number }).click();
  await expect(bill.getByRole('heading', { name: `Invoice ${number}`, level: 1 })).toBeVisible();
  await expect(bill.getByRole('table', { name: 'Lines' })).toContainText('Scale plan');
  await expect(bill.getByRole('button', { name: 'Print' })).toBeVisible();
  // The PDF is made on the server; its text has the number and the total.
  const pdf = bill.waitForEvent('download');
  await bill.getByRole('button', { name: 'Download PDF' }).click();
  const saved = await (await pdf).path();
  expect((await pdf).suggestedFilename()).toBe(`${number}.pdf`);
  const text = execFileSync('pdftotext', [saved, '-']).toString();
  expect(text).toContain(number);
  expect(text).toMatch(/Total/);
  await bill.getByRole('link', { name: 'Back to Invoices' }).click();
  await expect(bill.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();

  // The operator records the payment (confirmed, audited); the client sees it paid.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Billing Traders', level: 1 })).toBeVisible();
  const opsInvoices = page.getByRole('region', { name: 'Invoices' });
  await opsInvoices.getByRole('button', { name: `Mark paid: ${number}` }).click();
  await page.getByRole('dialog', { name: 'Change invoice status' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(`${number} is now Paid.`)).toBeVisible();
  await expect(opsInvoices.getByRole('row').filter({ hasText: number })).toContainText('Paid');
  await bill.goto('/settings/billing/invoices?status=Paid');
  await expect(bill.getByRole('heading', { name: 'Invoices', level: 1 })).toBeVisible();
  await expect(bill.getByRole('table', { name: 'Invoices' }).getByRole('row').filter({ hasText: number })).toContainText('Paid');

  // In German the amounts read as Germans write them.
  await bill.goto('/profile');
  const prefs = bill.getByRole('form', { name: 'Personal details and display' });
  await prefs.getByLabel('Language').selectOption('de');
  await prefs.getByRole('button', { name: 'Save' }).click();
  await expect(bill.getByRole('navigation', { name: 'Einstellungen' })).toBeVisible();
  await bill.getByRole('navigation', { name: 'Einstellungen' }).getByRole('link', { name: 'Abrechnung' }).click();
  await expect(bill.getByRole('heading', { name: 'Abrechnung', level: 1 })).toBeVisible();
  await expect(bill.getByRole('region', { name: 'Aktueller Tarif' })).toContainText('2.000,00 € pro Monat');
  await expect(bill.getByRole('region', { name: 'Tarif wechseln' }).getByRole('row').filter({ hasText: 'Team of three' })).toContainText('1.234,56 €');
});
