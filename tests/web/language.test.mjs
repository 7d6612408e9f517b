// The phone page in the customer's own language: a phone set to German at 390×844 orders
// and follows its drink in German, nothing wider than the screen, and an axe-core audit
// of each view finds no serious or critical violation. Screenshots go to
// $PRESSO_WEB_SCREENS (de-*.png).
import { describe, test as nodeTest, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Shop } from './lib/shop.mjs';
import { launchBrowser, closeBrowser, newPhone, screenshotter, visibleText, waitStage } from './lib/phone.mjs';

const serverBinary = process.env.PRESSO_SERVER;
const screens = process.env.PRESSO_WEB_SCREENS || 'web-screens';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser, shot;

assert.ok(serverBinary, 'PRESSO_SERVER must name the presso-server binary');
const shop = new Shop(serverBinary);
shop.cli('settings', 'set', 'codeIntervalSec', '3600');
await shop.start();
before(async () => {
  browser = await launchBrowser();
  shot = screenshotter(screens);
});
after(async () => {
  if (browser) await closeBrowser(browser);
  await shop.stop();
});

const test = (name, fn) => nodeTest(name, { timeout: 40000 }, fn);

// axe-core on the page as it is: every serious or critical violation, described.
async function audit(page, view) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  assert.ok(result.passes.length > 10, `${view}: axe-core ran its rules`);
  const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact))
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(serious, [], `${view}: serious accessibility violations`);
}

// Nothing is cut off at the side: no element wider than the phone's screen.
async function fitsTheScreen(page, view) {
  const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
    .filter((el) => el.getClientRects().length && (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible'
      || el.getBoundingClientRect().right > window.innerWidth + 1))
    .map((el) => el.id || el.className || el.tagName));
  assert.deepEqual(wide, [], `${view}: wider than the screen`);
}

describe('the phone page in the customer\'s language', () => {
  test('a German phone orders in German', async () => {
    const page = await newPhone(browser, shop.httpUrl, { languages: ['de-DE', 'de'] });
    await page.goto(`${shop.httpUrl}/`);
    await waitStage(page, 'scan');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
    assert.match(await visibleText(page), /Scanne den Code auf dem Bildschirm/);
    await audit(page, 'scan');
    await shot(page, 'de-scan');

    await page.goto(await shop.scanUrl());
    await waitStage(page, 'menu');
    await page.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
    assert.match(await visibleText(page), /Wähle dein Getränk/);
    assert.match(await page.$eval('#countdown', (el) => el.textContent), /^Noch [45]:\d\d zum Bestellen$/);
    await page.click('[data-drink="Latte"]');
    await page.click('input[value="Oat"]');
    await page.type('#name', 'Jürgen');
    // The menu's own words in German (default-menu.json's "words"); the order keeps "Oat".
    assert.match(await page.$eval('#summary', (el) => el.textContent), /^Latte · Hafermilch$/);
    assert.match(await page.$eval('[data-drink="Double Espresso"]', (el) => el.textContent), /Doppelter Espresso/);
    await fitsTheScreen(page, 'menu');
    await audit(page, 'menu');
    await shot(page, 'de-menu');

    await page.click('#order-now');
    await waitStage(page, 'order', 'QUEUED');
    const number = Number((await page.$eval('#order-number', (el) => el.textContent)).replace('#', ''));
    assert.match(await visibleText(page), new RegExp(`Bestellung Nr. ${number} ist in der Warteschlange`));
    assert.match(await visibleText(page), /Latte für Jürgen\./);
    await page.waitForFunction(() => /Dein Getränk ist als Nächstes dran\./.test(document.getElementById('order-line').textContent));
    await fitsTheScreen(page, 'order');
    await audit(page, 'order');
    await shot(page, 'de-ordered');

    const queued = await shop.barista.waitEvent((e) => e.type === 'OrderManager.WaitingCompletion' && e.detail.order.number === number);
    assert.deepEqual(queued.detail.order.modifiers, ['Oat']);
    await shop.barista.call('order.claim', { orderId: queued.detail.order.id });
    await shop.barista.call('order.complete', { orderId: queued.detail.order.id });
    await waitStage(page, 'order', 'COMPLETED');
    assert.match(await visibleText(page), new RegExp(`Fertig!\\s+Bestellung Nr. ${number}: Hol deinen`));
    assert.equal(await page.title(), `Fertig! Nr. ${number} · presso`);
    await audit(page, 'ready');
    await shot(page, 'de-ready');
    assert.deepEqual(page.errors, [], 'the page logged no errors');
    await page.context.close();
  });

  test('Brazilian Portuguese, Spanish and an unknown language', async () => {
    for (const [languages, words, lang] of [[['pt-BR'], /Escaneie o código na TV/, 'pt-BR'],
      [['es-MX', 'es'], /Escanea el código de la pantalla/, 'es'],
      [['fr-FR', 'fr'], /Scan the code on the TV/, 'en']]) {
      const page = await newPhone(browser, shop.httpUrl, { languages });
      await page.goto(`${shop.httpUrl}/`);
      await waitStage(page, 'scan');
      assert.match(await visibleText(page), words);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      await page.context.close();
    }
  });
});
