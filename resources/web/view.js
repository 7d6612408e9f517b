// Drawing the phone page from the app's state. Every value from the server goes in
// through textContent or an attribute, never as markup.

import { t, menuWord, drinkInSentence } from './strings.js';
import { canAskForNotifications } from './alert.js';

export const OPEN_STATES = ['AWAITING_ORDER', 'QUEUED', 'IN_PRODUCTION'];
const MINUTES_PER_DRINK = 2; // as the TV's estimate before it has a pace to go on

export const $ = (id) => document.getElementById(id);

// s: the app's state; serverNow(): the server's clock; onDrink(item), onOption(): taps.
export function createView(s, serverNow, { onDrink, onOption }) {
  function say(el, notice) {
    el.hidden = !notice;
    if (!notice) return;
    let { key, params: vars = {} } = notice;
    if (notice.until) {
      // "A new code appears in 3:12", and once it has, the scanned code is simply old.
      const left = notice.until - serverNow();
      if (left > 0) vars = { time: clock(left) };
      else key = 'invalidCode';
    }
    el.textContent = notice.text ?? t(key, vars);
  }

  function clock(ms) {
    const secs = Math.max(0, Math.ceil(ms / 1000));
    return `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}`;
  }

  function render() {
    document.body.dataset.stage = s.stage;
    document.body.dataset.state = s.order && s.stage === 'order' ? s.order.state : '';
    for (const view of ['connecting', 'scan', 'menu', 'order']) $(`view-${view}`).hidden = view !== s.stage;
    const busy = s.linkInfo?.code === 1013;
    const down = s.link === 'down' || (s.link === 'connecting' && (s.stage !== 'connecting' || busy));
    $('banner').hidden = !down;
    $('banner').textContent = busy ? t('busy') : t('reconnecting');
    if (s.stage === 'scan') say($('scan-notice'), s.notice);
    if (s.stage === 'menu') renderMenu();
    if (s.stage === 'order') renderOrder();
    document.title = titleFor();
  }

  function titleFor() {
    const o = s.order;
    if (s.stage !== 'order' || !o?.number) return s.stage === 'menu' ? t('titleMenu') : t('appName');
    return t(o.state === 'COMPLETED' ? 'titleReady' : 'titleOrder', { number: o.number });
  }

  function renderMenu() {
    // Rebuilt only when something in it changed, so focus and a screen reader's place stay.
    const shape = JSON.stringify([s.menu, s.drink, s.options]);
    if (shape !== renderMenu.shape) {
      renderMenu.shape = shape;
      const focused = document.activeElement;
      const key = focused?.dataset?.drink ?? (focused?.type === 'radio' ? focused.value : null);
      buildDrinks();
      renderModifiers();
      const again = key && [...document.querySelectorAll('#view-menu [data-drink], #view-menu input')]
        .find((el) => (el.dataset.drink ?? el.value) === key);
      if (again) again.focus();
    }
    say($('menu-notice'), s.notice);
    const chosen = s.menu.find((m) => m.drink === s.drink);
    $('summary').textContent = s.drink
      ? [s.drink, ...Object.values(s.options)].map((w) => menuWord(chosen, w)).join(' · ') : '';
    $('order-now').disabled = s.submitting;
    $('order-now').textContent = t(s.submitting ? 'ordering' : 'orderNow');
    drawCountdowns();
  }

  function buildDrinks() {
    $('drinks').replaceChildren(...s.menu.map((item) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'drink';
      b.dataset.drink = item.drink;
      b.disabled = !item.available;
      b.setAttribute('aria-pressed', String(item.drink === s.drink));
      const img = document.createElement('img');
      img.src = `/icons/${encodeURIComponent(item.icon || 'presso')}.svg`;
      img.alt = '';
      const label = document.createElement('span');
      label.textContent = menuWord(item, item.drink);
      b.append(img, label);
      if (!item.available) {
        const out = document.createElement('span');
        out.className = 'soldout';
        out.textContent = t('soldOut');
        b.append(out);
        b.setAttribute('aria-label', t('drinkSoldOut', { drink: menuWord(item, item.drink) }));
      }
      b.addEventListener('click', () => onDrink(item));
      return b;
    }));
  }

  function renderModifiers() {
    const item = s.menu.find((m) => m.drink === s.drink);
    $('modifiers').replaceChildren(...(item?.modifiers || []).map((group, g) => {
      const set = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = menuWord(item, group.name);
      const options = document.createElement('div');
      options.className = 'options';
      group.options.forEach((option) => {
        const label = document.createElement('label');
        label.className = 'option';
        const input = document.createElement('input');
        Object.assign(input, { type: 'radio', name: `group-${g}`, value: option, checked: s.options[group.name] === option });
        input.addEventListener('change', () => { s.options[group.name] = option; onOption(); });
        const text = document.createElement('span');
        text.textContent = menuWord(item, option);
        label.append(input, text);
        options.append(label);
      });
      set.append(legend, options);
      return set;
    }));
  }

  function renderOrder() {
    const o = s.order;
    const drink = menuWord(s.menu?.find((m) => m.drink === o.drink), o.drink);
    const vars = { number: o.number ?? '', drink: drinkInSentence(drink) };
    const state = o.state;
    $('order-number').textContent = o.number ? `#${o.number}` : '';
    let title = '', detail = '', line = '', hint = '';
    if (state === 'QUEUED') {
      title = t('queuedTitle', vars);
      detail = t('orderDetail', { drink, name: o.customerName || t('you') });
      line = placeInLine();
      hint = t('keepOpen');
    } else if (state === 'IN_PRODUCTION') {
      title = t('makingTitle', vars);
      detail = t('makingBody', vars);
      hint = t('keepOpen');
    } else if (state === 'COMPLETED') {
      title = t('readyTitle');
      detail = t('readyBody', vars);
      hint = t('scanAgain');
    } else if (state === 'CANCELLED') {
      title = t('cancelledTitle');
      detail = t(o.reason === 'customer' ? 'cancelledByYou' : 'cancelledByBarista');
      hint = t('scanAgain');
    } else if (state === 'TIMED_OUT') {
      title = t('timedOutTitle');
      detail = t('timedOutBody');
      hint = t('scanAgain');
    }
    $('order-title').textContent = title;
    $('order-detail').textContent = detail;
    $('order-line').textContent = line;
    $('order-hint').textContent = hint;
    say($('order-notice'), s.notice);
    $('notify-me').hidden = !OPEN_STATES.includes(state) || !canAskForNotifications();
    $('cancel-area').hidden = state !== 'QUEUED';
    $('cancel-order').hidden = s.confirming;
    $('cancel-confirm').hidden = !s.confirming;
  }

  function placeInLine() {
    const p = s.position;
    if (!p) return '';
    const ahead = p === 1 ? t('nextInLine') : p === 2 ? t('oneAhead') : t('placeInLine', { ahead: p - 1 });
    const minutes = p * MINUTES_PER_DRINK;
    return `${ahead} ${minutes === 1 ? t('waitAboutOne') : t('waitAbout', { minutes })}`;
  }

  function focusView() {
    const heading = document.querySelector(`#view-${s.stage} h1`);
    if (heading) heading.focus({ preventScroll: false });
  }

  // The time left to order on the menu, and "a new code in" on a refusal. Returns the
  // ms left to order, or null when not choosing.
  function drawCountdowns() {
    if (s.stage === 'scan' && s.notice?.until) say($('scan-notice'), s.notice);
    if (s.stage !== 'menu' || !s.order?.deadline) return null;
    const left = Date.parse(s.order.deadline) - serverNow();
    $('countdown').textContent = t('timeLeft', { time: clock(left) });
    $('countdown').classList.toggle('low', left < 60000);
    return left;
  }

  return { render, focusView, drawCountdowns };
}
