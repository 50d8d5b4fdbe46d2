// A learner's page state: joins with a name (or rejoins with the seat token kept in this browser
// and in the page's link), orders each week, and forgets the seat when it no longer exists.
import type { BeerRole } from '../../sim/light.ts';
import type { ErrorReply, JoinedReply } from '../../cli/classroom/wire.ts';
import { HubConnection } from './connection.svelte.ts';
import { hubUrl, joinHash } from './link.ts';

const seatKey = (code: string) => `shoplab.classroom.seat.${code}`;

export class LearnerDesk {
  readonly hub: HubConnection;
  /** The seat token: from the link, else this browser's storage, else none yet. */
  seat = $state('');

  constructor(readonly code: string, seatFromLink: string) {
    this.seat = seatFromLink || (code ? (localStorage.getItem(seatKey(code)) ?? '') : '');
    this.hub = new HubConnection(
      hubUrl(location),
      (send) => {
        // With a seat, come back to it; without one, ask what the code opens (the join form differs).
        if (this.seat) send({ type: 'rejoin', code: this.code, token: this.seat });
        else send({ type: 'peek', code: this.code });
      },
      (reply) => this.seated(reply),
      (reply) => this.refused(reply),
    );
    if (code) this.hub.connect();
  }

  /** Asks for a seat: `team` from 1 and `role`, or either left to the hub. */
  join(name: string, team?: number, role?: BeerRole): void {
    this.hub.send({ type: 'join', code: this.code, name, ...(team ? { team } : {}), ...(role ? { role } : {}) });
  }

  /** Sends a guess at the lesson's current step: a number or a choice id. */
  guess(value: number | string): void {
    this.hub.send({ type: 'guess', step: this.hub.lessonLearner?.stepIndex ?? 0, value });
  }

  /** Orders `cases` for the week being played. */
  order(cases: number): void {
    const week = (this.hub.learner?.week ?? 0) + 1;
    this.hub.send({ type: 'order', week, cases });
  }

  /** The link that brings this learner back to their seat from any browser. */
  get rejoinLink(): string {
    return `${location.origin}${location.pathname}${joinHash(this.code, this.seat)}`;
  }

  private seated(reply: JoinedReply): void {
    this.seat = reply.token;
    localStorage.setItem(seatKey(this.code), reply.token);
    history.replaceState(null, '', location.pathname + location.search + joinHash(this.code, reply.token));
  }

  private refused(reply: ErrorReply): void {
    if (reply.code !== 'badSeatToken' && reply.code !== 'newSession' && reply.code !== 'badCode') return;
    this.seat = '';
    this.hub.learner = null;
    this.hub.lessonLearner = null;
    localStorage.removeItem(seatKey(this.code));
    history.replaceState(null, '', location.pathname + location.search + joinHash(this.code));
    if (reply.code === 'badSeatToken') this.hub.send({ type: 'peek', code: this.code }, true);
  }
}
