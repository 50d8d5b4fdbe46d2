// The classroom's WebSocket hub: reads each page's messages (size, rate and schema checked), lets
// the room act on them, saves the room after every change and sends each page its own view —
// the trainer everything, a learner their own team (Beer Game) or their own guesses (lesson) only.
// A bad message gets an error reply. A lesson's run step finishes later: the room calls back.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import { ClassroomError, parseClientMessage, type ClientMessage } from './protocol.ts';
import { MESSAGE_RATE, TokenBucket } from './rate-limit.ts';
import type { ClassroomRoom } from './room.ts';
import { learnerView, trainerView } from './views.ts';
import { lessonLearnerView, lessonTrainerView } from './lesson-views.ts';
import type { ErrorCode, ServerMessage } from './wire.ts';

/** The WebSocket's path on the server. */
export const HUB_PATH = '/classroom/ws';
/** Frames above this are cut by `ws` itself before parsing (the hub refuses above 4 KiB with a reply). */
const HARD_MAX_PAYLOAD_BYTES = 64 * 1024;
/** A connection that refuses this many messages in a row for its rate is closed. */
const MAX_REFUSED = 50;
/** Seconds between pings; a page that misses one is dropped (it can rejoin). */
const HEARTBEAT_SECONDS = 15;
/** Open connections at most (a class of 50 teams × 4 seats, their spare tabs and trainers); more are refused with 503. */
export const MAX_CONNECTIONS = 1000;
/** Trainer views are sent at most this often, milliseconds: a class ordering at once sends one, not forty. */
const TRAINER_VIEW_MS = 150;

/** True when the request has no Origin (not a browser) or comes from a page of this server. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

interface Client {
  socket: WebSocket;
  kind: 'anonymous' | 'trainer' | 'learner';
  learnerId?: string;
  bucket: TokenBucket;
  alive: boolean;
}

export class ClassroomHub {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: HARD_MAX_PAYLOAD_BYTES });
  private readonly clients = new Set<Client>();
  private readonly heartbeat: NodeJS.Timeout;
  private trainerViewDue: NodeJS.Timeout | null = null;

  /**
   * `onChange` runs after every change of the room (the server saves it there); `joinUrls` gives the
   * links learners open, shown on the trainer's page.
   */
  constructor(
    private readonly room: ClassroomRoom,
    private readonly onChange: () => void,
    private readonly log: (line: string) => void = () => {},
    private readonly joinUrls: () => string[] = () => [],
  ) {
    this.heartbeat = setInterval(() => this.ping(), HEARTBEAT_SECONDS * 1000);
    this.heartbeat.unref();
    room.onRunSettled = () => this.changed();
  }

  /** Takes an HTTP upgrade for HUB_PATH from the same origin; refuses any other. */
  upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const path = (request.url ?? '').split('?')[0];
    if (path !== HUB_PATH || !sameOrigin(request)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    if (this.clients.size >= MAX_CONNECTIONS) {
      socket.end('HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.accept(ws));
  }

  /** Ids of learners with an open connection. */
  connectedLearners(): Set<string> {
    const ids = new Set<string>();
    for (const c of this.clients) if (c.kind === 'learner' && c.learnerId) ids.add(c.learnerId);
    return ids;
  }

  /** Closes every connection (1001, going away) and stops the heartbeat. */
  async close(): Promise<void> {
    clearInterval(this.heartbeat);
    this.room.onRunSettled = () => {};
    if (this.trainerViewDue) clearTimeout(this.trainerViewDue);
    for (const c of this.clients) c.socket.close(1001, 'server stopping');
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    for (const c of this.clients) c.socket.terminate();
  }

  private accept(socket: WebSocket): void {
    const client: Client = { socket, kind: 'anonymous', bucket: new TokenBucket(MESSAGE_RATE, Date.now()), alive: true };
    this.clients.add(client);
    socket.on('pong', () => (client.alive = true));
    socket.on('message', (data: RawData, isBinary: boolean) => this.receive(client, data, isBinary));
    socket.on('close', () => {
      this.clients.delete(client);
      if (client.kind !== 'learner' || !client.learnerId) return;
      if (this.room.lesson) this.broadcastLearner(client.learnerId);
      else this.broadcast(this.teamOf(client.learnerId));
    });
    socket.on('error', () => socket.terminate());
  }

  private receive(client: Client, data: RawData, isBinary: boolean): void {
    if (!client.bucket.take(Date.now())) {
      if (client.bucket.refused >= MAX_REFUSED) client.socket.close(1008, 'too many messages');
      else this.send(client, new ClassroomError('rateLimited', `more than ${MESSAGE_RATE.perSecond} messages a second; wait a moment`).reply());
      return;
    }
    client.bucket.refused = 0;
    try {
      const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
      this.act(client, parseClientMessage(buffer, isBinary));
    } catch (error) {
      if (error instanceof ClassroomError) this.send(client, error.reply());
      else {
        this.log(`internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        this.send(client, { type: 'error', code: 'internal', message: 'the server could not handle this message' });
      }
    }
  }

  private act(client: Client, message: ClientMessage): void {
    const room = this.room;
    switch (message.type) {
      case 'trainer': {
        const before = room.session.code;
        const changed = room.trainer(message.token, message.action, { teams: message.teams, lesson: message.lesson, lang: message.lang });
        client.kind = 'trainer';
        if (room.session.code !== before) this.dropLearners();
        if (changed) this.changed();
        else this.send(client, this.trainerView());
        return;
      }
      case 'peek':
        room.checkCode(message.code);
        this.send(client, { type: 'session-kind', game: room.session.game, ...(room.session.game === 'lesson' ? { lesson: { ...room.session.lesson } } : {}) });
        return;
      case 'guess':
        if (client.kind !== 'learner' || !client.learnerId) throw new ClassroomError('notJoined', 'join the session before guessing');
        room.guess(client.learnerId, message.step, message.value);
        this.onChange();
        this.broadcastLearner(client.learnerId);
        return;
      case 'join':
      case 'rejoin': {
        const learner = message.type === 'rejoin'
          ? room.rejoin(message.code, message.token)
          : room.session.game === 'lesson'
            ? room.joinLesson(message.code, message.name, message.team, message.role)
            : room.join(message.code, message.name, { team: message.team, role: message.role });
        for (const other of this.clients) if (other !== client && other.learnerId === learner.id) this.detach(other, 'replaced', 'this seat was opened in another window');
        client.kind = 'learner';
        client.learnerId = learner.id;
        this.send(client, { type: 'joined', learnerId: learner.id, token: learner.token });
        const team = this.teamOf(learner.id);
        if (room.lesson) this.broadcastLearner(learner.id, message.type === 'join');
        else if (message.type === 'join') this.changed(team);
        else this.broadcast(team);
        return;
      }
      case 'order':
        if (client.kind !== 'learner' || !client.learnerId) throw new ClassroomError('notJoined', 'join the session before ordering');
        room.order(client.learnerId, message.week, message.cases);
        this.changed(this.teamOf(client.learnerId));
    }
  }

  /** Saves the room and sends the views that changed: team `team`'s learners only, or everyone's. */
  private changed(team?: number): void {
    this.onChange();
    this.broadcast(team);
  }

  private teamOf(learnerId: string): number | undefined {
    return this.room.learner(learnerId)?.team;
  }

  /**
   * Sends the trainers the room (at most every TRAINER_VIEW_MS: it holds every team's history) and
   * the learners their own views: of team `team` only when one team changed, else of every team.
   */
  broadcast(team?: number): void {
    const connected = this.connectedLearners();
    for (const c of this.clients) {
      if (c.kind !== 'learner' || !c.learnerId) continue;
      if (team === undefined || this.teamOf(c.learnerId) === team) this.sendLearner(c, connected);
    }
    this.trainerSoon();
  }

  /** In a lesson: sends learner `learnerId` their view (after saving the room when `save`), and the trainers theirs soon. */
  private broadcastLearner(learnerId: string, save = false): void {
    if (save) this.onChange();
    const connected = this.connectedLearners();
    for (const c of this.clients) if (c.kind === 'learner' && c.learnerId === learnerId) this.sendLearner(c, connected);
    this.trainerSoon();
  }

  private sendLearner(c: Client, connected: ReadonlySet<string>): void {
    const lesson = this.room.lesson;
    this.send(c, lesson ? lessonLearnerView(this.room, lesson, c.learnerId!) : learnerView(this.room, c.learnerId!, connected));
  }

  private trainerView() {
    const lesson = this.room.lesson;
    const connected = this.connectedLearners();
    return lesson ? lessonTrainerView(this.room, lesson, connected, this.joinUrls()) : trainerView(this.room, connected, this.joinUrls());
  }

  private trainerSoon(): void {
    this.trainerViewDue ??= setTimeout(() => {
      this.trainerViewDue = null;
      const text = JSON.stringify(this.trainerView());
      for (const c of this.clients) if (c.kind === 'trainer') this.sendText(c, text);
    }, TRAINER_VIEW_MS);
  }

  /** After a new session, the old session's learners hold seats that no longer exist. */
  private dropLearners(): void {
    for (const c of this.clients) if (c.kind === 'learner') this.detach(c, 'newSession', 'the trainer started a new session; join it with the new code');
  }

  private detach(client: Client, code: ErrorCode, message: string): void {
    client.kind = 'anonymous';
    client.learnerId = undefined;
    this.send(client, { type: 'error', code, message });
  }

  private send(client: Client, message: ServerMessage): void {
    this.sendText(client, JSON.stringify(message));
  }

  private sendText(client: Client, text: string): void {
    if (client.socket.readyState === WebSocket.OPEN) client.socket.send(text);
  }

  private ping(): void {
    for (const c of this.clients) {
      if (!c.alive) {
        c.socket.terminate();
        continue;
      }
      c.alive = false;
      c.socket.ping();
    }
  }
}
