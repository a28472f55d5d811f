import { test, expect } from '@playwright/test';
import * as fs from 'fs';
import { signIn } from './helpers';

// The list kit on the Buyers list (filled by the trading test's Operations set-up, or empty):
// sort and order live in the URL, the count is shown, the export is the filtered rows, and on
// a phone the filters fold behind "Filters (n)".
test('a list keeps sort, order and search in the URL and exports what it shows', async ({ page }) => {
  await signIn(page);
  await page.goto('/settings/buyers');
  await expect(page.getByRole('heading', { name: 'Buyers', level: 1 })).toBeVisible();
  await page.getByLabel('Sort by').selectOption('created');
  await page.getByLabel('Order').selectOption('desc');
  await expect(page).toHaveURL(/sort=created/);
  await expect(page).toHaveURL(/order=desc/);
  await page.getByLabel('Search').fill('zzz-no-such-buyer');
  await page.getByLabel('Search').press('Enter');
  await expect(page).toHaveURL(/q=zzz-no-such-buyer/);
  await expect(page.getByText('0 matches')).toBeVisible();
  await expect(page.getByText('No buyers match.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const text = fs.readFileSync(await (await download).path(), 'utf8');
  expect(text.trim()).toBe('id,name,tax_number,address,contact,sellers,licensees,status');
  // Reload: the same list.
  await page.reload();
  await expect(page.getByLabel('Sort by')).toHaveValue('created');
  await expect(page.getByLabel('Search')).toHaveValue('zzz-no-such-buyer');
});

test('on a phone the filters fold behind a button that counts them', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page);
  await page.goto('/settings/licensees?status=New');
  await expect(page.getByRole('heading', { name: 'Licensees', level: 1 })).toBeVisible();
  const toggle = page.getByRole('button', { name: 'Filters (1)' });
  await expect(toggle).toBeVisible();
  await expect(page.getByLabel('Sort by')).toBeHidden();
  await toggle.click();
  await expect(page.getByLabel('Sort by')).toBeVisible();
});
