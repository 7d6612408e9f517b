// A real presso-server for the browser tests: a fresh data dir, devices made with the
// command line, `serve` on a free port, and protocol clients (barista, kiosk, admin)
// speaking to it over WebSocket from Node.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import WebSocket from 'ws';

export class ProtocolClient {
  // socketOptions: for the ws package, such as the CA of a server's test certificate.
  constructor(url, hello, socketOptions = {}) {
    this.url = url;
    this.hello = hello;
    this.socketOptions = socketOptions;
    this.events = [];
    this.waiters = [];
    this.pending = new Map();
    this.nextId = 1;
  }

  async connect() {
    this.socket = new WebSocket(this.url, 'presso.v1', this.socketOptions);
    this.socket.on('message', (data) => this.receive(JSON.parse(String(data))));
    this.closed = once(this.socket, 'close');
    await once(this.socket, 'open');
    this.helloResult = await this.call('hello', { protocol: 1, ...this.hello });
    return this;
  }

  receive(frame) {
    if (frame.type === 'event') {
      this.events.push({ seq: frame.seq, type: frame.event['detail-type'], detail: frame.event.detail });
      this.waiters = this.waiters.filter((w) => !w());
      return;
    }
    const entry = this.pending.get(frame.id);
    if (!entry) return;
    this.pending.delete(frame.id);
    if (frame.ok) entry.resolve(frame.result);
    else entry.reject(Object.assign(new Error(`${frame.error.code}: ${frame.error.message}`), { code: frame.error.code }));
  }

  call(op, args = {}) {
    const id = `t-${this.nextId++}`;
    if (this.socket.readyState !== WebSocket.OPEN) return Promise.reject(new Error(`${op}: not connected`));
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.socket.send(JSON.stringify({ type: 'req', id, op, args, requestId: `${id}-${Date.now()}` }));
    });
  }

  // Resolves with the first event (seen or to come) that matches; rejects after
  // timeoutMs without one.
  waitEvent(match, timeoutMs = 10000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such event within ${timeoutMs} ms`)), timeoutMs);
      const check = () => {
        const found = this.events.find(match);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        }
        return Boolean(found);
      };
      if (!check()) this.waiters.push(check);
    });
  }

  async close() {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.close();
    await this.closed;
  }
}

export class Shop {
  // tls: {cert, key} files (PEM): the server speaks only HTTPS and wss:// on its port.
  constructor(serverBinary, { tls = null } = {}) {
    this.binary = serverBinary;
    this.tls = tls;
    this.dir = mkdtempSync(join(tmpdir(), 'presso-web-'));
  }

  cli(...args) {
    return execFileSync(this.binary, ['--data-dir', this.dir, ...args], { encoding: 'utf8' }).trim();
  }

  addDevice(role, name) {
    return this.cli('device', 'add', '--role', role, '--name', name);
  }

  async start() {
    this.tokens = {
      barista: this.addDevice('barista', 'web-barista'),
      kiosk: this.addDevice('kiosk', 'web-kiosk'),
      admin: this.addDevice('admin', 'web-admin'),
    };
    await this.serve('127.0.0.1:0');
    return this;
  }

  async serve(listen) {
    const tls = this.tls ? ['--tls-cert', this.tls.cert, '--tls-key', this.tls.key] : [];
    this.process = spawn(this.binary, ['--data-dir', this.dir, 'serve', '--listen', listen, ...tls],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    this.log = '';
    this.process.stderr.on('data', (d) => { this.log += d; });
    const url = await new Promise((resolve, reject) => {
      let out = '';
      this.process.stdout.on('data', (d) => {
        out += d;
        const m = /listening on (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      this.process.on('exit', (code) => reject(new Error(`presso-server exited (${code}): ${this.log}`)));
    });
    this.wsUrl = url;
    this.httpUrl = url.replace(/^ws/, 'http').replace(/\/$/, '');
    this.barista = await this.connect('barista');
    this.kiosk = await this.connect('kiosk');
    this.admin = await this.connect('admin');
  }

  connect(role) {
    const options = this.tls ? { ca: readFileSync(this.tls.cert) } : {};
    return new ProtocolClient(this.wsUrl, { role, token: this.tokens[role] }, options).connect();
  }

  async currentQr() {
    return (await this.admin.call('qr.current')).qr;
  }

  // The address a phone's camera reads from the TV's code.
  async scanUrl() {
    const qr = await this.currentQr();
    return qr.url.startsWith('http') ? qr.url : `${this.httpUrl}/o?code=${encodeURIComponent(qr.code)}`;
  }

  async closeClients() {
    for (const c of [this.barista, this.kiosk, this.admin]) if (c) await c.close().catch(() => {});
  }

  // Stops the server (the clients first), as a power cut would; serveAgain() starts it
  // on the same port and data, and connects the clients again.
  async down() {
    await this.closeClients();
    await this.kill();
  }

  serveAgain() {
    return this.serve(new URL(this.wsUrl).host);
  }

  async kill() {
    if (this.process && this.process.exitCode === null) {
      const exited = once(this.process, 'exit');
      this.process.kill('SIGTERM');
      await exited;
    }
  }

  async stop() {
    await this.closeClients();
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
