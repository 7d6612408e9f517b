// The phone page under the shop's own name (shop.test, mapped to this machine), as a
// phone on the Wi-Fi reaches it: over HTTPS when the server has a certificate (the page
// and its wss:// socket on one port, and the system notification a browser allows only
// on a secure page), and over plain HTTP, where the page still tells by its title,
// chime and vibration and offers no notification it cannot give.
import { describe, test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shop } from './lib/shop.mjs';
import { launchBrowser, closeBrowser, newPhone, waitStage, watchWire } from './lib/phone.mjs';

const serverBinary = process.env.PRESSO_SERVER;
assert.ok(serverBinary, 'PRESSO_SERVER must name the presso-server binary');

// A certificate of the shop's own, for shop.test; the browser trusts exactly its key.
const certDir = mkdtempSync(join(tmpdir(), 'presso-tls-'));
const tls = { cert: join(certDir, 'cert.pem'), key: join(certDir, 'key.pem') };
execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
  '-days', '2', '-subj', '/CN=shop.test', '-addext', 'subjectAltName=DNS:shop.test,IP:127.0.0.1', '-keyout', tls.key, '-out', tls.cert],
{ stdio: 'ignore' });
const spki = execFileSync('sh', ['-c', `openssl x509 -in '${tls.cert}' -pubkey -noout | openssl pkey -pubin -outform der `
  + '| openssl dgst -sha256 -binary | base64']).toString().trim();

const secure = new Shop(serverBinary, { tls });
const plain = new Shop(serverBinary);
await secure.start();
await plain.start();
const onLan = (shop) => shop.httpUrl.replace('127.0.0.1', 'shop.test');
let browser;
const pages = [];

before(async () => {
  browser = await launchBrowser(['--host-resolver-rules=MAP shop.test 127.0.0.1', `--ignore-certificate-errors-spki-list=${spki}`]);
});
after(async () => {
  if (browser) await closeBrowser(browser);
  await secure.stop();
  await plain.stop();
  rmSync(certDir, { recursive: true, force: true });
  for (const page of pages) assert.deepEqual(page.errors, [], 'the page logged no errors');
});

const test = (name, fn) => nodeTest(name, { timeout: 40000 }, fn);

// Scans the shop's code, orders a latte, and has the barista make it; returns the page
// and the order's number once it says Ready.
async function orderAndCollect(shop) {
  const origin = onLan(shop);
  const page = await newPhone(browser, origin, { notifications: origin.startsWith('https:') });
  pages.push(page);
  const wire = await watchWire(page);
  await page.goto(`${origin}/o?code=${encodeURIComponent((await shop.currentQr()).code)}`);
  await waitStage(page, 'menu');
  await page.click('[data-drink="Latte"]');
  await page.click('#order-now');
  await waitStage(page, 'order', 'QUEUED');
  const number = Number((await page.$eval('#order-number', (el) => el.textContent)).replace('#', ''));
  const { orders } = await shop.barista.call('orders.list', { states: ['QUEUED'] });
  const { id } = orders.find((o) => o.number === number);
  const offered = await page.$eval('#notify-me', (el) => !el.hidden);
  await shop.barista.call('order.claim', { orderId: id });
  await shop.barista.call('order.complete', { orderId: id });
  await waitStage(page, 'order', 'COMPLETED');
  await page.waitForFunction(() => document.body.dataset.alerted);
  assert.equal(await page.title(), `Ready! #${number} · presso`);
  return { page, number, wire, offered, alerted: await page.evaluate(() => document.body.dataset.alerted) };
}

describe('the phone page on the shop\'s Wi-Fi', () => {
  test('over HTTPS: wss:// on the same port, and a system notification', async () => {
    assert.match(secure.wsUrl, /^wss:/);
    const { page, number, wire, alerted } = await orderAndCollect(secure);
    assert.equal(await page.evaluate(() => window.isSecureContext), true);
    assert.deepEqual(wire.sockets, [`wss://shop.test:${new URL(secure.httpUrl).port}/`]);
    assert.match(alerted, /notification/);
    const notes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/web/'))
      .getNotifications().then((list) => list.map((n) => n.title)));
    assert.deepEqual(notes, [`Order #${number} is ready`]);
  });

  test('over plain HTTP: no notification offered, the title, chime and buzz still tell', async () => {
    const { page, alerted, offered } = await orderAndCollect(plain);
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    assert.equal(offered, false, 'no "Tell me when it is ready" the browser would refuse');
    assert.doesNotMatch(alerted, /notification/);
    assert.match(alerted, /sound/); // the Order button was the tap that allows it
    assert.ok((await page.evaluate(() => window.__vibrations)).length > 0, 'the phone was asked to vibrate');
  });
});
