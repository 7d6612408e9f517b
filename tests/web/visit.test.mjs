// A customer's visit in detail, on a shop whose codes last a real five minutes: the first
// load (small, from the shop alone, one redeem), the countdown on the server's clock when
// the phone's own is wrong, sold-out drinks, the place in line behind others, the focus
// order, a locked phone, a dropped Wi-Fi resumed by seq, a shop with no room for one more
// phone, and a code whose drinks are all taken. Screenshots at 390×844 go to
// $PRESSO_WEB_SCREENS.
import { describe, test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Shop } from './lib/shop.mjs';
import { Relay } from './lib/relay.mjs';
import { launchBrowser, closeBrowser, newPhone, screenshotter, visibleText, waitStage, waitText, watchWire } from './lib/phone.mjs';

const serverBinary = process.env.PRESSO_SERVER;
const screens = process.env.PRESSO_WEB_SCREENS || 'web-screens';
let browser, shot;

assert.ok(serverBinary, 'PRESSO_SERVER must name the presso-server binary');
const shop = new Shop(serverBinary);
await shop.start();
const pages = [];
before(async () => {
  browser = await launchBrowser();
  shot = screenshotter(screens);
});
after(async () => {
  if (browser) await closeBrowser(browser);
  await shop.stop();
  for (const page of pages) assert.deepEqual(page.errors, [], 'the page logged no errors');
});

const test = (name, fn) => nodeTest(name, { timeout: 40000 }, fn);

async function phone(origin = shop.httpUrl, options = {}) {
  const page = await newPhone(browser, origin, options);
  pages.push(page);
  return page;
}

// The TV's code, with time to use it: within `margin` ms of its end, the next one.
async function freshCode(margin = 20000) {
  const qr = await shop.currentQr();
  if (Date.parse(qr.endsAt) - Date.now() > margin) return qr;
  const next = await shop.admin.waitEvent((e) => e.type === 'Validator.NewCode' && e.detail.bucket > qr.bucket, 25000);
  return next.detail;
}

async function scanAt(origin) {
  return `${origin}/o?code=${encodeURIComponent((await freshCode()).code)}`;
}

async function placeAtKiosk(drink) {
  const redeemed = await shop.kiosk.call('qr.redeem', { code: (await freshCode()).code });
  const { order } = await shop.kiosk.call('order.submit', { orderId: redeemed.orderId, orderToken: redeemed.orderToken,
    drink, modifiers: [] });
  return order;
}

async function orderLatte(page) {
  await page.click('[data-drink="Latte"]');
  await page.click('#order-now');
  await waitStage(page, 'order', 'QUEUED');
  const number = Number((await page.$eval('#order-number', (el) => el.textContent)).replace('#', ''));
  const { orders } = await shop.barista.call('orders.list', { states: ['QUEUED'] });
  return orders.find((o) => o.number === number);
}

async function make(order) {
  await shop.barista.call('order.claim', { orderId: order.id });
  await shop.barista.call('order.complete', { orderId: order.id });
}

const drinksShown = (page) => page.waitForFunction(() => {
  const icon = document.querySelector('[data-drink] img');
  return icon && icon.complete && icon.naturalWidth > 0;
});

describe('a customer\'s visit', () => {
  test('the first load is small, comes from the shop alone and redeems the code once', async () => {
    const page = await phone();
    const wire = await watchWire(page);
    await page.goto(await scanAt(shop.httpUrl));
    await drinksShown(page);
    const shownAfterMs = await page.evaluate(() => performance.now());
    const http = wire.http.reduce((sum, r) => sum + r.bytes, 0);
    const ws = [...wire.sent, ...wire.received].reduce((sum, f) => sum + f.bytes, 0);
    assert.ok(http + ws < 100 * 1024, `${http} bytes of files and ${ws} of frames before the first drink showed`);
    for (const r of wire.http) assert.ok(r.url.startsWith(`${shop.httpUrl}/`), `fetched from elsewhere: ${r.url}`);
    assert.deepEqual(wire.sockets, [`${shop.wsUrl.replace(/\/$/, '')}/`]);
    // Every module is asked for by the page itself, at once, not one import level at a time.
    const modules = wire.http.filter((r) => r.url.includes('/web/') && r.url.endsWith('.js'));
    assert.deepEqual(modules.filter((r) => r.initiator !== 'parser').map((r) => r.url), [], 'modules found only by importing');
    // The hello's own requests go out once, not again with the ones held over a drop.
    assert.equal(wire.sent.filter((f) => f.op === 'qr.redeem').length, 1);
    process.stdout.write(`# first drink shown ${Math.round(shownAfterMs)} ms after the scan; ${http + ws} bytes\n`);
    await page.click('#cancel-choosing');
    await waitStage(page, 'scan');
  });

  test('the countdown runs on the server\'s clock, not on a phone set two hours fast', async () => {
    const page = await phone(shop.httpUrl, { clockSkewMs: 2 * 3600 * 1000 });
    await page.goto(await scanAt(shop.httpUrl));
    await waitStage(page, 'menu');
    assert.match(await page.$eval('#countdown', (el) => el.textContent), /^[45]:\d\d left to order$/);
    // A tick later the phone still thinks there is time: it did not count from its own clock.
    const first = await page.$eval('#countdown', (el) => el.textContent);
    await page.waitForFunction((was) => document.getElementById('countdown').textContent !== was, {}, first);
    assert.equal(await page.evaluate(() => document.body.dataset.stage), 'menu');
    await page.click('#cancel-choosing');
    await waitStage(page, 'scan');
  });

  test('sold-out drinks are greyed, named so and cannot be chosen', async () => {
    await shop.barista.call('menu.setAvailable', { drink: 'Americano', available: false });
    const page = await phone();
    await page.goto(await scanAt(shop.httpUrl));
    await waitStage(page, 'menu');
    await drinksShown(page);
    const americano = await page.$eval('[data-drink="Americano"]', (b) => ({ disabled: b.disabled, label: b.getAttribute('aria-label'),
      text: b.innerText, opacity: Number(getComputedStyle(b).opacity), filter: getComputedStyle(b).filter }));
    assert.deepEqual(americano, { disabled: true, label: 'Americano, sold out', text: 'Americano\nSold out', opacity: 0.45, filter: 'grayscale(1)' });
    await shot(page, 'menu-sold-out');

    // Sold out while chosen: the choice goes, and the customer is told.
    await page.click('[data-drink="Latte"]');
    await shop.barista.call('menu.setAvailable', { drink: 'Latte', available: false });
    await waitText(page, 'Latte, sold out');
    assert.equal(await page.$eval('#summary', (el) => el.textContent), '');
    await shop.barista.call('menu.setAvailable', { drink: 'Latte', available: true });
    await shop.barista.call('menu.setAvailable', { drink: 'Americano', available: true });
    await page.click('#cancel-choosing');
    await waitStage(page, 'scan');
  });

  test('the focus moves through the menu in reading order, then to the order\'s news', async () => {
    const page = await phone();
    await page.goto(await scanAt(shop.httpUrl));
    await waitStage(page, 'menu');
    await page.click('[data-drink="Latte"]');
    // From the top, where the page puts the focus when the menu opens.
    await page.focus('#menu-title');
    const expected = await page.evaluate(() => [
      ...[...document.querySelectorAll('[data-drink]')].map((b) => `drink:${b.dataset.drink}`),
      ...[...document.querySelectorAll('#modifiers fieldset')].map((f) => `option:${f.querySelector('input:checked').value}`),
      'name', 'order-now', 'cancel-choosing']);
    const seen = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => {
        const el = document.activeElement;
        return el.dataset.drink ? `drink:${el.dataset.drink}` : el.type === 'radio' ? `option:${el.value}` : el.id;
      }));
    }
    assert.deepEqual(seen, expected);
    // Ordering from the keyboard: the news is where the focus lands.
    await page.focus('#order-now');
    await page.keyboard.press('Enter');
    await waitStage(page, 'order', 'QUEUED');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'order-title');
    await page.click('#cancel-order');
    await page.click('#cancel-yes');
    await waitStage(page, 'order', 'CANCELLED');
  });

  test('the place in line counts the drinks before yours; no cancel once it is being made', async () => {
    const ahead = [await placeAtKiosk('Espresso'), await placeAtKiosk('Americano')];
    const page = await phone();
    await page.goto(await scanAt(shop.httpUrl));
    await waitStage(page, 'menu');
    const mine = await orderLatte(page);
    await page.waitForFunction(() => document.getElementById('order-line').textContent
      === '2 drinks before yours. Ready in about 6 minutes.');
    await shot(page, 'ordered-in-line');
    for (const order of ahead) await make(order);
    await shop.barista.call('order.claim', { orderId: mine.id });
    await waitStage(page, 'order', 'IN_PRODUCTION');
    assert.equal(await page.$eval('#cancel-area', (el) => el.hidden), true, 'no cancel while it is being made');
    assert.equal(await page.$('#order-line:not(:empty)'), null, 'no place in line once it is being made');
    await shop.barista.call('order.complete', { orderId: mine.id });
    await waitStage(page, 'order', 'COMPLETED');
  });

  test('a locked phone shows Ready when it wakes', async () => {
    const page = await phone();
    await page.goto(await scanAt(shop.httpUrl));
    await waitStage(page, 'menu');
    const mine = await orderLatte(page);
    await page.tap('#order-title'); // a touch, so the page may chime later
    // Locked: the page is hidden (another tab in front), then frozen by the browser.
    const lockScreen = await page.context.newPage();
    await lockScreen.bringToFront();
    assert.equal(await page.evaluate(() => document.visibilityState), 'hidden');
    const cdp = await page.createCDPSession();
    await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
    await make(mine);
    await cdp.send('Page.setWebLifecycleState', { state: 'active' });
    await page.bringToFront();
    await lockScreen.close();
    await waitStage(page, 'order', 'COMPLETED');
    await page.waitForFunction(() => document.body.dataset.alerted);
    assert.ok((await page.evaluate(() => window.__vibrations)).length > 0, 'the phone vibrated');
    assert.equal(await page.title(), `Ready! #${mine.number} · presso`);
  });

  test('a dropped Wi-Fi comes back to the order by seq, with what happened meanwhile', async () => {
    const relay = await new Relay(shop.httpUrl).start();
    try {
      const page = await phone(relay.url);
      await page.goto(await scanAt(relay.url));
      await waitStage(page, 'menu');
      const mine = await orderLatte(page);
      const wire = await watchWire(page);
      relay.cut();
      await page.waitForSelector('#banner', { visible: true });
      assert.equal(await page.$eval('#banner', (el) => el.textContent), 'Connection lost. Reconnecting…');
      await shot(page, 'reconnecting');
      await make(mine); // made and collected while the phone was away
      relay.restore();
      await waitStage(page, 'order', 'COMPLETED');
      await page.waitForSelector('#banner', { hidden: true });
      const hello = wire.sent.find((f) => f.op === 'hello');
      assert.equal(typeof hello.args.resumeFrom, 'number', 'the hello asked to resume');
      assert.equal(wire.received.find((f) => f.id === 'hello').result.resumed, true);
      const replayed = wire.received.filter((f) => f.type === 'event').map((f) => f.event['detail-type']);
      assert.ok(replayed.includes('OrderManager.OrderCompleted'), `replayed: ${replayed}`);
      assert.ok(wire.received.filter((f) => f.type === 'event').every((f) => f.seq > hello.args.resumeFrom));
      assert.match(await visibleText(page), new RegExp(`Order #${mine.number}: collect your latte`));
      // The page's own files and socket could not load while the Wi-Fi was gone.
      page.errors = page.errors.filter((e) => !/net::ERR_(EMPTY_RESPONSE|CONNECTION_REFUSED)/.test(e));
    } finally {
      await relay.stop();
    }
  });

  test('with no room for one more phone the page says the shop is busy, and gets in later', async () => {
    const metrics = await (await fetch(`${shop.httpUrl}/metrics`)).text();
    // The phones of the tests before are still connected: a cap of one is full.
    assert.ok(Number(/presso_connections\{role="customer"\} (\d+)/.exec(metrics)[1]) >= 1);
    await shop.admin.call('settings.set', { maxCustomerConnections: 1 });
    const page = await phone();
    try {
      await page.goto(`${shop.httpUrl}/`);
      await page.waitForSelector('#banner', { visible: true });
      assert.equal(await page.$eval('#banner', (el) => el.textContent), 'The shop is very busy. Trying again…');
      await shot(page, 'refusal-busy');
    } finally {
      await shop.admin.call('settings.set', { maxCustomerConnections: 2000 });
    }
    await waitStage(page, 'scan');
    await page.waitForSelector('#banner', { hidden: true });
  });

  test('a used-up five-minute code says when the next comes, then that it has come', async () => {
    // One drink of this code taken at the kiosk (and let go), and no more to take.
    const taken = await shop.kiosk.call('qr.redeem', { code: (await freshCode()).code });
    await shop.kiosk.call('order.cancel', { orderId: taken.orderId, orderToken: taken.orderToken });
    const qr = await shop.currentQr();
    await shop.admin.call('settings.set', { drinksPerCode: qr.tokensTotal - qr.tokensLeft });
    const page = await phone();
    try {
      await page.goto(await scanAt(shop.httpUrl));
      await waitText(page, 'This code’s drinks are all taken. A new code appears in');
      const words = await page.$eval('#scan-notice', (el) => el.textContent);
      const [, minutes, seconds] = /A new code appears in (\d):(\d\d)\.$/.exec(words);
      const left = (Date.parse(qr.endsAt) - Date.now()) / 1000;
      assert.ok(Math.abs(Number(minutes) * 60 + Number(seconds) - left) < 3, `${words}, with ${left} s left`);
      await shot(page, 'refusal-used-up');
    } finally {
      await shop.admin.call('settings.set', { drinksPerCode: 10 });
    }

    // Codes of ten seconds: once the next code is up, the refusal says to scan it.
    await shop.admin.call('settings.set', { codeIntervalSec: 10, codeHideBeforeEndSec: 2, drinksPerCode: 1 });
    try {
      const { code } = await freshCode(3000);
      await shop.kiosk.call('qr.redeem', { code });
      await page.goto(`${shop.httpUrl}/o?code=${code}`);
      await waitText(page, 'A new code appears in 0:');
      await page.waitForFunction(() => document.getElementById('scan-notice').textContent
        === 'That code has expired. Scan the code on the TV now.', { timeout: 15000 });
    } finally {
      await shop.admin.call('settings.set', { codeIntervalSec: 300, codeHideBeforeEndSec: 15, drinksPerCode: 10 });
    }
  });
});
