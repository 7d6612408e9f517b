// The phone ordering page in a real headless Chromium against a real presso-server:
// scan → menu → order → made → Ready, reload, cancel, refusals, and following a kiosk
// order. Screenshots at 390×844 go to $PRESSO_WEB_SCREENS.
import { describe, test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Shop } from './lib/shop.mjs';
import { launchBrowser, closeBrowser, newPhone, screenshotter, visibleText, waitStage, waitText } from './lib/phone.mjs';

const serverBinary = process.env.PRESSO_SERVER;
const screens = process.env.PRESSO_WEB_SCREENS || 'web-screens';
let browser, shot, expiring;

assert.ok(serverBinary, 'PRESSO_SERVER must name the presso-server binary');
const shop = new Shop(serverBinary);
// One code for the whole run: an hourly bucket cannot roll over between reading the
// TV's code and the phone redeeming it.
shop.cli('settings', 'set', 'codeIntervalSec', '3600');
await shop.start();
before(async () => {
  browser = await launchBrowser();
  shot = screenshotter(screens);
});

after(async () => {
  for (const page of phones.values()) clean(await page);
  if (browser) await closeBrowser(browser);
  await shop.stop();
});

// One phone per customer, kept across tests (a new browser profile is the slow part);
// each has its own local storage, so its own customerToken.
const phones = new Map();
async function customer(name) {
  if (!phones.has(name)) phones.set(name, newPhone(browser, shop.httpUrl));
  return phones.get(name);
}

function clean(page) {
  assert.deepEqual(page.errors, [], 'the page logged no errors');
}

// On the menu: picks a drink and its options, types the name, taps Order.
async function order(page, { drink = 'Latte', option = null, name = '' } = {}) {
  await page.click(`[data-drink="${drink}"]`);
  if (option) await page.click(`input[value="${option}"]`);
  if (name) await page.type('#name', name);
  await page.click('#order-now');
  await waitStage(page, 'order', 'QUEUED');
  return Number((await page.$eval('#order-number', (el) => el.textContent)).replace('#', ''));
}

async function orderFromScan(page, options) {
  await page.goto(await shop.scanUrl());
  await waitStage(page, 'menu');
  return order(page, options);
}

async function setShop(args) {
  await shop.admin.call('settings.set', args);
}

// Runs fn under some settings and puts them back even when it fails, so one failing
// step does not fail the tests after it.
async function withSettings(args, restore, fn) {
  await setShop(args);
  try {
    await fn();
  } finally {
    await setShop(restore);
  }
}

// Every control a finger or a screen reader meets: 44 px at least, and a name.
async function checkAccessible(page) {
  const small = await page.evaluate(() => [...document.querySelectorAll('button, input, .option span')]
    .filter((el) => el.getClientRects().length && el.type !== 'radio')
    .map((el) => ({ what: el.id || el.textContent, ...el.getBoundingClientRect().toJSON() }))
    .filter((r) => r.width < 44 || r.height < 44));
  assert.deepEqual(small, [], 'targets under 44 px');
  const unnamed = [];
  const walk = (node) => {
    if (['button', 'textbox', 'radio'].includes(node.role) && !node.name) unnamed.push(node.role);
    (node.children || []).forEach(walk);
  };
  walk(await page.accessibility.snapshot());
  assert.deepEqual(unnamed, [], 'controls without a name');
}

// A customer whose time to order is 10 s (the shortest the server allows) and who
// never orders; the last test sees the page tell them.
async function beginExpiring() {
  await setShop({ customerTimeoutSec: 10 });
  const page = await customer('dan');
  await page.goto(await shop.scanUrl());
  await waitStage(page, 'menu');
  await setShop({ customerTimeoutSec: 300 });
  return page;
}

// A failing step fails its test instead of hanging the run.
const test = (name, fn) => nodeTest(name, { timeout: 40000 }, fn);

describe('the phone ordering page', () => {
  test('without a code it asks to scan the TV', async () => {
    expiring = beginExpiring();
    const page = await customer('ana');
    await page.goto(`${shop.httpUrl}/`);
    await waitStage(page, 'scan');
    assert.match(await visibleText(page), /Scan the code on the TV/);
    assert.equal(await page.$eval('#scan-notice', (el) => el.hidden), true, 'no refusal, no error');
    await shot(page, 'scan');
    clean(page);
    await expiring; // its short deadline is set, and the setting back to five minutes
  });

  test('scan, order, made, ready; a reload keeps the order', async () => {
    const page = await customer('ana');
    await page.goto(await shop.scanUrl());
    await waitStage(page, 'menu');
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    assert.match(await page.$eval('#countdown', (el) => el.textContent), /^[45]:\d\d left to order$/);
    // Everything came from the shop's server (the bytes of a first load, with nothing
    // cached, are counted in visit.test.mjs).
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource')
      .concat(performance.getEntriesByType('navigation')).map((e) => e.name));
    for (const url of loaded) assert.ok(url.startsWith(shop.httpUrl), `fetched from elsewhere: ${url}`);
    assert.equal(await page.$eval('[data-drink="Latte"] img', (i) => new URL(i.src).pathname), '/icons/latte.svg');
    await shot(page, 'menu');
    await page.click('[data-drink="Latte"]');
    await checkAccessible(page);

    // A name that looks like markup stays text.
    const number = await order(page, { drink: 'Latte', option: 'Oat', name: '<b>Ana</b>' });
    assert.ok(number >= 1);
    const text = await visibleText(page);
    assert.match(text, new RegExp(`Order #${number} is in the queue`));
    assert.match(text, /Latte for <b>Ana<\/b>\./);
    assert.equal(await page.$('main b'), null, 'no element made from the name');
    await page.waitForFunction(() => /Yours is the next drink\. Ready in about 2 minutes\./.test(document.getElementById('order-line').textContent));
    const queued = await shop.barista.waitEvent((e) => e.type === 'OrderManager.WaitingCompletion' && e.detail.order.number === number);
    const orderId = queued.detail.order.id;
    assert.deepEqual(queued.detail.order.modifiers, ['Oat']);
    assert.equal(queued.detail.order.customerName, '<b>Ana</b>');
    await shot(page, 'ordered');

    await page.reload();
    await waitStage(page, 'order', 'QUEUED');
    assert.equal(await page.$eval('#order-number', (el) => el.textContent), `#${number}`);
    assert.equal(new URL(page.url()).search, '', 'the used code left the address');
    // A reloaded page may chime only once the customer has touched it (autoplay rules).
    await page.tap('#order-title');

    await shop.barista.call('order.claim', { orderId });
    await waitStage(page, 'order', 'IN_PRODUCTION');
    assert.match(await visibleText(page), new RegExp(`Order #${number} is being made`));
    await shot(page, 'making');

    await shop.barista.call('order.complete', { orderId });
    await waitStage(page, 'order', 'COMPLETED');
    assert.match(await visibleText(page), new RegExp(`Ready!\\s+Order #${number}: collect your latte at the counter\\.`));
    assert.equal(await page.title(), `Ready! #${number} · presso`);
    await page.waitForFunction(() => document.body.dataset.alerted);
    assert.ok((await page.evaluate(() => window.__vibrations)).length > 0, 'the phone vibrated');
    const alerted = await page.evaluate(() => document.body.dataset.alerted);
    assert.match(alerted, /sound/);
    assert.match(alerted, /notification/);
    const notes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/web/'))
      .getNotifications().then((list) => list.map((n) => n.title)));
    assert.deepEqual(notes, [`Order #${number} is ready`]);
    await shot(page, 'ready');

    // Still Ready after a reload, without buzzing a second time.
    await page.reload();
    await waitStage(page, 'order', 'COMPLETED');
    assert.deepEqual(await page.evaluate(() => window.__vibrations), []);
    clean(page);
  });

  test('a queued order can be cancelled', async () => {
    const page = await customer('ben');
    const number = await orderFromScan(page, { drink: 'Espresso' });
    await checkAccessible(page);
    await page.click('#cancel-order');
    await page.waitForSelector('#cancel-yes', { visible: true });
    await checkAccessible(page);
    await page.click('#cancel-yes');
    await waitStage(page, 'order', 'CANCELLED');
    assert.match(await visibleText(page), /You cancelled this order/);
    const ev = await shop.barista.waitEvent((e) => e.type === 'OrderManager.OrderCancelled' && e.detail.order.number === number);
    assert.equal(ev.detail.order.reason, 'customer');
    clean(page);
  });

  test('a dropped connection comes back to the same order', async () => {
    const page = await customer('ben');
    const number = await orderFromScan(page, { drink: 'Cappuccino' });
    await shop.down();
    await page.waitForSelector('#banner', { visible: true });
    assert.equal(await page.$eval('#banner', (el) => el.textContent), 'Connection lost. Reconnecting…');
    await shop.serveAgain();
    await page.waitForSelector('#banner', { hidden: true });
    assert.equal(await page.$eval('#order-number', (el) => el.textContent), `#${number}`);
    const { orders } = await shop.barista.call('orders.list', { states: ['QUEUED'] });
    const mine = orders.find((o) => o.number === number);
    await shop.barista.call('order.claim', { orderId: mine.id });
    await waitStage(page, 'order', 'IN_PRODUCTION');
    await shop.barista.call('order.cancel', { orderId: mine.id });
    await waitStage(page, 'order', 'CANCELLED');
    assert.match(await visibleText(page), /the barista had to cancel this order/);
    clean(page);
  });

  test('one open order per phone: scanning again shows it and takes no drink', async () => {
    const page = await customer('ben');
    const number = await orderFromScan(page, { drink: 'Americano' });
    const before = (await shop.currentQr()).tokensLeft;
    await page.goto(await shop.scanUrl());
    await waitText(page, 'You already have an order open');
    assert.equal(await page.$eval('#order-number', (el) => el.textContent), `#${number}`);
    assert.equal((await shop.currentQr()).tokensLeft, before);
    clean(page);
  });

  test('refusals in plain words', async () => {
    const page = await customer('cleo');
    const refused = async (name, words) => {
      const url = await shop.scanUrl();
      await page.goto(url);
      await waitStage(page, 'scan');
      await waitText(page, words);
      if (name) await shot(page, `refusal-${name}`);
    };

    await shop.barista.call('shop.setOpen', { open: false });
    await refused('closed', 'the shop is not taking orders right now');
    await shop.barista.call('shop.setOpen', { open: true });

    await shop.barista.close();
    await refused('no-barista', 'no barista is on duty right now');
    shop.barista = await shop.connect('barista');

    // The code's drinks are all taken: one by the kiosk, and no more to take.
    const taken = await shop.kiosk.call('qr.redeem', { code: (await shop.currentQr()).code });
    await shop.kiosk.call('order.cancel', { orderId: taken.orderId, orderToken: taken.orderToken });
    const qr = await shop.currentQr();
    await withSettings({ drinksPerCode: qr.tokensTotal - qr.tokensLeft }, { drinksPerCode: 10 },
      // Its picture is taken with a real five-minute code (visit.test.mjs), not this hour-long one.
      () => refused(null, 'This code’s drinks are all taken. A new code appears in'));

    // The queue is full: the kiosk's customer is choosing, and the queue holds one. Counting
    // the open orders instead would race with the expiring customer's ten seconds.
    const choosing = await shop.kiosk.call('qr.redeem', { code: (await shop.currentQr()).code });
    await withSettings({ maxOrdersInQueue: 1 }, { maxOrdersInQueue: 20 },
      () => refused('capacity', 'Too many orders right now'));
    await shop.kiosk.call('order.cancel', { orderId: choosing.orderId, orderToken: choosing.orderToken });

    await withSettings({ phoneOrdering: false }, { phoneOrdering: true },
      () => refused('phones-off', 'Ordering from a phone is switched off here. Please order at the kiosk.'));
    clean(page);
  });

  test('the five minutes to order run out', async () => {
    // Begun first (see "it asks to scan"), so its ten seconds ran beside the others.
    const page = await expiring;
    await page.waitForFunction(() => document.body.dataset.stage === 'scan', { timeout: 15000 });
    assert.match(await visibleText(page), /Your 5 minutes to order ran out/);
    await shot(page, 'refusal-expired');
    clean(page);
  });

  test('an order placed at the kiosk, followed on a phone', async () => {
    const { code } = await shop.currentQr();
    const redeemed = await shop.kiosk.call('qr.redeem', { code });
    const submitted = await shop.kiosk.call('order.submit', { orderId: redeemed.orderId, orderToken: redeemed.orderToken,
      drink: 'Flat White', modifiers: ['Regular'], customerName: 'Zoë' });
    const number = submitted.order.number;

    const page = await customer('eve');
    await page.goto(`${shop.httpUrl}/o?follow=${redeemed.orderId}&t=${redeemed.orderToken}`);
    await waitStage(page, 'order', 'QUEUED');
    assert.equal(await page.$eval('#order-number', (el) => el.textContent), `#${number}`);
    assert.match(await visibleText(page), /Flat White for Zoë\./);
    assert.equal(new URL(page.url()).search, '', 'the order token left the address');

    await page.tap('#order-title'); // a touch lets the page chime later (autoplay rules)

    await shop.barista.call('order.claim', { orderId: redeemed.orderId });
    await shop.barista.call('order.complete', { orderId: redeemed.orderId });
    await waitStage(page, 'order', 'COMPLETED');
    assert.match(await visibleText(page), new RegExp(`Order #${number}: collect your flat white`));
    // The same news as a phone that ordered: title, chime and a system notification.
    assert.equal(await page.title(), `Ready! #${number} · presso`);
    await page.waitForFunction(() => document.body.dataset.alerted);
    assert.match(await page.evaluate(() => document.body.dataset.alerted), /sound.*notification/);
    assert.ok((await page.evaluate(() => window.__vibrations)).length > 0, 'the phone was asked to vibrate');
    const notes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration('/web/'))
      .getNotifications().then((list) => list.map((n) => n.title)));
    assert.deepEqual(notes, [`Order #${number} is ready`]);
    await shot(page, 'follow');

    await page.goto(`${shop.httpUrl}/o?follow=${redeemed.orderId}&t=not-the-token`);
    await waitText(page, 'This link does not match an order');
    clean(page);
  });
});
