import { test, expect, Page } from '@playwright/test';
import { acceptAs, signIn } from './helpers';

async function fillAddress(form: ReturnType<Page['getByRole']>, line1: string, city: string, country: string) {
  await form.getByLabel('Address line 1').fill(line1);
  await form.getByLabel('City').fill(city);
  await form.getByLabel('Country').selectOption(country);
}

async function createBuyer(page: Page, name: string, tax: string) {
  const form = page.getByRole('form', { name: 'New buyer' });
  await form.getByLabel('Buyer name').fill(name);
  await form.getByLabel('Tax number').fill(tax);
  await fillAddress(form, 'Hauptstraße 5', 'Munich', 'DE');
  await form.getByLabel('First name').fill('Petra');
  await form.getByLabel('Last name').fill('Payable');
  await form.getByLabel('E-mail').fill('ap@contoso.example');
  await form.getByRole('button', { name: 'Create buyer' }).click();
  await expect(form.getByText(`Buyer ${name} created.`)).toBeVisible();
  await expect(page.getByRole('group', { name })).toBeVisible();
}

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('Operations sets up a client; its admin creates a licensee, disables the buyer, and a scoped member sees one buyer', async ({ page, browser }) => {
  // Three people through the whole trading set-up: longer than one page's default budget.
  test.setTimeout(60_000);
  await signIn(page);
  const ops = page.getByRole('navigation', { name: 'Operations' });

  // A seller of the platform operator, checked as typed.
  await ops.getByRole('link', { name: 'Platform sellers' }).click();
  await page.getByRole('button', { name: 'New seller' }).click();
  const sellerForm = page.getByRole('form', { name: 'New seller' });
  await sellerForm.getByRole('button', { name: 'Create seller' }).click();
  await expect(sellerForm.getByText('Choose at least one currency.')).toBeVisible();
  await sellerForm.getByLabel('Seller name').fill('Platform Europe B.V.');
  await fillAddress(sellerForm, 'Herengracht 500', 'Amsterdam', 'NL');
  await sellerForm.getByLabel('EUR').check();
  await sellerForm.getByRole('button', { name: 'Create seller' }).click();
  await expect(sellerForm.getByText('Seller Platform Europe B.V. created.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Platform sellers' })).toContainText('Platform Europe B.V.');

  // A client account whose first admin is invited; the link is shown once.
  await ops.getByRole('link', { name: 'Client accounts' }).click();
  await page.getByRole('button', { name: 'New client account' }).click();
  const accountForm = page.getByRole('form', { name: 'New client account' });
  await accountForm.getByLabel('Account name').fill('Contoso Retail');
  await accountForm.getByLabel("First admin's e-mail").fill('not-an-email');
  await accountForm.getByRole('button', { name: 'Create account and invite' }).click();
  await expect(accountForm.locator('#admin_email')).toHaveAttribute('aria-invalid', 'true');
  await accountForm.getByLabel("First admin's e-mail").fill('carla@contoso.example');
  await accountForm.getByLabel("First admin's first name").fill('Carla');
  await accountForm.getByRole('button', { name: 'Create account and invite' }).click();
  await expect(accountForm.getByText('carla@contoso.example was invited as the first admin')).toBeVisible();
  await accountForm.getByRole('link', { name: 'Open the account to add buyers and sellers' }).click();
  await expect(page.getByRole('heading', { name: 'Contoso Retail', level: 1 })).toBeVisible();

  // Two buyers, the seller linked to the first one only.
  await createBuyer(page, 'Contoso Retail GmbH', 'DE811122233');
  await createBuyer(page, 'Contoso Outlet GmbH', 'DE899988877');
  const link = page.getByRole('form', { name: 'Link a seller' });
  await link.getByLabel('Seller').selectOption({ label: 'Platform Europe B.V.' });
  await link.getByLabel('Buyer', { exact: true }).selectOption({ label: 'Contoso Retail GmbH' });
  await link.getByRole('button', { name: 'Link seller' }).click();
  await expect(link.getByText('Seller linked.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Linked sellers' })).toContainText('Platform Europe B.V.');

  // The client admin accepts and creates a licensee with the wizard.
  const carla = await acceptAs(browser, 'carla@contoso.example', 'Carla', 'Carla!s3cure');
  await expect(carla.getByRole('navigation', { name: 'Operations' })).toHaveCount(0);
  await carla.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Licensees' }).click();
  await carla.getByRole('link', { name: 'New licensee' }).click();
  await carla.getByRole('button', { name: 'Next' }).click();
  await expect(carla.getByText('Enter the name.')).toBeVisible();
  await carla.getByLabel('Name *', { exact: true }).fill('Research lab');
  await carla.getByLabel('External reference').fill('CC-1042');
  await carla.getByLabel('Resale licensee').check();
  // An optional logo, checked by the server when the licensee is created.
  await carla.getByLabel('Upload logo').setInputFiles({ name: 'lab.png', mimeType: 'image/png', buffer: png });
  await expect(carla.getByRole('img', { name: 'Licensee logo' })).toBeVisible();
  await carla.getByRole('button', { name: 'Next' }).click();
  await carla.getByRole('button', { name: 'Next' }).click();
  await expect(carla.getByText('Choose the buyer.')).toBeVisible();
  await carla.getByLabel(/Contoso Retail GmbH/).check();
  await carla.getByRole('button', { name: 'Next' }).click();
  await carla.getByLabel(/Platform Europe B\.V\./).check();
  await carla.getByRole('button', { name: 'Next' }).click();
  await expect(carla.getByText('Hauptstraße 5')).toBeVisible();
  await carla.getByRole('button', { name: 'Next' }).click();
  await carla.getByLabel('First name').fill('Grace');
  await carla.getByLabel('Last name').fill('Hopper');
  await carla.getByLabel('E-mail').fill('grace@contoso.example');
  await carla.getByRole('button', { name: 'Next' }).click();
  await expect(carla.getByRole('region', { name: 'Overview' })).toContainText('Contoso Retail GmbH');
  await carla.getByRole('button', { name: 'Create licensee' }).click();
  await expect(carla.getByText('Licensee created.')).toBeVisible();
  await expect(carla.getByRole('heading', { name: 'Research lab', level: 1 })).toBeVisible();
  await expect(carla.getByRole('img', { name: 'Licensee logo' })).toBeVisible();
  await carla.getByRole('button', { name: 'Enable licensee' }).click();
  await carla.getByRole('dialog', { name: 'Change licensee status' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(carla.getByText('Enabled Research lab.')).toBeVisible();
  await expect(carla.getByRole('button', { name: 'Disable licensee' })).toBeVisible();

  // Disabling the buyer makes the licensee unavailable, and the pages say so.
  await carla.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Buyers' }).click();
  const buyers = carla.getByRole('table', { name: 'Buyers' });
  await expect(buyers.getByRole('row').filter({ hasText: 'Contoso Retail GmbH' })).toContainText('Active');
  await buyers.getByRole('link', { name: 'Contoso Retail GmbH' }).click();
  await expect(carla).toHaveURL(/\/settings\/buyers\/BUY-/);
  const retailUrl = carla.url();
  // The logo: checked in the browser first, then by the server from the bytes.
  await carla.getByLabel('Upload logo').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(carla.getByText('Use a PNG, JPEG or SVG image.')).toBeVisible();
  await carla.getByLabel('Upload logo').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(carla.getByRole('img', { name: 'Buyer logo' })).toBeVisible();
  await carla.getByRole('button', { name: 'Disable buyer' }).click();
  const confirm = carla.getByRole('dialog', { name: 'Change buyer status' });
  await expect(confirm).toContainText('1 licensee(s) become unavailable');
  await confirm.getByRole('button', { name: 'Confirm' }).click();
  await expect(carla.getByText('This buyer is disabled. Its 1 licensee(s) are unavailable for new use')).toBeVisible();
  await carla.getByRole('navigation', { name: 'Sections of this page' }).getByRole('link', { name: 'Licensees' }).click();
  await expect(carla.getByRole('table', { name: 'Licensees' }).getByRole('row').filter({ hasText: 'Research lab' })).toContainText('Unavailable');
  await carla.getByRole('table', { name: 'Licensees' }).getByRole('link', { name: 'Research lab' }).click();
  await expect(carla.getByText('Unavailable: its buyer Contoso Retail GmbH is disabled.')).toBeVisible();
  // The client may re-enable what it disabled itself.
  await carla.goto('/settings/buyers');
  await carla.getByRole('table', { name: 'Buyers' }).getByRole('link', { name: 'Contoso Retail GmbH' }).click();
  await expect(carla.getByRole('button', { name: 'Enable buyer' })).toBeVisible();

  // A member whose only group is limited to the outlet buyer sees that buyer alone.
  await carla.goto('/settings/groups/new');
  await carla.getByLabel('Group name').fill('Outlet team');
  await carla.getByRole('button', { name: 'Next' }).click();
  await carla.getByLabel('Buyers', { exact: true }).selectOption('view');
  await carla.getByLabel('Licensees', { exact: true }).selectOption('view');
  await carla.getByRole('button', { name: 'Next' }).click();
  await carla.getByLabel('Selected buyers').check();
  await carla.getByLabel(/Contoso Outlet GmbH/).check();
  await carla.getByRole('button', { name: 'Next' }).click();
  await carla.getByRole('button', { name: 'Next' }).click();
  await carla.getByRole('button', { name: 'Create group' }).click();
  await expect(carla.getByText('Group created.')).toBeVisible();
  await carla.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users' }).click();
  await carla.getByRole('button', { name: 'Invite people' }).click();
  const invite = carla.getByRole('dialog', { name: 'Invite people' });
  await invite.getByLabel('E-mail addresses').fill('otto@contoso.example');
  await invite.getByLabel('Role').selectOption('Member');
  await invite.getByLabel('Outlet team').check();
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  const otto = await acceptAs(browser, 'otto@contoso.example', 'Otto', 'Otto!s3cure');
  await otto.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Buyers' }).click();
  const seen = otto.getByRole('table', { name: 'Buyers' });
  await expect(seen.getByRole('link', { name: 'Contoso Outlet GmbH' })).toBeVisible();
  await expect(seen).not.toContainText('Contoso Retail GmbH');
  await otto.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Licensees' }).click();
  await expect(otto.getByText('No licensees to show.')).toBeVisible();
  // Not even by its address.
  await otto.goto(retailUrl);
  await expect(otto.getByRole('alert')).toContainText('Not found.');
});
