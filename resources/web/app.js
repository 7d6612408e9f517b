// The phone ordering page: one customer's visit, from the scanned code to "Ready".
// State lives in `s`; render() draws it. Every piece of data from the server reaches
// the page through textContent, never as markup.

import { Connection } from './client.js';
import { t, languageTag } from './strings.js';
import * as alert from './alert.js';
import { $, OPEN_STATES, createView } from './view.js';

const POSITION_POLL_MS = 10000;
const LAST_ORDER_KEY = 'presso.lastOrder';
const NAME_KEY = 'presso.name';
const ALERTED_KEY = 'presso.alerted';
const RECENT_MS = 30 * 60 * 1000;

const store = {
  get(key) { try { return localStorage.getItem(key); } catch { return null; } },
  set(key, value) { try { localStorage.setItem(key, value); } catch { /* private mode */ } },
};

// What the address asked for; consumed once the server has answered it.
const params = new URLSearchParams(location.search);
let intent = params.get('follow') ? { follow: params.get('follow'), token: params.get('t') || '' }
  : params.get('code') ? { code: params.get('code') } : null;

const s = {
  stage: 'connecting', // connecting | scan | menu | order
  shop: {}, menu: [],
  order: null, position: null,
  drink: null, options: {},
  submitting: false, confirming: false,
  notice: null, // {key, params} or {text}, shown on the current view
};

const conn = new Connection({ onHello, onEvent, onStatus }, { shop: params.get('shop') || undefined });
const { render, focusView, drawCountdowns } = createView(s, () => conn.serverNow(), { onDrink: chooseDrink, onOption: () => render() });

// ---- from the server ----

function onHello(result) {
  const snapshot = result.snapshot || {};
  if (snapshot.shop) s.shop = snapshot.shop;
  if (Array.isArray(snapshot.menu)) s.menu = snapshot.menu;
  const adopt = (orders) => {
    if (!result.resumed) adoptCurrent(orders);
    act();
  };
  if (Array.isArray(snapshot.orders)) adopt(snapshot.orders);
  else conn.request('orders.mine').then((r) => adopt(r.orders || []), () => adopt([]));
  refreshPosition();
}

function onEvent(type, detail) {
  if (type === 'ConfigService.ConfigChanged') {
    if (detail.shop) s.shop = detail.shop;
    if (Array.isArray(detail.menu)) s.menu = detail.menu;
    const item = s.menu.find((m) => m.drink === s.drink);
    if (s.drink && (!item || !item.available)) {
      s.drink = null;
      s.notice = { key: 'drinkSoldOut', params: { drink: item ? item.drink : '' } };
    }
  } else if (detail.order && s.order && detail.order.id === s.order.id) {
    follow(detail.order);
  }
  render();
}

function onStatus(status, info = {}) {
  if (status === 'refused') {
    const key = info.code === 'FORBIDDEN' ? 'phoneOff' : info.code === 'RATE_LIMITED' ? 'rateLimited' : null;
    showScan(key ? { key } : { key: 'problem', params: { message: info.message || info.code } });
  }
  s.link = status;
  // While trying again, the banner keeps saying why the link went down.
  if (status !== 'connecting') s.linkInfo = info;
  render();
}

// ---- the order this page follows ----

// After a (re)load: the newest open order, else the one this phone last showed if it
// ended recently (a drink collected hours ago is not news).
function adoptCurrent(orders) {
  const open = orders.filter((o) => OPEN_STATES.includes(o.state));
  open.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
  const last = orders.find((o) => o.id === (s.order?.id || store.get(LAST_ORDER_KEY)));
  const recent = last && conn.serverNow() - Date.parse(last.finishedAt || last.createdAt) < RECENT_MS;
  const current = open[0] || (recent ? last : null);
  if (current) follow(current);
  else if (s.stage === 'connecting') s.stage = 'scan';
}

function follow(order) {
  const previous = s.order && s.order.id === order.id ? s.order : null;
  s.order = { ...order, orderToken: order.orderToken || previous?.orderToken };
  store.set(LAST_ORDER_KEY, order.id);
  s.stage = order.state === 'AWAITING_ORDER' ? 'menu' : 'order';
  if (order.state === 'TIMED_OUT' && order.reason === 'customer_timeout') showScan({ key: 'expired' });
  if (order.state === 'CANCELLED' && !order.submittedAt) showScan(null);
  if (order.state === 'COMPLETED' && store.get(ALERTED_KEY) !== order.id) tellReady(order);
  if (previous?.state !== order.state) refreshPosition();
}

function refreshPosition() {
  const o = s.order;
  if (!o || !['QUEUED', 'IN_PRODUCTION'].includes(o.state)) {
    s.position = null;
    return;
  }
  conn.request('order.get', { orderId: o.id, orderToken: o.orderToken }).then((r) => {
    if (s.order?.id !== o.id) return;
    s.position = typeof r.queuePosition === 'number' ? r.queuePosition : null;
    // Newer than any event before it on this connection: a change missed while away.
    if (r.order && r.order.state !== s.order.state) follow(r.order);
    render();
  }, () => {});
}

function tellReady(order) {
  store.set(ALERTED_KEY, order.id);
  const vars = { number: order.number, drink: String(order.drink || '').toLowerCase() };
  alert.ready({ title: t('readyNotification', vars), body: t('readyBody', vars), tag: `presso-${order.id}` })
    .then((used) => { document.body.dataset.alerted = used.join(' ') || 'page'; });
}

// ---- what the address asked for ----

function act() {
  const wanted = intent;
  // A request already on its way is resent by the connection itself after a drop.
  if (!wanted || wanted.busy) return render();
  wanted.busy = true;
  if (wanted.follow) {
    conn.request('order.follow', { orderId: wanted.follow, orderToken: wanted.token }, { mutating: true })
      .then((r) => { done(); follow({ ...r.order, orderToken: wanted.token }); render(); focusView(); },
        (e) => { done(); showScan(refusal(e, 'follow')); });
  } else if (s.order && OPEN_STATES.includes(s.order.state)) {
    done();
    s.notice = { key: 'alreadyOpen' };
  } else {
    redeem(wanted.code);
  }
  render();
}

// The code is used once: a reload after ordering must not redeem it again.
function done() {
  intent = null;
  history.replaceState(null, '', '/o');
}

function redeem(code) {
  s.stage = 'connecting';
  conn.request('qr.redeem', { code }, { mutating: true }).then((r) => {
    done();
    s.drink = null;
    s.options = {};
    s.notice = null;
    follow({ ...r.order, id: r.orderId, deadline: r.deadline, state: 'AWAITING_ORDER', orderToken: r.orderToken });
    render();
    focusView();
  }, (e) => {
    if (e.code === 'CONFLICT') {
      done();
      conn.request('orders.mine').then((r) => { adoptCurrent(r.orders || []); s.notice = { key: 'alreadyOpen' }; render(); });
      return;
    }
    done();
    showScan(refusal(e));
  });
}

function refusal(error, context) {
  switch (error.code) {
    case 'INVALID_CODE': return { key: 'invalidCode' };
    case 'NO_TOKENS': return { key: 'noTokens', until: nextCodeAt() };
    // The shop is open but refused: no barista device is connected.
    case 'SHOP_CLOSED': return { key: s.shop.open === false ? 'shopClosed' : 'noBarista' };
    case 'AT_CAPACITY': return { key: 'atCapacity' };
    case 'EXPIRED': return { key: 'expired' };
    case 'RATE_LIMITED': return { key: 'rateLimited' };
    case 'FORBIDDEN':
    case 'NOT_FOUND':
      if (context === 'follow') return { key: 'badFollow' };
      return { key: error.code === 'FORBIDDEN' ? 'phoneOff' : 'invalidCode' };
    default: return { key: 'problem', params: { message: error.message || error.code } };
  }
}

// Codes change on the server's clock, every codeIntervalSec from the epoch.
function nextCodeAt() {
  const interval = (s.shop.codeIntervalSec || 300) * 1000;
  return (Math.floor(conn.serverNow() / interval) + 1) * interval;
}

function showScan(notice) {
  s.stage = 'scan';
  s.notice = notice;
  render();
  focusView();
}

// ---- the customer's taps ----

function chooseDrink(item) {
  if (!item.available) return;
  s.drink = item.drink;
  s.options = {};
  for (const group of item.modifiers || []) s.options[group.name] = group.options[0];
  s.notice = null;
  render();
}

function orderNow() {
  alert.prepare({ askNotification: true });
  if (!s.drink) {
    s.notice = { key: 'tapDrink' };
    return render();
  }
  const o = s.order;
  const name = $('name').value.trim();
  store.set(NAME_KEY, name);
  const args = { orderId: o.id, orderToken: o.orderToken, drink: s.drink, modifiers: Object.values(s.options) };
  if (name) args.customerName = name;
  s.submitting = true;
  render();
  conn.request('order.submit', args, { mutating: true }).then((r) => {
    s.submitting = false;
    s.notice = null;
    follow(r.order);
    render();
    focusView();
  }, (e) => {
    s.submitting = false;
    if (e.code === 'INVALID_ORDER') {
      s.notice = { text: e.message };
      render();
    } else {
      showScan(refusal(e));
    }
  });
}

function cancelOrder() {
  const o = s.order;
  s.confirming = false;
  conn.request('order.cancel', { orderId: o.id, orderToken: o.orderToken }, { mutating: true }).then((r) => {
    follow(r.order);
    render();
    focusView();
  }, (e) => {
    s.notice = e.code === 'CONFLICT' ? { key: 'cannotCancel' } : refusal(e);
    render();
  });
}

// Once a second: the countdowns, and the end of the time to order.
function tick() {
  const left = drawCountdowns();
  if (left !== null && left <= 0 && !s.submitting) showScan({ key: 'expired' });
}

// ---- start ----

document.documentElement.lang = languageTag;
for (const el of document.querySelectorAll('[data-text]')) el.textContent = t(el.dataset.text);
$('name').value = store.get(NAME_KEY) || '';
$('order-now').addEventListener('click', orderNow);
$('cancel-choosing').addEventListener('click', cancelOrder);
$('cancel-order').addEventListener('click', () => { s.confirming = true; render(); $('cancel-no').focus(); });
$('cancel-no').addEventListener('click', () => { s.confirming = false; render(); $('cancel-order').focus(); });
$('cancel-yes').addEventListener('click', cancelOrder);
$('notify-me').addEventListener('click', () => alert.askForNotifications().then(render));
setInterval(tick, 1000);
setInterval(refreshPosition, POSITION_POLL_MS);
render();
conn.start();
