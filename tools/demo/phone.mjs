// make demo's customer with a phone: headless Chromium at a phone's size reads the TV's
// current code (as a display would show it), opens the phone page, orders a cappuccino
// and follows it. Screenshots: phone-menu.png, phone.png (in the queue), and
// phone-ready.png once a barista has made it.
// Usage: node phone.mjs WS_URL DISPLAY_TOKEN OUT_DIR
import { ProtocolClient } from '../../tests/web/lib/shop.mjs';
import { launchBrowser, closeBrowser, newPhone, screenshotter, waitStage } from '../../tests/web/lib/phone.mjs';

const [wsUrl, displayToken, outDir] = process.argv.slice(2);
const httpUrl = wsUrl.replace(/^ws/, 'http').replace(/\/$/, '');
const display = await new ProtocolClient(wsUrl, { role: 'display', token: displayToken }).connect();
const { qr } = await display.call('qr.current');
await display.close();
const scanUrl = qr.url.startsWith('http') ? qr.url : `${httpUrl}/o?code=${encodeURIComponent(qr.code)}`;

const browser = await launchBrowser();
const stop = async () => { await closeBrowser(browser); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
const shot = screenshotter(outDir);
const page = await newPhone(browser, httpUrl);
await page.goto(scanUrl);
await waitStage(page, 'menu');
await page.waitForFunction(() => [...document.images].every((i) => i.complete));
await page.click('[data-drink="Cappuccino"]');
await page.type('#name', 'Mia');
await shot(page, 'phone-menu');
await page.click('#order-now');
await waitStage(page, 'order', 'QUEUED');
await page.waitForFunction(() => document.getElementById('order-line').textContent);
await shot(page, 'phone');
console.log(`phone: ordered ${await page.$eval('#order-number', (el) => el.textContent)} at ${scanUrl}`);
await page.waitForFunction(() => document.body.dataset.state === 'COMPLETED', { timeout: 0 });
await shot(page, 'phone-ready');
console.log('phone: ready');
await stop();
