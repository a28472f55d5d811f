import { test, expect } from '@playwright/test';
import { signIn } from './helpers';

test('an Operations token scripts a clean client account; the People page blocks and unblocks its admin', async ({ page, browser }) => {
  test.setTimeout(60_000);
  await signIn(page);
  // A token of the Operations account with Account at edit.
  await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'API tokens' }).click();
  await page.getByRole('button', { name: 'Create token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create API token' });
  await dialog.getByLabel('Name *').fill('Test suite set-up');
  await dialog.getByLabel('Account', { exact: true }).selectOption('edit');
  await dialog.getByRole('button', { name: 'Create token' }).click();
  const box = page.getByLabel('Token secret');
  await expect(box).toHaveValue(/^acs_/);
  const auth = { Authorization: `Bearer ${await box.inputValue()}` };

  // One call makes the account and invites its admin; bad input names the field.
  const bad = await page.request.post('/api/v1/operations/accounts', { headers: auth, data: { name: 'X Co', admin_email: 'nope' } });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).errors.admin_email).toBeTruthy();
  const made = await page.request.post('/api/v1/operations/accounts', {
    headers: auth, data: { name: 'Scripted Co', admin_email: 'sam@scripted.example', admin_first_name: 'Sam' },
  });
  expect(made.status()).toBe(201);
  const { account_id, invitation_link } = await made.json();
  expect(account_id).toMatch(/^ACC-\d{4}-\d{4}$/);

  const sam = await (await browser.newContext()).newPage();
  await sam.goto(invitation_link);
  await expect(sam.getByText('invited you to join')).toBeVisible();
  await sam.getByLabel('First name').fill('Sam');
  await sam.getByLabel('Last name').fill('Script');
  await sam.getByLabel('Choose a password').fill('Sam!s3cure#1');
  await sam.getByRole('button', { name: 'Create my access' }).click();
  await expect(sam.getByRole('navigation', { name: 'Settings' })).toBeVisible();

  // The operator blocks Sam everywhere from the People page.
  await page.getByRole('button', { name: 'I have stored it' }).click();
  await page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await page.getByLabel('E-mail address').fill('nobody@scripted.example');
  await page.getByRole('button', { name: 'Find' }).click();
  await expect(page.getByText('Nobody signs in with that e-mail address.')).toBeVisible();
  await page.getByLabel('E-mail address').fill('sam@scripted.example');
  await page.getByRole('button', { name: 'Find' }).click();
  const card = page.getByRole('region', { name: 'Sam Script' });
  await expect(card.getByRole('table', { name: 'Accounts of this person' })).toContainText('Scripted Co');
  await card.getByRole('button', { name: 'Block' }).click();
  await page.getByRole('dialog', { name: "Change this person's sign-in" }).getByRole('button', { name: 'Confirm' }).click();
  await expect(card.getByText('The person is now Blocked.')).toBeVisible();
  await expect(card.getByRole('button', { name: 'Unblock' })).toBeVisible();

  // Sam's open session ends and the sign-in is refused.
  await sam.reload();
  await expect(sam).toHaveURL(/\/sign-in/);
  await sam.getByLabel('E-mail').fill('sam@scripted.example');
  await sam.getByLabel('Password').fill('Sam!s3cure#1');
  await sam.getByRole('button', { name: 'Sign in' }).click();
  await expect(sam.getByRole('alert')).toBeVisible();
  await expect(sam.getByRole('navigation', { name: 'Settings' })).toHaveCount(0);

  // Unblocked, Sam signs in again.
  await card.getByRole('button', { name: 'Unblock' }).click();
  await page.getByRole('dialog', { name: "Change this person's sign-in" }).getByRole('button', { name: 'Confirm' }).click();
  await expect(card.getByText('The person is now Active.')).toBeVisible();
  await signIn(sam, 'sam@scripted.example', 'Sam!s3cure#1');
});
