// Time to render the last-seen Users page offline: sign in as the first admin, open Users
// online (so its answer is kept in IndexedDB and the service worker controls the page), cut
// the network, then reload N times and time each reload from navigation start to the Users
// table showing its rows. Prints each run, the median and what IndexedDB holds. Used by
// .ci/bench-offline; not a test (no timing is ever asserted).
//
//   node end2end/bench/offline-users.mjs <base url> <e-mail> <password> [reloads]
import { chromium } from 'playwright-core';

const [base, email, password, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 20);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${base}/sign-in`);
await page.getByLabel('E-mail').fill(email);
await page.getByLabel('Password').fill(password);
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByRole('navigation', { name: 'Settings' }).waitFor();
await page.evaluate(async () => { await navigator.serviceWorker.ready; });
await page.goto(`${base}/settings/users`);
await page.waitForFunction(() => !!navigator.serviceWorker.controller);
const rows = page.getByRole('table', { name: 'Users' }).getByRole('row');
await rows.nth(1).waitFor();
await context.setOffline(true);
const times = [];
for (let i = 0; i < runs; i++) {
  await page.reload();
  await page.getByText(/^Offline: showing data from/).waitFor();
  await rows.nth(1).waitFor();
  const ms = await page.evaluate(() => performance.now());
  times.push(ms);
  console.log(`reload ${i + 1}: ${ms.toFixed(0)} ms`);
}
const kept = await page.evaluate(() => new Promise((resolve) => {
  const open = indexedDB.open('account-settings');
  open.onsuccess = () => {
    const tx = open.result.transaction('seen', 'readonly');
    const all = tx.objectStore('seen').getAll();
    tx.oncomplete = () => resolve(all.result.map(String).join('').length);
  };
}));
await browser.close();
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
console.log(`median of ${times.length}: ${median.toFixed(0)} ms to the last-seen Users rows offline; IndexedDB holds ${kept} characters`);
