// Telling a customer who is not looking that the drink is ready: a vibration, a
// short chime made with WebAudio (no sound file), and a system notification where
// the browser allows one. Browsers allow sound and notifications only after a tap,
// so prepare() is called from the Order button (and from any first tap).

let audio = null;
let worker = null;

export function prepare({ askNotification = false } = {}) {
  try {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (Context && !audio) audio = new Context();
    if (audio && audio.state === 'suspended') audio.resume();
  } catch { /* no audio: the vibration and the page still tell */ }
  if (askNotification) askForNotifications();
}

export function canAskForNotifications() {
  return 'Notification' in window && window.isSecureContext && Notification.permission === 'default';
}

export function askForNotifications() {
  if (!canAskForNotifications()) return Promise.resolve();
  registerWorker();
  return Notification.requestPermission().catch(() => undefined);
}

// Android's Chrome shows notifications only through a service worker.
function registerWorker() {
  if (worker || !('serviceWorker' in navigator) || !window.isSecureContext) return;
  worker = navigator.serviceWorker.register('/web/sw.js', { scope: '/web/' }).catch(() => null);
}

function chime() {
  if (!audio) return;
  const start = audio.currentTime + 0.05;
  // Two rising notes, like the counter's bell.
  [[880, 0], [1318.5, 0.22]].forEach(([frequency, offset]) => {
    const osc = audio.createOscillator();
    const gain = audio.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start + offset);
    gain.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.5);
    osc.connect(gain).connect(audio.destination);
    osc.start(start + offset);
    osc.stop(start + offset + 0.55);
  });
}

async function notify(title, body, tag) {
  if (!('Notification' in window) || Notification.permission !== 'granted') return false;
  const options = { body, tag, icon: '/icons/presso.svg', requireInteraction: true };
  try {
    const registration = worker && (await worker);
    if (registration) {
      await registration.showNotification(title, options);
      return true;
    }
    new Notification(title, options);
    return true;
  } catch {
    return false;
  }
}

// Everything at once; returns which channels were used (the tests read it).
export async function ready({ title, body, tag }) {
  const used = [];
  if (navigator.vibrate && navigator.vibrate([300, 120, 300, 120, 600])) used.push('vibrate');
  try {
    if (audio && audio.state === 'suspended') await audio.resume();
    if (audio && audio.state === 'running') {
      chime();
      used.push('sound');
    }
  } catch { /* keep going */ }
  if (await notify(title, body, tag)) used.push('notification');
  return used;
}

// Prepare on the first tap anywhere, for a page opened from a follow link.
window.addEventListener('pointerdown', () => prepare(), { once: true, capture: true });
registerWorker();
