import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import { admin, signIn } from './helpers';

test('filter the trail, open a record, verify the chain, export what is shown, and find it per object', async ({ page }) => {
  // A failed sign-in is recorded too (never with the password typed).
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(admin.email);
  await page.getByLabel('Password').fill('Not-The-Passw0rd!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('The e-mail or password is incorrect.')).toBeVisible();
  await signIn(page);

  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Audit trail' }).click();
  await expect(page.getByRole('heading', { name: 'Audit trail', level: 1 })).toBeVisible();
  const filters = page.getByRole('search', { name: 'Filter audit records' });

  // A bad value is flagged on its own field as it is typed, and nothing is applied.
  await filters.getByLabel('IP address').fill('300.1.2');
  await expect(filters.getByText('Enter a whole IP address')).toBeVisible();
  await expect(filters.getByLabel('IP address')).toHaveAttribute('aria-invalid', 'true');
  await filters.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).not.toHaveURL(/ip=/);
  await filters.getByLabel('IP address').fill('127.0.0.1');
  await filters.getByLabel('Action').fill('auth.session.sign_in_failed');
  // Enter in any field applies, as the Apply button does.
  await filters.getByLabel('Action').press('Enter');
  await expect(page).toHaveURL(/action=auth\.session\.sign_in_failed/);
  await expect(page).toHaveURL(/ip=127\.0\.0\.1/);
  const table = page.getByRole('table', { name: 'Audit records' });
  // Newest first: this test's failure is on top (another test may have failed one earlier).
  const failed = table.getByRole('row').filter({ hasText: 'auth.session.sign_in_failed' }).first();
  await expect(failed).toContainText('wrong password');
  await expect(table).not.toContainText('Not-The-Passw0rd!');
  await expect(table.getByRole('cell', { name: 'auth.session.sign_in', exact: true })).toHaveCount(0);
  // The filtered view survives a reload: its state is the URL.
  await page.reload();
  await expect(page.getByRole('search', { name: 'Filter audit records' }).getByLabel('Action')).toHaveValue('auth.session.sign_in_failed');
  await expect(failed).toBeVisible();

  // The record's page: everything, with links onwards.
  await failed.getByRole('link', { name: /Open record AUD-/ }).click();
  await expect(page.getByRole('heading', { name: /Failed sign-in as admin@e2e\.test/ })).toBeVisible();
  await expect(page.getByText('127.0.0.1').first()).toBeVisible();
  await expect(page.getByLabel('The record as JSON')).toContainText('"action": "auth.session.sign_in_failed"');
  await expect(page.getByLabel('The record as JSON')).toContainText('"prev_hash"');
  await page.getByRole('button', { name: 'Copy JSON' }).click();
  await expect(page.getByText(/JSON copied|The browser refused to copy/)).toBeVisible();
  await page.getByRole('link', { name: 'Everything from this address' }).click();
  await expect(page).toHaveURL(/\/settings\/audit\?limit=25&ip=127\.0\.0\.1/);
  const fromHere = page.getByRole('table', { name: 'Audit records' }).getByRole('row');
  await expect(fromHere.nth(1)).toBeVisible();
  const shown = (await fromHere.count()) - 1;

  // Export exactly what is shown (a filtered CSV), streamed from the server.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^audit-ACC-\d{4}-\d{4}-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync(await download.path(), 'utf8').trim().split('\n');
  expect(csv[0]).toContain('id,seq,time_utc');
  expect(csv.length - 1).toBeGreaterThanOrEqual(shown);
  expect(csv.slice(1).every((l) => l.includes('"127.0.0.1"'))).toBe(true);

  // The whole chain verifies, and the check itself is recorded.
  await page.getByRole('button', { name: 'Verify integrity' }).click();
  await expect(page.getByRole('status').filter({ hasText: /The chain is intact: \d+ records checked/ })).toBeVisible();

  // Retention is an Admin setting, recorded like any other change.
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByLabel('Keep audit records for').selectOption({ label: '7 years' });
  await page.getByRole('button', { name: 'Save retention' }).click();
  await expect(page.getByText('Saved. Older records are removed within the hour.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Keep audit records for')).toHaveValue('2555');
  await expect(page.getByRole('table', { name: 'Audit records' }).getByRole('cell', { name: 'audit.retention.update', exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Audit records' }).getByRole('cell', { name: 'audit.chain.verify', exact: true })).toBeVisible();

  // Each details page has its own Audit trail tab, linked to the full view.
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Account' }).click();
  await page.getByRole('navigation', { name: 'Sections of this page' }).getByRole('link', { name: 'Audit trail' }).click();
  await expect(page).toHaveURL(/tab=audit/);
  const own = page.getByRole('table', { name: 'Audit records of this object' });
  await expect(own.getByRole('cell', { name: 'audit.retention.update', exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: "Open this object's full audit trail" }).click();
  await expect(page).toHaveURL(/object_id=ACC-/);
  await expect(page.getByRole('search', { name: 'Filter audit records' }).getByLabel('Object id')).toHaveValue(/^ACC-/);
});

// Days are the person's days. Kiritimati (UTC+14) and Pago Pago (UTC-11) are never on the same
// date, so UTC days could satisfy at most one of these two tests at any hour.
for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
  test.describe(`in ${tz}`, () => {
    test.use({ timezoneId: tz });
    test(`date filters are days in the browser's zone (${tz})`, async ({ page }) => {
      await signIn(page);
      const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
      await page.goto('/settings/audit');
      const filters = page.getByRole('search', { name: 'Filter audit records' });
      await expect(filters.getByText(`Days in ${tz}`)).toBeVisible();
      await filters.getByLabel('From', { exact: true }).fill(today);
      await filters.getByLabel('To', { exact: true }).fill(today);
      await filters.getByLabel('Action').fill('auth.session.sign_in');
      await filters.getByRole('button', { name: 'Apply filters' }).click();
      await expect(page).toHaveURL(new RegExp(`tz=${encodeURIComponent(tz)}`));
      const table = page.getByRole('table', { name: 'Audit records' });
      await expect(table.getByRole('cell', { name: 'auth.session.sign_in', exact: true }).first()).toBeVisible();
    });
  });
}
