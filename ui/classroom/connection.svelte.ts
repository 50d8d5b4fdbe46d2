// One page's connection to the classroom hub: sends JSON messages, keeps the latest view and the
// latest refusal, and reconnects after a drop (each reconnection says hello again through `onOpen`).
import type { ErrorReply, JoinedReply, LearnerView, LessonLearnerView, LessonTrainerView, ServerMessage, SessionKindReply, TrainerView } from '../../cli/classroom/wire.ts';

/** Where the connection stands. */
export type LinkState = 'connecting' | 'open' | 'reconnecting';

/** Milliseconds before reconnecting: 0.5 s, doubling to at most 5 s. */
const RETRY_MS = [500, 1000, 2000, 5000];

export class HubConnection {
  state = $state<LinkState>('connecting');
  trainer = $state.raw<TrainerView | null>(null);
  learner = $state.raw<LearnerView | null>(null);
  /** The views of a lesson session (the Beer Game's are null then, and the other way round). */
  lessonTrainer = $state.raw<LessonTrainerView | null>(null);
  lessonLearner = $state.raw<LessonLearnerView | null>(null);
  /** The kind of session the page's join code opens (the answer to a `peek`). */
  kind = $state.raw<SessionKindReply | null>(null);
  error = $state.raw<ErrorReply | null>(null);
  private socket: WebSocket | null = null;
  private retries = 0;
  private stopped = false;

  /** `onOpen` runs on every (re)connection; `onJoined` when the hub seats this page. */
  constructor(
    private readonly url: string,
    private readonly onOpen: (send: (message: unknown) => void) => void,
    private readonly onJoined: (reply: JoinedReply) => void = () => {},
    private readonly onError: (reply: ErrorReply) => void = () => {},
  ) {}

  connect(): void {
    this.stopped = false;
    const socket = new WebSocket(this.url);
    this.socket = socket;
    socket.onopen = () => {
      this.state = 'open';
      this.retries = 0;
      this.onOpen((m) => this.send(m));
    };
    socket.onmessage = (event) => this.receive(JSON.parse(String(event.data)) as ServerMessage);
    socket.onclose = () => {
      if (this.socket !== socket || this.stopped) return;
      this.state = 'reconnecting';
      setTimeout(() => this.connect(), RETRY_MS[Math.min(this.retries++, RETRY_MS.length - 1)]);
    };
  }

  /** Sends a message now (clearing the last refusal unless `keepError`); false when the connection is not open (the page says it is reconnecting). */
  send(message: unknown, keepError = false): boolean {
    if (this.socket?.readyState !== WebSocket.OPEN) return false;
    if (!keepError) this.error = null;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  close(): void {
    this.stopped = true;
    this.socket?.close();
  }

  private receive(message: ServerMessage): void {
    if (message.type === 'trainer-view') [this.trainer, this.lessonTrainer] = [message, null];
    else if (message.type === 'learner-view') [this.learner, this.lessonLearner] = [message, null];
    else if (message.type === 'lesson-trainer-view') [this.trainer, this.lessonTrainer] = [null, message];
    else if (message.type === 'lesson-learner-view') [this.learner, this.lessonLearner] = [null, message];
    else if (message.type === 'session-kind') this.kind = message;
    else if (message.type === 'joined') this.onJoined(message);
    else {
      this.error = message;
      this.onError(message);
    }
  }
}
