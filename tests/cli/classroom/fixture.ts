// Shared pieces of the classroom tests: a seeded secret source (known codes and tokens), the code of
// a room's refusal, a WebSocket client that collects what the hub sends, and servers and clients
// closed after each test.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import WebSocket from 'ws';
import { ClassroomError } from '../../../cli/classroom/protocol.ts';
import type { SecretSource } from '../../../cli/classroom/secrets.ts';
import { startClassroom, type ClassroomOptions, type RunningClassroom } from '../../../cli/classroom/server.ts';
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

/** The code of the ClassroomError `run` throws, or 'accepted' when it throws none. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ClassroomError) return error.code;
    throw error;
  }
  return 'accepted';
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

/**
 * Classroom servers (on a free loopback port, 2 teams, then `options`) and hub clients a test
 * file opens, each closed after its test, newest first. Call once at the top of the file.
 */
export function classroomsClosedAfterEach(options: Partial<ClassroomOptions> = {}) {
  const open: { close(): Promise<void> }[] = [];
  const closeAll = async () => {
    for (const x of open.splice(0).reverse()) await x.close();
  };
  afterEach(closeAll);
  return {
    async start(dataDir: string, distDir: string): Promise<RunningClassroom> {
      const classroom = await startClassroom({ port: 0, host: '127.0.0.1', dataDir, distDir, teams: 2, ...options });
      open.push(classroom);
      return classroom;
    },
    async client(port: number): Promise<TestClient> {
      const c = await TestClient.open(port);
      open.push(c);
      return c;
    },
    /** Closes what is open now (a test that restarts the server). */
    closeAll,
  };
}
