import { test, expect, Page } from '@playwright/test';
import { acceptAs, signIn } from './helpers';

/** What the console keeps in IndexedDB (`seen`: last-seen answers, `drafts`: unsaved forms). */
async function kept(page: Page, store: 'seen' | 'drafts') {
  return page.evaluate((store) => new Promise<{ keys: string[]; bytes: number; text: string }>((resolve, reject) => {
    const open = indexedDB.open('account-settings');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(store)) { db.close(); resolve({ keys: [], bytes: 0, text: '' }); return; }
      const tx = db.transaction(store, 'readonly');
      const keys = tx.objectStore(store).getAllKeys();
      const values = tx.objectStore(store).getAll();
      tx.oncomplete = () => {
        const k = keys.result.map(String).filter((x) => x !== '~meta');
        const v = values.result.map(String);
        db.close();
        resolve({ keys: k, bytes: k.join('').length + v.join('').length, text: v.join('\n') });
      };
    };
  }), store);
}

async function heading(page: Page, name: string) {
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('offline: last-seen pages, drafts that survive a reload, a conflict chosen field by field, nothing left for the next person', async ({ page, browser }) => {
  // Two people, three browser contexts and the whole offline round trip.
  test.setTimeout(150_000);

  // Operations sets up a client account with one buyer; its first admin accepts.
  await signIn(page);
  const ops = page.getByRole('navigation', { name: 'Operations' });
  await ops.getByRole('link', { name: 'Client accounts' }).click();
  await page.getByRole('button', { name: 'New client account' }).click();
  const accountForm = page.getByRole('form', { name: 'New client account' });
  await accountForm.getByLabel('Account name').fill('Offline Traders');
  await accountForm.getByLabel("First admin's e-mail").fill('olga@offline.example');
  await accountForm.getByLabel("First admin's first name").fill('Olga');
  await accountForm.getByRole('button', { name: 'Create account and invite' }).click();
  await accountForm.getByRole('link', { name: 'Open the account to add buyers and sellers' }).click();
  await heading(page, 'Offline Traders');
  const buyerForm = page.getByRole('form', { name: 'New buyer' });
  await buyerForm.getByLabel('Buyer name').fill('Offline Buyer GmbH');
  await buyerForm.getByLabel('Tax number').fill('DE999888777');
  await buyerForm.getByLabel('Address line 1').fill('Ringstraße 1');
  await buyerForm.getByLabel('City').fill('Vienna');
  await buyerForm.getByLabel('Country').selectOption('AT');
  await buyerForm.getByLabel('First name').fill('Anna');
  await buyerForm.getByLabel('Last name').fill('Payable');
  await buyerForm.getByLabel('E-mail').fill('ap@offline.example');
  await buyerForm.getByRole('button', { name: 'Create buyer' }).click();
  await expect(buyerForm.getByText('Buyer Offline Buyer GmbH created.')).toBeVisible();

  const olga = await acceptAs(browser, 'olga@offline.example', 'Olga', 'Olga!s3cure1');
  const net = olga.context();
  // The page must be controlled by the service worker to open with the network off.
  await olga.evaluate(async () => { await navigator.serviceWorker.ready; });
  await olga.reload();
  await expect.poll(() => olga.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // A group to edit later.
  await olga.goto('/settings/groups/new');
  await olga.getByLabel('Group name').fill('Offline crew');
  await olga.getByRole('button', { name: 'Next' }).click();
  await olga.getByLabel('Audit trail', { exact: true }).selectOption('view');
  await olga.getByRole('button', { name: 'Next' }).click();
  await olga.getByRole('button', { name: 'Next' }).click();
  await expect(olga.getByRole('heading', { name: 'Members' })).toBeVisible();
  await olga.getByRole('button', { name: 'Next' }).click();
  await olga.getByRole('button', { name: 'Create group' }).click();
  await expect(olga.getByText('Group created.')).toBeVisible();

  // The tour, online: Users with a filter, Buyers, one buyer, the Audit trail, Account, the group.
  const users = '/settings/users?search=olga';
  await olga.goto(users);
  await expect(olga.getByRole('table', { name: 'Users' })).toContainText('Olga Tester');
  await olga.goto('/settings/buyers');
  await olga.getByRole('link', { name: 'Offline Buyer GmbH' }).click();
  await heading(olga, 'Offline Buyer GmbH');
  const buyerUrl = olga.url();
  await olga.goto('/settings/audit');
  await heading(olga, 'Audit trail');
  await expect(olga.getByRole('table').first()).toContainText('Offline crew');
  await olga.goto('/settings/groups');
  await olga.getByRole('link', { name: 'Offline crew' }).click();
  await heading(olga, 'Offline crew');
  const groupUrl = olga.url();
  await olga.goto('/settings/account');
  await heading(olga, 'Account');
  await expect(olga.getByLabel('Account name *')).toHaveValue('Offline Traders');
  const toured = await kept(olga, 'seen');
  test.info().annotations.push({ type: 'IndexedDB after the tour', description: `${toured.keys.length} answers, ${toured.bytes} characters` });
  console.log(`offline: IndexedDB holds ${toured.keys.length} answers, ${toured.bytes} characters after the tour`);

  // Offline: every page seen shows the same rows under the banner; one never seen says so.
  await net.setOffline(true);
  await olga.reload();
  await expect(olga.getByTestId('connection')).toHaveText('Offline');
  await expect(olga.getByRole('status').filter({ hasText: /^Offline: showing data from/ })).toBeVisible();
  await expect(olga.getByLabel('Account name *')).toHaveValue('Offline Traders');
  await olga.goto(users);
  await heading(olga, 'Users');
  await expect(olga.getByRole('table', { name: 'Users' })).toContainText('Olga Tester');
  await expect(olga.getByRole('status').filter({ hasText: /^Offline: showing data from/ })).toBeVisible();
  await olga.goto('/settings/buyers');
  await expect(olga.getByRole('link', { name: 'Offline Buyer GmbH' })).toBeVisible();
  await olga.goto(buyerUrl);
  await heading(olga, 'Offline Buyer GmbH');
  await olga.goto('/settings/audit');
  await expect(olga.getByRole('table').first()).toContainText('Offline crew');
  await olga.goto('/settings/sellers');
  await heading(olga, 'Sellers');
  await expect(olga.getByText('This page is not available offline')).toBeVisible();

  // Drafts: typed offline, kept through a reload, offered back; Save waits for the network.
  await olga.goto('/settings/account');
  await olga.getByLabel('Account name *').fill('Offline Traders Ltd');
  await expect.poll(async () => (await kept(olga, 'drafts')).keys.length).toBe(1);
  await olga.reload();
  await expect(olga.getByText(/^Unsaved changes from/)).toBeVisible();
  await olga.getByRole('button', { name: 'Restore' }).click();
  await expect(olga.getByLabel('Account name *')).toHaveValue('Offline Traders Ltd');
  await expect(olga.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  await expect(olga.getByRole('form', { name: 'Details' }).getByText('You are offline; your changes are kept here.')).toBeVisible();

  await olga.goto(groupUrl);
  await heading(olga, 'Offline crew');
  await olga.getByLabel('Description').fill('Works without a network');
  await expect.poll(async () => (await kept(olga, 'drafts')).keys.length).toBe(2);
  await olga.reload();
  await olga.getByRole('button', { name: 'Restore' }).click();
  await expect(olga.getByLabel('Description')).toHaveValue('Works without a network');
  await expect(olga.getByRole('button', { name: 'Save group' })).toBeDisabled();

  // Meanwhile Olga, on another device, renames the account.
  const other = await (await browser.newContext()).newPage();
  await signIn(other, 'olga@offline.example', 'Olga!s3cure1');
  await other.goto('/settings/account');
  await expect(other.getByLabel('Account name *')).toHaveValue('Offline Traders');
  await other.getByLabel('Account name *').fill('Offline Traders AG');
  await other.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(other.getByText('Account saved.')).toBeVisible();
  await other.context().close();

  // Back online: nothing was sent by itself; the group saves, the account asks which name.
  await net.setOffline(false);
  await expect(olga.getByTestId('connection')).toHaveText('Online');
  await expect(olga.getByText('Back online', { exact: true })).toBeAttached();
  await olga.getByRole('button', { name: 'Save group' }).click();
  await expect(olga.getByText('Group saved.')).toBeVisible();

  await olga.goto('/settings/account');
  await olga.getByRole('button', { name: 'Restore' }).click();
  await expect(olga.getByLabel('Account name *')).toHaveValue('Offline Traders Ltd');
  await olga.getByRole('button', { name: 'Save', exact: true }).click();
  const choice = olga.getByRole('region', { name: 'Someone else changed this meanwhile' });
  await expect(choice.getByRole('radio', { name: 'Theirs: Offline Traders AG' })).toBeVisible();
  await expect(choice.getByRole('radio', { name: 'Yours: Offline Traders Ltd' })).toBeChecked();
  await choice.getByRole('button', { name: 'Use these choices' }).click();
  await expect(olga.getByText('Account saved.')).toBeVisible();
  await olga.reload();
  await expect(olga.getByLabel('Account name *')).toHaveValue('Offline Traders Ltd');
  await expect(olga.getByText(/^Unsaved changes from/)).toHaveCount(0);
  // Saved once, audited once.
  await olga.goto('/settings/account?tab=audit');
  const trail = olga.getByRole('table').first();
  await expect(trail).toContainText('Offline Traders AG');
  await expect(trail.getByRole('row').filter({ hasText: 'Offline Traders Ltd' })).toHaveCount(1);

  // Sign-out empties the device; the next person finds nothing of Olga's, online or off.
  await olga.getByRole('button', { name: 'Olga Tester' }).click();
  await olga.getByRole('button', { name: 'Sign out' }).click();
  await expect(olga).toHaveURL(/\/sign-in$/);
  await signIn(olga);
  const after = await kept(olga, 'seen');
  expect(after.text).not.toContain('Offline Buyer GmbH');
  expect(after.text).not.toContain('olga@offline.example');
  expect((await kept(olga, 'drafts')).keys).toEqual([]);
  await net.setOffline(true);
  await olga.goto(users);
  await heading(olga, 'Users');
  await expect(olga.getByText('This page is not available offline')).toBeVisible();
  await net.setOffline(false);
});
