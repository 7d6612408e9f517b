// Every word the phone page shows, in English, in one place. Wording follows the
// kiosk's (presso-order) so a customer reads the same sentence whichever way they order.
// {name} marks a value filled in at run time. The translations live with the screens'
// in resources/translations/*.ts (context "web"; the build reads this table for lupdate,
// one entry a line) and reach the page as translations.js, made at build time.
import translations from './translations.js';


const en = {
  appName: 'presso',
  titleMenu: 'Order · presso',
  titleReady: 'Ready! #{number} · presso',
  titleOrder: '#{number} · presso',

  connecting: 'Connecting to the shop…',
  reconnecting: 'Connection lost. Reconnecting…',
  oneMoment: 'One moment…',

  scanTitle: 'Scan the code on the TV',
  scanBody: 'Point your phone’s camera at the QR code on the TV to start an order.',
  scanAgain: 'To order another drink, scan the code on the TV again.',

  menuTitle: 'Choose your drink',
  soldOut: 'Sold out',
  drinkSoldOut: '{drink}, sold out',
  nameLabel: 'Your first name',
  nameHint: 'For the board, so you know it is yours.',
  orderNow: 'Order now',
  ordering: 'Ordering…',
  tapDrink: 'Tap a drink first.',
  timeLeft: '{time} left to order',
  cancel: 'Cancel',

  queuedTitle: 'Order #{number} is in the queue',
  nextInLine: 'Yours is the next drink.',
  placeInLine: '{ahead} drinks before yours.',
  oneAhead: '1 drink before yours.',
  waitAbout: 'Ready in about {minutes} minutes.',
  waitAboutOne: 'Ready in about 1 minute.',
  orderDetail: '{drink} for {name}.',
  you: 'you',
  keepOpen: 'Keep this page open: it tells you when your drink is ready.',
  notifyMe: 'Tell me when it is ready',
  makingTitle: 'Order #{number} is being made',
  makingBody: 'A barista is making your {drink} now.',
  readyTitle: 'Ready!',
  readyBody: 'Order #{number}: collect your {drink} at the counter.',
  readyNotification: 'Order #{number} is ready',
  cancelledTitle: 'Order cancelled',
  cancelledByYou: 'You cancelled this order. Nothing to pay, nothing to collect.',
  cancelledByBarista: 'Sorry, the barista had to cancel this order. Please ask at the counter.',
  timedOutTitle: 'Sorry, we ran out of time',
  timedOutBody: 'Your order could not be made in time. Please ask at the counter.',
  notPlacedTitle: 'Order not placed',
  cancelOrder: 'Cancel my order',
  confirmCancel: 'Cancel this order?',
  yesCancel: 'Yes, cancel it',
  keepIt: 'No, keep it',
  cannotCancel: 'The barista has already started your drink, so it cannot be cancelled now.',

  refusedTitle: 'Sorry',
  invalidCode: 'That code has expired. Scan the code on the TV now.',
  noTokens: 'This code’s drinks are all taken. A new code appears in {time}.',
  shopClosed: 'Sorry, the shop is not taking orders right now.',
  noBarista: 'Sorry, no barista is on duty right now. Please try again in a few minutes.',
  atCapacity: 'Too many orders right now. Please try again in a few minutes.',
  expired: 'Your 5 minutes to order ran out, so the order was not placed. Scan the code on the TV to start again.',
  alreadyOpen: 'You already have an order open. Here it is.',
  rateLimited: 'Too many tries from this network. Please wait a minute, then scan the code again.',
  phoneOff: 'Ordering from a phone is switched off here. Please order at the kiosk.',
  badFollow: 'This link does not match an order. Please ask at the counter.',
  busy: 'The shop is very busy. Trying again…',
  problem: 'Something went wrong: {message}',
};

// The browser's first language presso has: 'pt-BR' is pt_BR, 'de-AT' is German, and
// English when none is.
function pickLanguage() {
  const shipped = Object.keys(translations);
  for (const tag of navigator.languages || [navigator.language]) {
    const [base, region] = String(tag || '').split('-');
    const exact = region ? `${base.toLowerCase()}_${region.toUpperCase()}` : base.toLowerCase();
    if (base.toLowerCase() === 'en') return 'en';
    const found = shipped.find((l) => l === exact) || shipped.find((l) => l.split('_')[0] === base.toLowerCase());
    if (found) return found;
  }
  return 'en';
}

export const language = pickLanguage();
// The language tag of the page, for the document and for numbers: 'pt-BR', 'de'.
export const languageTag = language.replace('_', '-');
const table = translations[language] || {};

// A word of a menu item (its drink, a group, an option) in the page's language, where
// the shop's menu gives one ("words": {"de": {"Oat": "Hafermilch"}}); else the word itself.
// Orders keep the menu's own words.
export function menuWord(item, word) {
  const words = item?.words || {};
  return words[language]?.[word] ?? words[language.split('_')[0]]?.[word] ?? word;
}

// A drink's name inside a sentence ("your latte"): lowercased, as English, Spanish and
// Portuguese write it; German writes nouns with a capital and keeps it (as the screens do).
export function drinkInSentence(name) {
  return language.split('_')[0] === 'de' ? String(name || '') : String(name || '').toLowerCase();
}

// The text for `key`, with each {placeholder} replaced by params[placeholder]. A sentence
// with no translation stays English.
export function t(key, params = {}) {
  const text = table[en[key]] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
