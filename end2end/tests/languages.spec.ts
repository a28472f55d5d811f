import { test, expect } from '@playwright/test';
import { signIn } from './helpers';

test('switch the interface to German on the profile and see the navigation in German, then back', async ({ page }) => {
  await signIn(page);
  await page.goto('/profile');
  const form = page.getByRole('form', { name: 'Personal details and display' });
  await form.getByLabel('Language').selectOption('de');
  await form.getByRole('button', { name: 'Save' }).click();

  const nav = page.getByRole('navigation', { name: 'Einstellungen' });
  await expect(nav.getByRole('link', { name: 'Benutzer' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Prüfprotokoll' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The page itself follows, and a reload keeps the person's language.
  await expect(page.getByRole('heading', { level: 1, name: 'Profil' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Einstellungen' }).getByRole('link', { name: 'Benutzer' })).toBeVisible();

  // Error sentences built with values are translated too.
  await page.getByRole('navigation', { name: 'Einstellungen' }).getByRole('link', { name: 'Benutzer' }).click();
  await page.getByRole('button', { name: 'Personen einladen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Personen einladen' });
  await dialog.getByLabel('E-Mail-Adressen').fill('ann@e2e.test, keine-adresse');
  await expect(dialog.getByText('Keine E-Mail-Adressen: keine-adresse')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Data pickers follow too: the account's country list is in German.
  await page.getByRole('navigation', { name: 'Einstellungen' }).getByRole('link', { name: 'Konto' }).click();
  await expect(page.getByLabel('Land').locator('option[value="DE"]')).toHaveText('Deutschland');

  // Back to the account's language (English) for the other tests.
  await page.goto('/profile');
  await page.getByLabel('Sprache').selectOption('');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await expect(page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Users' })).toBeVisible();
});

test('the sign-in page offers the languages and switches at once', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByLabel('Langue')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.getByLabel('Langue').selectOption('en');
  await expect(page.getByLabel('Language')).toBeVisible();
});

test('other languages are fetched when chosen, and still switch with the network off', async ({ page, context }) => {
  const fetched: string[] = [];
  page.on('request', (r) => { if (r.url().includes('/locales/')) fetched.push(new URL(r.url()).pathname); });
  await page.goto('/sign-in');
  await expect(page.getByLabel('Language')).toBeVisible();
  // English is fetched (preloaded by the page) before the app starts; no other language.
  expect(new Set(fetched)).toEqual(new Set(['/locales/en.ftl']));

  // Once the service worker controls the page it has precached every language.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  await context.setOffline(true);
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByLabel('Idioma')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(fetched).toContain('/locales/es.ftl');
  await page.getByLabel('Idioma').selectOption('en');
  await expect(page.getByLabel('Language')).toBeVisible();
  await context.setOffline(false);
});
