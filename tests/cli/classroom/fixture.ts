// Shared pieces of the classroom tests: a seeded secret source (known codes and tokens), a room
// with seated learners, and a WebSocket client that collects what the hub sends.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { SecretSource } from '../../../cli/classroom/secrets.ts';
import type { ServerMessage } from '../../../cli/classroom/wire.ts';

/** A deterministic SecretSource: a counter-based token and a linear congruential integer stream. */
export function seededSecrets(seed = 1): SecretSource {
  let state = seed;
  let count = 0;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  return {
    token: (bytes) => `tok${String(++count).padStart(4, '0')}${'x'.repeat(Math.max(0, bytes - 7))}`,
    int: (below) => next() % below,
  };
}

/** A temporary directory with a minimal built workbench (index.html and one asset). */
export function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shoplab-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ShopLab</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1);');
  return dir;
}

/** A WebSocket client that keeps every message and can wait for the next one matching a test. */
export class TestClient {
  readonly messages: ServerMessage[] = [];
  private waiters: { test: (m: ServerMessage) => boolean; resolve: (m: ServerMessage) => void }[] = [];
  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as ServerMessage;
      this.messages.push(message);
      this.waiters = this.waiters.filter((w) => (w.test(message) ? (w.resolve(message), false) : true));
    });
  }

  static async open(port: number): Promise<TestClient> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/classroom/ws`);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return new TestClient(socket);
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** The next message (after now) of `type` passing `test`, within 5 s. */
  next<T extends ServerMessage['type']>(type: T, test: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true): Promise<Extract<ServerMessage, { type: T }>> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${type} message within 5 s; got ${JSON.stringify(this.messages.at(-1))}`)), 5000);
      this.waiters.push({
        test: (m) => m.type === type && test(m as Extract<ServerMessage, { type: T }>),
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m as Extract<ServerMessage, { type: T }>);
        },
      });
    });
  }

  /** Sends `message` and waits for the reply of `type` passing `test`. */
  ask<T extends ServerMessage['type']>(message: unknown, type: T, test?: (m: Extract<ServerMessage, { type: T }>) => boolean): Promise<Extract<ServerMessage, { type: T }>> {
    const reply = this.next(type, test);
    this.send(message);
    return reply;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.readyState === WebSocket.CLOSED) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.close();
    });
  }
}
