// A TCP relay in front of the server: the phone's Wi-Fi. cut() drops every link through
// it and refuses new ones, as a phone walking out of range; restore() lets them through
// again. The page is loaded through the relay, so its WebSocket goes through it too.
import net from 'node:net';
import { once } from 'node:events';

export class Relay {
  constructor(target) {
    this.target = new URL(target);
    this.links = new Set();
    this.open = true;
    this.server = net.createServer((phone) => this.accept(phone));
  }

  async start() {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.url = `http://127.0.0.1:${this.server.address().port}`;
    return this;
  }

  accept(phone) {
    if (!this.open) {
      phone.destroy();
      return;
    }
    const shop = net.connect(Number(this.target.port), this.target.hostname);
    const link = [phone, shop];
    this.links.add(link);
    const drop = () => {
      phone.destroy();
      shop.destroy();
      this.links.delete(link);
    };
    phone.on('error', drop).on('close', drop);
    shop.on('error', drop).on('close', drop);
    phone.pipe(shop);
    shop.pipe(phone);
  }

  cut() {
    this.open = false;
    for (const [phone, shop] of this.links) {
      phone.destroy();
      shop.destroy();
    }
    this.links.clear();
  }

  restore() {
    this.open = true;
  }

  async stop() {
    this.cut();
    this.server.close();
  }
}
