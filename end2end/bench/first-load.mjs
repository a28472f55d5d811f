// Time from navigation start to the sign-in form being interactive, from an empty cache, in
// headless Chromium with the network throttled (10 Mbit/s, 40 ms latency). Prints each run
// and the median. Used by .ci/bench-first-load; not a test (no timing is ever asserted).
//
//   node end2end/bench/first-load.mjs <base url> [runs]
import { chromium } from 'playwright-core';

const [base, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 10);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const times = [];
for (let i = 0; i < runs; i++) {
  // A new context each time: empty cache, no service worker.
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 40, downloadThroughput: 10e6 / 8, uploadThroughput: 10e6 / 8,
  });
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
  await page.goto(`${base}/sign-in`);
  // Interactive: the form is rendered by the app (so its wasm runs) and its button enabled.
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  const ms = await page.evaluate(() => performance.now());
  times.push(ms);
  console.log(`run ${i + 1}: ${ms.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB transferred`);
  await context.close();
}
await browser.close();
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
console.log(`median of ${times.length}: ${median.toFixed(0)} ms to an interactive sign-in form`);
