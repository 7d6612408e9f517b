// Headless Chromium as a customer's phone: one browser, and a fresh profile (its own
// local storage, so its own customer) for each customer, at a phone's 390×844.
import puppeteer from 'puppeteer-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const VIEWPORT = { width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true };

// extraArgs: more Chromium switches (a test server's own certificate, for one).
export async function launchBrowser(extraArgs = []) {
  const profile = mkdtempSync(join(tmpdir(), 'presso-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.PRESSO_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', ...extraArgs],
  });
  browser.profile = profile;
  return browser;
}

export async function closeBrowser(browser) {
  await browser.close(); // waits for Chromium to exit, so its profile is free to go
  rmSync(browser.profile, { recursive: true, force: true, maxRetries: 3 });
}

// A customer's phone: a new browser context, notifications allowed for the shop, and
// vibrations recorded (a headless browser has no motor to feel). languages: the phone's
// own, as navigator.languages gives them ('de-DE', 'de'). clockSkewMs: how far the
// phone's own clock is off (Date.now), as on a phone set by hand. notifications: whether
// the customer allows them (a browser refuses them to a page that is not secure anyway).
export async function newPhone(browser, origin, { languages = null, clockSkewMs = 0, notifications = true } = {}) {
  const context = await browser.createBrowserContext();
  if (notifications) await context.overridePermissions(origin, ['notifications']);
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  if (languages) {
    await page.setExtraHTTPHeaders({ 'Accept-Language': languages.join(',') });
    await page.evaluateOnNewDocument((list) => {
      Object.defineProperty(navigator, 'languages', { get: () => list });
      Object.defineProperty(navigator, 'language', { get: () => list[0] });
    }, languages);
  }
  if (clockSkewMs) {
    await page.evaluateOnNewDocument((skew) => {
      const now = Date.now.bind(Date);
      Date.now = () => now() + skew;
    }, clockSkewMs);
  }
  await page.evaluateOnNewDocument(() => {
    window.__vibrations = [];
    const vibrate = navigator.vibrate?.bind(navigator);
    navigator.vibrate = (pattern) => { window.__vibrations.push(pattern); return vibrate ? vibrate(pattern) : false; };
  });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  // A refused WebSocket while the server is down is expected; any other error is not.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/^WebSocket connection to .* failed/.test(m.text())) page.errors.push(m.text());
  });
  page.context = context;
  return page;
}

export function screenshotter(dir) {
  mkdirSync(dir, { recursive: true });
  return (page, name) => page.screenshot({ path: join(dir, `${name}.png`) });
}

// The page's words as a customer sees them.
export function visibleText(page) {
  return page.evaluate(() => document.querySelector('main').innerText);
}

export function waitStage(page, stage, state) {
  return page.waitForFunction((st, os) => document.body.dataset.stage === st && (!os || document.body.dataset.state === os),
    { timeout: 10000 }, stage, state || '');
}

export function waitText(page, text) {
  return page.waitForFunction((want) => document.querySelector('main').innerText.includes(want), { timeout: 10000 }, text);
}

// What went over the wire, from the browser's own DevTools: every HTTP answer (its
// address, who asked for it, its bytes with headers) and every WebSocket frame (parsed).
export async function watchWire(page) {
  const wire = { http: [], sent: [], received: [], sockets: [] };
  const cdp = await page.createCDPSession();
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, initiator: e.initiator.type }));
  cdp.on('Network.loadingFinished', (e) => {
    if (requests.has(e.requestId)) wire.http.push({ ...requests.get(e.requestId), bytes: e.encodedDataLength });
  });
  cdp.on('Network.webSocketCreated', (e) => wire.sockets.push(e.url));
  const frame = (list) => (e) => list.push({ bytes: e.response.payloadData.length, ...JSON.parse(e.response.payloadData) });
  cdp.on('Network.webSocketFrameSent', frame(wire.sent));
  cdp.on('Network.webSocketFrameReceived', frame(wire.received));
  await cdp.send('Network.enable');
  wire.cdp = cdp;
  return wire;
}
