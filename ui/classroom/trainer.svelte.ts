// The trainer's page state: the hub connection (every message carries the trainer's token), the
// session controls, and the result downloads (fetched with the token, saved as a file).
import type { TrainerAction } from '../../cli/classroom/protocol.ts';
import { HubConnection } from './connection.svelte.ts';
import { hubUrl, joinHash } from './link.ts';

export class TrainerDesk {
  readonly hub: HubConnection;
  /** A failed download's HTTP status, shown until the next download. */
  downloadError = $state<number | null>(null);

  constructor(private readonly token: string) {
    this.hub = new HubConnection(hubUrl(location), (send) => send({ type: 'trainer', token, action: 'watch' }));
    this.hub.connect();
  }

  /** Starts, advances, pauses, resumes or ends the session; reopens a lesson's guesses or runs a failed run again. */
  control(action: Exclude<TrainerAction, 'watch' | 'new'>): void {
    this.hub.send({ type: 'trainer', token: this.token, action });
  }

  /** Replaces the session with a new one of `teams` teams (a new join code). */
  newSession(teams: number): void {
    this.hub.send({ type: 'trainer', token: this.token, action: 'new', teams });
  }

  /** Replaces the session with a new one teaching lesson `lesson` in `lang` (a new join code). */
  newLesson(lesson: string, lang: 'en' | 'zh'): void {
    this.hub.send({ type: 'trainer', token: this.token, action: 'new', lesson, lang });
  }

  /** The link learners open. */
  joinLink(code: string): string {
    return `${location.origin}${location.pathname}${joinHash(code)}`;
  }

  /** Downloads the results as CSV or XLSX. */
  async download(kind: 'csv' | 'xlsx'): Promise<void> {
    this.downloadError = null;
    const response = await fetch(`/classroom/export.${kind}`, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) {
      this.downloadError = response.status;
      return;
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `classroom.${kind}`;
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
