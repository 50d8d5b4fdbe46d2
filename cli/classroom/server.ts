// Starts a classroom: loads the saved room from the data directory (or creates one), serves the
// built workbench and the hub on one HTTP port, saves the room after every change, and stops cleanly.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../io.ts';
import { handleHttp } from './http.ts';
import { ClassroomHub } from './hub.ts';
import { ClassroomRoom } from './room.ts';
import { builtinLessons } from './lesson-library.ts';
import type { SecretSource } from './secrets.ts';
import type { CliLang } from '../lang.ts';
import { classroomText } from './messages.ts';
import { loadRoom, saveRoom } from './store.ts';

/** How to start a classroom. */
export interface ClassroomOptions {
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Address to listen on ("0.0.0.0": every network interface, so the LAN can join). */
  host: string;
  /** Directory the room is saved in (created when missing). */
  dataDir: string;
  /** The built workbench (`npm run build` writes it to dist/). */
  distDir: string;
  /** Teams of a new session (a saved session keeps its own). */
  teams: number;
  /** A new session teaches this lesson (in `lang`) instead of the Beer Game; a saved session keeps its own. */
  lesson?: string;
  secrets?: SecretSource;
  /** Language of the messages (default English). */
  lang?: CliLang;
  /** Where the server reports internal errors. */
  log?: (line: string) => void;
}

/** A running classroom. */
export interface RunningClassroom {
  room: ClassroomRoom;
  /** The port it listens on. */
  port: number;
  /** True when the session was loaded from the data directory. */
  restored: boolean;
  /** The trainer's link (holds the secret token) on this machine. */
  trainerUrl: string;
  /** Links learners open: one per network address. */
  joinUrls: string[];
  /** Saves the room, closes every connection and the port. */
  close(): Promise<void>;
}

/** The built workbench next to this package: `<package root>/dist`. */
export function defaultDistDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, 'dist');
}

/** This machine's IPv4 addresses on its networks (not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => a.address));
}

const ANY_HOST = new Set(['0.0.0.0', '::', '']);
const urlHost = (host: string) => (host.includes(':') ? `[${host}]` : host);

/** Starts a classroom; a missing build or a damaged saved room is a UsageError. */
export async function startClassroom(options: ClassroomOptions): Promise<RunningClassroom> {
  const { dataDir, distDir } = options;
  const lang = options.lang ?? 'en';
  if (!existsSync(join(distDir, 'index.html'))) throw new UsageError(classroomText(lang, 'notBuilt', { file: join(distDir, 'index.html') }));
  const log = options.log ?? (() => {});
  const lessons = builtinLessons(log);
  const saved = loadRoom(dataDir, options.secrets, lang, lessons);
  if (!saved && options.lesson !== undefined && !lessons.get(options.lesson)) throw new UsageError(classroomText(lang, 'unknownLesson', { got: options.lesson, lessons: lessons.ids().join(', ') }));
  const room = saved ?? (options.lesson !== undefined ? ClassroomRoom.createLesson(options.lesson, lang, options.secrets, lessons) : ClassroomRoom.create(options.teams, options.secrets, new Date(), lessons));
  saveRoom(dataDir, room);
  let joinUrls: () => string[] = () => [];
  const hub = new ClassroomHub(room, () => saveRoom(dataDir, room), log, () => joinUrls());
  const server: Server = createServer((req, res) => {
    handleHttp(req, res, distDir, room).catch((error: unknown) => {
      log(`internal error on ${req.url}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('internal error\n');
    });
  });
  server.on('upgrade', (req, socket, head) => hub.upgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(['EADDRINUSE', 'EACCES', 'EADDRNOTAVAIL', 'ENOTFOUND', 'EAI_AGAIN'].includes(error.code ?? '')
        ? new UsageError(classroomText(lang, 'cannotListen', { port: options.port, host: options.host, code: error.code ?? '' }))
        : error));
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const local = ANY_HOST.has(options.host) ? '127.0.0.1' : options.host;
  const joinHosts = ANY_HOST.has(options.host) ? [...lanAddresses(), '127.0.0.1'] : [options.host];
  const base = (host: string) => `http://${urlHost(host)}:${port}/`;
  joinUrls = () => joinHosts.map((h) => `${base(h)}#/classroom/join?code=${room.session.code}`);
  return {
    room,
    port,
    restored: saved !== null,
    trainerUrl: `${base(local)}#/classroom/trainer?token=${room.trainerSecret}`,
    get joinUrls() {
      return joinUrls();
    },
    async close() {
      saveRoom(dataDir, room);
      await hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
