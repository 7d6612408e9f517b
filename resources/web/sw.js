// The smallest service worker: Android's Chrome shows a page's notifications only
// through one. A tap on the "ready" notification brings the order page back.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil((async () => {
    const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const page = pages.find((c) => new URL(c.url).pathname === '/o') || pages[0];
    if (page) return page.focus();
    return self.clients.openWindow('/o');
  })());
});
