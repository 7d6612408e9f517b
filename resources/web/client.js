// The presso protocol over WebSocket for the phone page: hello as a customer,
// requests matched to responses, events in seq order, the server's clock, and
// reconnecting with backoff after a drop, a locked phone or a server restart.
// It knows nothing about the page; app.js listens to it.

const TOKEN_KEY = 'presso.customerToken';
const BACKOFF_MIN_MS = 500;
const BACKOFF_MAX_MS = 10000;
const REQUEST_TIMEOUT_MS = 15000;
const PING_EVERY_MS = 20000;
const PING_TIMEOUT_MS = 5000;

// crypto.randomUUID needs a secure context; a shop LAN page is often plain http.
export function randomKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function storedToken() {
  try { return localStorage.getItem(TOKEN_KEY) || undefined; } catch { return undefined; }
}

function storeToken(token) {
  try { localStorage.setItem(TOKEN_KEY, token); } catch { /* private mode: the session still works */ }
}

export class ProtocolError extends Error {
  constructor(code, message) {
    super(message || code);
    this.code = code;
  }
}

export class Connection {
  // handlers: onHello(result), onEvent(detailType, detail, seq), onStatus(status, info)
  // status is 'connecting' | 'live' | 'down' | 'refused'.
  constructor(handlers, { shop } = {}) {
    this.handlers = handlers;
    this.shop = shop;
    this.socket = null;
    this.lastSeq = null;
    this.nextId = 1;
    this.pending = new Map(); // id -> {frame, resolve, reject, timer, sentAt}
    this.backoff = BACKOFF_MIN_MS;
    this.retryTimer = null;
    this.pingTimer = null;
    this.clockOffset = 0;
    this.bestRtt = Infinity;
    this.ready = false;
    this.stopped = false;
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') this.checkAlive();
    });
    window.addEventListener('online', () => this.checkAlive());
  }

  // The server's clock now, in ms since the epoch.
  serverNow() { return Date.now() + this.clockOffset; }

  start() {
    this.stopped = false;
    this.open();
  }

  open() {
    clearTimeout(this.retryTimer);
    this.ready = false;
    this.handlers.onStatus('connecting');
    const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(`${scheme}//${location.host}/`, 'presso.v1');
    this.socket = socket;
    socket.addEventListener('open', () => this.sayHello(socket));
    socket.addEventListener('message', (e) => { if (socket === this.socket) this.receive(e.data); });
    socket.addEventListener('close', (e) => { if (socket === this.socket) { this.socket = null; this.dropped(e.code); } });
  }

  sayHello(socket) {
    const args = { protocol: 1, role: 'customer' };
    const token = storedToken();
    if (token) args.customerToken = token;
    if (this.shop) args.shop = this.shop;
    if (this.lastSeq !== null) args.resumeFrom = this.lastSeq;
    this.send({ type: 'req', id: 'hello', op: 'hello', args }, socket);
    this.helloSentAt = Date.now();
  }

  receive(text) {
    let frame;
    try { frame = JSON.parse(text); } catch { return; }
    if (frame.type === 'event') {
      this.lastSeq = Math.max(this.lastSeq ?? 0, frame.seq);
      const ev = frame.event || {};
      this.handlers.onEvent(ev['detail-type'], ev.detail || {}, frame.seq);
      return;
    }
    if (frame.type !== 'res') return;
    if (frame.id === 'hello') {
      this.helloAnswered(frame);
      return;
    }
    const entry = this.pending.get(frame.id);
    if (!entry) return;
    this.pending.delete(frame.id);
    clearTimeout(entry.timer);
    this.learnClock(frame.serverTime, entry.sentAt);
    if (frame.ok) entry.resolve(frame.result || {});
    else entry.reject(new ProtocolError(frame.error?.code, frame.error?.message));
  }

  helloAnswered(frame) {
    this.learnClock(frame.serverTime, this.helloSentAt);
    if (!frame.ok) {
      // Too many phones at once: the server closes with 1013 "try again later", and
      // dropped() says the shop is busy and tries again with backoff.
      if (frame.error?.code === 'AT_CAPACITY') return;
      // Any other refusal (1008) would be refused again, so stop and say why.
      this.stopped = true;
      this.handlers.onStatus('refused', frame.error || {});
      return;
    }
    const result = frame.result || {};
    if (result.customerToken) storeToken(result.customerToken);
    if (!result.resumed && typeof result.seq === 'number') this.lastSeq = result.seq;
    this.backoff = BACKOFF_MIN_MS;
    this.ready = true;
    // Requests made while down, or in flight when the link dropped: sent again now,
    // each with its first requestId, so nothing happens twice. Before onHello, whose
    // own requests go out at once and must not be sent a second time here.
    for (const entry of this.pending.values()) this.transmit(entry);
    this.handlers.onStatus('live');
    this.handlers.onHello(result);
    this.schedulePing();
  }

  learnClock(serverTime, sentAt) {
    const server = Date.parse(serverTime);
    if (Number.isNaN(server) || !sentAt) return;
    const now = Date.now();
    const rtt = now - sentAt;
    // The tightest round trip gives the best estimate; keep it unless a much later
    // one disagrees by more than its own uncertainty (the phone's clock was changed).
    const offset = server + rtt / 2 - now;
    if (rtt <= this.bestRtt || Math.abs(offset - this.clockOffset) > rtt) {
      this.bestRtt = rtt;
      this.clockOffset = offset;
    }
  }

  // Sends op with args; resolves with the result or rejects with a ProtocolError.
  // Mutating ops carry a requestId, kept across a reconnect.
  request(op, args = {}, { mutating = false } = {}) {
    return new Promise((resolve, reject) => {
      const id = `p-${this.nextId++}`;
      const frame = { type: 'req', id, op, args };
      if (mutating) frame.requestId = randomKey();
      const entry = { frame, resolve, reject, timer: null, sentAt: 0 };
      this.pending.set(id, entry);
      if (this.ready) this.transmit(entry);
    });
  }

  transmit(entry) {
    entry.sentAt = Date.now();
    clearTimeout(entry.timer);
    // No answer: the link is probably dead even if the socket does not know yet.
    entry.timer = setTimeout(() => this.abandon(this.socket), REQUEST_TIMEOUT_MS);
    this.send(entry.frame);
  }

  send(frame, socket = this.socket) {
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(frame));
  }

  dropped(code) {
    this.ready = false;
    clearTimeout(this.pingTimer);
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    if (this.stopped) return;
    this.handlers.onStatus('down', { code });
    const jitter = 0.8 + Math.random() * 0.4;
    this.retryTimer = setTimeout(() => this.open(), this.backoff * jitter);
    this.backoff = Math.min(this.backoff * 2, BACKOFF_MAX_MS);
  }

  // Gives up on a socket that stopped answering without waiting for its close
  // handshake, which on a dead link can take minutes.
  abandon(socket) {
    if (!socket || socket !== this.socket) return;
    this.socket = null;
    socket.close();
    this.dropped(1006);
  }

  schedulePing() {
    clearTimeout(this.pingTimer);
    this.pingTimer = setTimeout(() => this.checkAlive(), PING_EVERY_MS);
  }

  // After a wake-up or a network change the socket may be dead without knowing it:
  // a ping answers that quickly; without an answer, start over.
  checkAlive() {
    if (this.stopped) return;
    if (!this.socket) {
      this.backoff = BACKOFF_MIN_MS;
      this.open();
      return;
    }
    if (!this.ready) return;
    const socket = this.socket;
    const timer = setTimeout(() => this.abandon(socket), PING_TIMEOUT_MS);
    this.request('ping').then(() => clearTimeout(timer), () => clearTimeout(timer));
    this.schedulePing();
  }
}
