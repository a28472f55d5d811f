import { test, expect, Page } from '@playwright/test';
import { acceptAs, signIn } from './helpers';

async function confirm(page: Page) {
  await page.getByRole('dialog', { name: /Change the selected/ }).getByRole('button', { name: 'Confirm' }).click();
}

test('choose members and act on them together: disable, change groups, enable', async ({ page, browser }) => {
  await signIn(page);
  // A group that gives little, to move both members into.
  await page.goto('/settings/groups/new');
  await page.getByLabel('Group name').fill('Bulk readers');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('Users', { exact: true }).selectOption('view');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByText('Group created.')).toBeVisible();

  await page.goto('/settings/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Invite people' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite people' });
  await dialog.getByLabel('E-mail addresses').fill('dora.bulk@e2e.test, eli.bulk@e2e.test');
  await dialog.getByLabel('Administrators').check();
  await dialog.getByRole('button', { name: 'Invite 2 people' }).click();
  await expect(page.getByText('Invited dora.bulk@e2e.test, eli.bulk@e2e.test.')).toBeVisible();
  // Invitations cannot be chosen: only members.
  await expect(page.getByRole('checkbox', { name: /Select dora\.bulk@e2e\.test/ })).toHaveCount(0);
  await (await acceptAs(browser, 'dora.bulk@e2e.test', 'Dora', 'Dora!s3cure')).close();
  await (await acceptAs(browser, 'eli.bulk@e2e.test', 'Eli', 'Eli!s3cure1')).close();

  await page.goto('/settings/users?search=bulk%40e2e.test');
  const users = page.getByRole('table', { name: 'Users' });
  await users.getByRole('checkbox', { name: 'Select Dora Tester' }).check();
  await users.getByRole('checkbox', { name: 'Select Eli Tester' }).check();
  // Nobody chooses themselves.
  await expect(users.getByRole('checkbox', { name: /Select (Account Admin|admin@e2e)/ })).toHaveCount(0);
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar.getByText('2 selected')).toBeVisible();

  await bar.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Disable 2 members?')).toBeVisible();
  await confirm(page);
  await expect(page.getByText('Done for 2.')).toBeVisible();
  await expect(bar).toBeHidden();
  await expect(users.getByRole('row').filter({ hasText: 'dora.bulk@e2e.test' })).toContainText('Disabled');
  await expect(users.getByRole('row').filter({ hasText: 'eli.bulk@e2e.test' })).toContainText('Disabled');

  // Taking both out of their only group is refused for each, by name and with the reason.
  const dora = users.getByRole('row').filter({ hasText: 'dora.bulk@e2e.test' });
  const eli = users.getByRole('row').filter({ hasText: 'eli.bulk@e2e.test' });
  await users.getByRole('checkbox', { name: 'Select Dora Tester' }).check();
  await users.getByRole('checkbox', { name: 'Select Eli Tester' }).check();
  await bar.getByRole('button', { name: 'Change groups' }).click();
  const groups = page.getByRole('dialog', { name: 'Change groups' });
  await groups.getByLabel('Administrators').check();
  await groups.getByRole('button', { name: 'Take out of these groups' }).click();
  await confirm(page);
  await expect(page.getByRole('alert').filter({ hasText: 'Done for 0.' })).toContainText('dora.bulk@e2e.test:');
  await expect(dora).toContainText('Administrators');

  // Into the new group, then out of Administrators: both moved.
  await users.getByRole('checkbox', { name: 'Select Dora Tester' }).check();
  await users.getByRole('checkbox', { name: 'Select Eli Tester' }).check();
  await bar.getByRole('button', { name: 'Change groups' }).click();
  await groups.getByLabel('Bulk readers').check();
  await groups.getByRole('button', { name: 'Add to these groups' }).click();
  await confirm(page);
  await expect(dora).toContainText('Bulk readers');
  await expect(eli).toContainText('Bulk readers');
  await users.getByRole('checkbox', { name: 'Select Dora Tester' }).check();
  await users.getByRole('checkbox', { name: 'Select Eli Tester' }).check();
  await bar.getByRole('button', { name: 'Change groups' }).click();
  await groups.getByLabel('Administrators').check();
  await groups.getByRole('button', { name: 'Take out of these groups' }).click();
  await confirm(page);
  await expect(dora).not.toContainText('Administrators');
  await expect(eli).not.toContainText('Administrators');
  await expect(page.getByText('Done for 2.')).toBeVisible();

  await users.getByRole('checkbox', { name: 'Select every row on this page' }).check();
  await bar.getByRole('button', { name: 'Enable' }).click();
  await confirm(page);
  await expect(page.getByText(/Done for 2\./)).toBeVisible();
  await expect(dora).toContainText('Active');
  await expect(eli).toContainText('Active');

  // The member's Details tab (the details kit) says who changed them last.
  await dora.getByRole('link', { name: 'Dora Tester' }).click();
  await expect(page.getByRole('heading', { name: 'Dora Tester', level: 1 })).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections of this page' }).getByRole('link', { name: 'Details' }).click();
  const facts = page.getByRole('region', { name: 'Details' });
  await expect(facts.getByText(/ by Account Admin$/)).toBeVisible();
  await expect(facts.getByText(/^AUSR-/)).toBeVisible();
});

test('groups and sellers lists search, sort and export in the browser, state in the URL', async ({ page }) => {
  await signIn(page);
  await page.goto('/settings/groups');
  await expect(page.getByRole('heading', { name: 'Groups', level: 1 })).toBeVisible();
  await page.getByLabel('Search').fill('administrators');
  await page.getByLabel('Search').press('Enter');
  await expect(page).toHaveURL(/q=administrators/);
  const table = page.getByRole('table', { name: 'Groups' });
  await expect(table.getByRole('link', { name: 'Administrators' })).toBeVisible();
  await page.getByLabel('Sort by').selectOption('members');
  await expect(page).toHaveURL(/sort=members/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const fs = await import('fs');
  const lines = fs.readFileSync(await (await download).path(), 'utf8').trim().split('\r\n');
  expect(lines[0]).toBe('id,name,description,default,modules,members,created_at');
  expect(lines.slice(1).every((l) => /administrators/i.test(l))).toBe(true);
  await page.getByLabel('Search').fill('zzz-none');
  await page.getByLabel('Search').press('Enter');
  await expect(page.getByText('Nothing matches this search.')).toBeVisible();

  await page.goto('/settings/sellers?q=zzz-none');
  await expect(page.getByRole('heading', { name: 'Sellers', level: 1 })).toBeVisible();
  await expect(page.getByText('Nothing matches this search.')).toBeVisible();
});
